/**
 * A graph held in memory, indexed for learning and evaluating the recommender: each entity's kind and
 * its relationships by kind, either way. Built from records (a generated network, or the store's graph
 * read once for fitting); never written back. Pure.
 */
import type { GraphEdge, GraphNode, NodeKind, RelKind } from '#model';

export interface IndexedEdge {
  readonly kind: RelKind;
  readonly from: string;
  readonly to: string;
  /** The `year` property, when the relationship has one. */
  readonly year?: number;
}

export interface GraphIndex {
  readonly nodes: ReadonlyMap<string, GraphNode>;
  kindOf(id: string): NodeKind | undefined;
  /** Relationships of this kind leaving the entity. */
  out(id: string, kind: RelKind): readonly IndexedEdge[];
  /** Relationships of this kind arriving at the entity. */
  into(id: string, kind: RelKind): readonly IndexedEdge[];
  /** Every relationship touching the entity. */
  touching(id: string): readonly IndexedEdge[];
  /** Entities of a kind, in id order. */
  ofKind(kind: NodeKind): readonly string[];
  readonly edgeCount: number;
}

const EMPTY: readonly IndexedEdge[] = [];

export function yearOf(edge: Pick<GraphEdge, 'props'>): number | undefined {
  const year = Number(edge.props['year']);
  return Number.isInteger(year) && year > 1900 ? year : undefined;
}

export function indexGraph(graph: {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
}): GraphIndex {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const outs = new Map<string, IndexedEdge[]>();
  const ins = new Map<string, IndexedEdge[]>();
  const all = new Map<string, IndexedEdge[]>();
  const push = (map: Map<string, IndexedEdge[]>, key: string, edge: IndexedEdge) => {
    const list = map.get(key);
    if (list) list.push(edge);
    else map.set(key, [edge]);
  };
  let edgeCount = 0;
  for (const edge of graph.edges) {
    if (!nodes.has(edge.from) || !nodes.has(edge.to)) continue;
    const year = yearOf(edge);
    const indexed: IndexedEdge = {
      kind: edge.kind,
      from: edge.from,
      to: edge.to,
      ...(year ? { year } : {}),
    };
    push(outs, `${edge.from}|${edge.kind}`, indexed);
    push(ins, `${edge.to}|${edge.kind}`, indexed);
    push(all, edge.from, indexed);
    if (edge.to !== edge.from) push(all, edge.to, indexed);
    edgeCount++;
  }
  const byKind = new Map<NodeKind, string[]>();
  for (const node of [...nodes.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const list = byKind.get(node.kind);
    if (list) list.push(node.id);
    else byKind.set(node.kind, [node.id]);
  }
  return {
    nodes,
    kindOf: (id) => nodes.get(id)?.kind,
    out: (id, kind) => outs.get(`${id}|${kind}`) ?? EMPTY,
    into: (id, kind) => ins.get(`${id}|${kind}`) ?? EMPTY,
    touching: (id) => all.get(id) ?? EMPTY,
    ofKind: (kind) => byKind.get(kind) ?? [],
    edgeCount,
  };
}
