/**
 * A graph held in memory, indexed for learning and evaluating the recommender: each entity's kind and
 * its relationships by kind, either way. Built from records (a generated network, or the store's graph
 * read once for fitting); never written back. Pure.
 */
import type { GraphEdge, NodeKind, RelKind } from '#model';

export interface IndexedEdge {
  /** The relationship's id, when the graph gave one (the store's always do). */
  readonly id?: string;
  readonly kind: RelKind;
  readonly from: string;
  readonly to: string;
  /** The `year` property, when the relationship has one. */
  readonly year?: number;
}

/** What the index keeps of an entity. */
export interface IndexedNode {
  readonly id: string;
  readonly kind: NodeKind;
}

/** A relationship as given to the index: a stored record (its year among its props) or an outline. */
export type EdgeInput = Pick<GraphEdge, 'kind' | 'from' | 'to'> & {
  readonly id?: string;
  readonly props?: GraphEdge['props'];
  readonly year?: number;
};

export interface GraphIndex {
  readonly nodes: ReadonlyMap<string, IndexedNode>;
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

export function yearOf(edge: {
  readonly props?: GraphEdge['props'];
  readonly year?: number;
}): number | undefined {
  const year = edge.year ?? Number(edge.props?.['year']);
  return Number.isInteger(year) && year > 1900 ? year : undefined;
}

type ByKind = Map<RelKind, Map<string, IndexedEdge[]>>;

function push(byKind: ByKind, kind: RelKind, key: string, edge: IndexedEdge): void {
  let map = byKind.get(kind);
  if (!map) byKind.set(kind, (map = new Map()));
  const list = map.get(key);
  if (list) list.push(edge);
  else map.set(key, [edge]);
}

export function indexGraph(graph: {
  readonly nodes: readonly IndexedNode[];
  readonly edges: readonly EdgeInput[];
}): GraphIndex {
  const nodes = new Map<string, IndexedNode>(
    graph.nodes.map((node) => [node.id, { id: node.id, kind: node.kind }]),
  );
  const outs: ByKind = new Map();
  const ins: ByKind = new Map();
  const all = new Map<string, IndexedEdge[]>();
  const touch = (key: string, edge: IndexedEdge) => {
    const list = all.get(key);
    if (list) list.push(edge);
    else all.set(key, [edge]);
  };
  let edgeCount = 0;
  for (const edge of graph.edges) {
    const from = nodes.get(edge.from);
    const to = nodes.get(edge.to);
    if (!from || !to) continue;
    const year = yearOf(edge);
    // The ends are the entities' own id strings: a store's rows give each end a copy of its own, and
    // lookups by the same string compare at once, where copies are compared character by character.
    const indexed: IndexedEdge = {
      ...(edge.id ? { id: edge.id } : {}),
      kind: edge.kind,
      from: from.id,
      to: to.id,
      ...(year ? { year } : {}),
    };
    push(outs, edge.kind, from.id, indexed);
    push(ins, edge.kind, to.id, indexed);
    touch(from.id, indexed);
    if (to.id !== from.id) touch(to.id, indexed);
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
    out: (id, kind) => outs.get(kind)?.get(id) ?? EMPTY,
    into: (id, kind) => ins.get(kind)?.get(id) ?? EMPTY,
    touching: (id) => all.get(id) ?? EMPTY,
    ofKind: (kind) => byKind.get(kind) ?? [],
    edgeCount,
  };
}
