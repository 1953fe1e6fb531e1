/**
 * Clusters of the whole graph: connected components of the relationship ends, ignoring direction.
 * Pure and deterministic (union–find); each cluster is labelled by its best-connected member.
 */

export interface EdgeEnds {
  readonly from: string;
  readonly to: string;
}

export interface Cluster {
  /** Number of entities in the cluster. */
  readonly size: number;
  /** Number of relationships inside the cluster. */
  readonly edgeCount: number;
  /** The member with the most relationships (ties: the smallest id), to name the cluster by. */
  readonly labelId: string;
  readonly labelDegree: number;
}

/**
 * Every component that has at least one relationship, biggest first (ties: more relationships, then
 * label id). Entities without any relationship are not in the edge list and so form no cluster here.
 */
export function connectedComponents(edges: readonly EdgeEnds[]): Cluster[] {
  const parent = new Map<string, string>();
  const degree = new Map<string, number>();

  function find(id: string): string {
    let root = id;
    for (let next = parent.get(root); next !== undefined && next !== root; next = parent.get(root))
      root = next;
    // Path compression: point every node on the way straight at the root.
    let current = id;
    while (current !== root) {
      const next = parent.get(current) ?? root;
      parent.set(current, root);
      current = next;
    }
    return root;
  }

  function add(id: string): void {
    if (!parent.has(id)) parent.set(id, id);
    degree.set(id, (degree.get(id) ?? 0) + 1);
  }

  for (const edge of edges) {
    add(edge.from);
    add(edge.to);
    const a = find(edge.from);
    const b = find(edge.to);
    // Union by id keeps the result independent of map iteration quirks.
    if (a !== b) {
      if (a < b) parent.set(b, a);
      else parent.set(a, b);
    }
  }

  interface Building {
    size: number;
    edgeCount: number;
    labelId: string;
    labelDegree: number;
  }
  const byRoot = new Map<string, Building>();
  for (const id of parent.keys()) {
    const root = find(id);
    const d = degree.get(id) ?? 0;
    const cluster = byRoot.get(root);
    if (!cluster) {
      byRoot.set(root, { size: 1, edgeCount: 0, labelId: id, labelDegree: d });
      continue;
    }
    cluster.size += 1;
    if (d > cluster.labelDegree || (d === cluster.labelDegree && id < cluster.labelId)) {
      cluster.labelId = id;
      cluster.labelDegree = d;
    }
  }
  for (const edge of edges) {
    const cluster = byRoot.get(find(edge.from));
    if (cluster) cluster.edgeCount += 1;
  }

  return [...byRoot.values()]
    .map((c) => ({ size: c.size, edgeCount: c.edgeCount, labelId: c.labelId, labelDegree: c.labelDegree }))
    .sort(
      (a, b) =>
        b.size - a.size ||
        b.edgeCount - a.edgeCount ||
        (a.labelId < b.labelId ? -1 : a.labelId > b.labelId ? 1 : 0),
    );
}
