// The hierarchical layouts: levels by region (省 › 市 › 区 › what is located there) or by domain (领域 › 子领域
// › what belongs to it), then rows laid out top-down with each node under its parents. Pure: no Cytoscape.
import type { NodeKind, RelKind } from '#model';

export type HierarchyBy = 'region' | 'domain';

export interface HierarchyNode {
  readonly id: string;
  readonly kind: string;
  readonly degree: number;
}

export interface HierarchyEdge {
  readonly source: string;
  readonly target: string;
  readonly kind: string;
}

interface Rule {
  /** The kind forming the tree (regions, domains). */
  readonly treeKind: NodeKind;
  /** child → parent within the tree. */
  readonly treeEdge: RelKind;
  /** member → tree node. */
  readonly memberEdge: RelKind;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const RULES: Readonly<Record<HierarchyBy, Rule>> = {
  region: { treeKind: 'Region', treeEdge: 'LOCATED_IN', memberEdge: 'LOCATED_IN' },
  domain: { treeKind: 'Domain', treeEdge: 'SUBFIELD_OF', memberEdge: 'IN_DOMAIN' },
};

/**
 * Level 0 holds the top of the tree (regions in no other region, domains in no other domain); each tree node
 * sits one below its parent; members one below their region or domain; everything else one below the nearest
 * placed neighbour. With no region or domain in view, the best-connected node is the top.
 */
export function hierarchyLevels(
  nodes: readonly HierarchyNode[],
  edges: readonly HierarchyEdge[],
  by: HierarchyBy,
): Map<string, number> {
  const rule = RULES[by];
  const kindOf = new Map(nodes.map((n) => [n.id, n.kind]));
  const levels = new Map<string, number>();
  const isTree = (id: string) => kindOf.get(id) === rule.treeKind;

  const parents = new Map<string, string[]>();
  const children = new Map<string, string[]>();
  for (const e of edges) {
    if (e.kind !== rule.treeEdge || !isTree(e.source) || !isTree(e.target) || e.source === e.target) continue;
    push(parents, e.source, e.target);
    push(children, e.target, e.source);
  }
  const treeIds = nodes.filter((n) => n.kind === rule.treeKind).map((n) => n.id);
  let frontier = treeIds.filter((id) => !parents.get(id)?.length);
  // A cycle with no top: start anywhere in it.
  if (frontier.length === 0 && treeIds[0] !== undefined) frontier = [treeIds[0]];
  for (const id of frontier) levels.set(id, 0);
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const child of children.get(id) ?? []) {
        if (levels.has(child)) continue;
        levels.set(child, (levels.get(id) ?? 0) + 1);
        next.push(child);
      }
    }
    frontier = next;
  }
  // Tree nodes in a cycle not reached from a top.
  for (const id of treeIds) if (!levels.has(id)) levels.set(id, 0);

  // Members: one below the deepest tree node they belong to.
  for (const e of edges) {
    if (e.kind !== rule.memberEdge || isTree(e.source) || !isTree(e.target)) continue;
    const level = (levels.get(e.target) ?? 0) + 1;
    if (!levels.has(e.source) || (levels.get(e.source) ?? 0) < level) levels.set(e.source, level);
  }

  // Everything else: breadth-first from what is placed, one level below its nearest placed neighbour.
  const neighbours = new Map<string, string[]>();
  for (const e of edges) {
    if (!kindOf.has(e.source) || !kindOf.has(e.target)) continue;
    push(neighbours, e.source, e.target);
    push(neighbours, e.target, e.source);
  }
  if (levels.size === 0) {
    const top = [...nodes].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1))[0];
    if (top) levels.set(top.id, 0);
  }
  // Multi-source breadth-first search where sources start at their own level: buckets by level.
  const buckets = new Map<number, string[]>();
  for (const [id, level] of levels) push(buckets, level, id);
  for (let level = 0; buckets.size > 0; level += 1) {
    const bucket = buckets.get(level);
    if (!bucket) continue;
    buckets.delete(level);
    for (const id of bucket) {
      if (levels.get(id) !== level) continue;
      for (const other of neighbours.get(id) ?? []) {
        if (levels.has(other)) continue;
        levels.set(other, level + 1);
        push(buckets, level + 1, other);
      }
    }
  }
  // Unconnected to anything placed: a row of their own at the bottom.
  let bottom = 0;
  for (const level of levels.values()) bottom = Math.max(bottom, level + 1);
  for (const n of nodes) if (!levels.has(n.id)) levels.set(n.id, bottom);
  return levels;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export const LEVEL_GAP = 150;
export const NODE_GAP = 110;
/** A level wider than this wraps onto several rows. */
export const MAX_ROW = 14;

/**
 * Positions row by row: each level ordered by the average x of its neighbours above (so children sit under
 * their parents), wide levels wrapped, every row centred on x = 0.
 */
export function hierarchyPositions(
  nodes: readonly HierarchyNode[],
  edges: readonly HierarchyEdge[],
  by: HierarchyBy,
): Map<string, Point> {
  const levels = hierarchyLevels(nodes, edges, by);
  const neighbours = new Map<string, string[]>();
  for (const e of edges) {
    push(neighbours, e.source, e.target);
    push(neighbours, e.target, e.source);
  }
  const byLevel = new Map<number, HierarchyNode[]>();
  for (const n of nodes) {
    const level = levels.get(n.id) ?? 0;
    push(byLevel, level, n);
  }
  const positions = new Map<string, Point>();
  let y = 0;
  for (const level of [...byLevel.keys()].sort((a, b) => a - b)) {
    const row = byLevel.get(level) ?? [];
    const anchor = (n: HierarchyNode): number => {
      const xs = (neighbours.get(n.id) ?? []).flatMap((id) => {
        const p = positions.get(id);
        return p && (levels.get(id) ?? 0) < level ? [p.x] : [];
      });
      return xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
    };
    const keyed = row.map((n) => ({ n, key: anchor(n) }));
    keyed.sort((a, b) => a.key - b.key || a.n.kind.localeCompare(b.n.kind) || (a.n.id < b.n.id ? -1 : 1));
    for (let start = 0; start < keyed.length; start += MAX_ROW) {
      const chunk = keyed.slice(start, start + MAX_ROW);
      const width = (chunk.length - 1) * NODE_GAP;
      chunk.forEach(({ n }, index) => positions.set(n.id, { x: index * NODE_GAP - width / 2, y }));
      y += start + MAX_ROW < keyed.length ? LEVEL_GAP * 0.6 : LEVEL_GAP;
    }
  }
  return positions;
}
