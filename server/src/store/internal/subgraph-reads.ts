/**
 * What each backend answers in one statement for the explorer's traversals (collect-neighborhood.ts,
 * collect-paths.ts), and the shared decoding of those answers: nodes come with their derived degree, so
 * that a request never counts relationships one entity at a time.
 */
import {
  REL_KINDS,
  edgeId,
  isNodeKind,
  type GraphEdge,
  type GraphNode,
  type NodeKind,
  type RelKind,
} from '#model';
import type { NeighborhoodQuery } from '../graph-store.ts';
import { decodeEdge, decodeNode } from './record-codec.ts';

/** Degrees of the nodes a read returned, by id, so the API need not ask for them again. */
export type Degrees = ReadonlyMap<string, number>;

/** A relationship met on a walk: its id, kind and ends (as stored, from → to). */
export interface WalkEdge {
  readonly id: string;
  readonly kind: RelKind;
  readonly from: string;
  readonly to: string;
}

/** Entities with their degrees and the relationships among them. */
export interface CountedRead {
  readonly nodes: GraphNode[];
  readonly edges: GraphEdge[];
  readonly degrees: Degrees;
}

/** An entity by id, with its kind. */
export interface EntityRef {
  readonly id: string;
  readonly kind: NodeKind;
  /**
   * Where the embedded store keeps the entity in its kind's table, as the traversal that found it read it:
   * a hint that lets the subgraph statement read its relationships without a scan by id (kuzu-subgraph.ts),
   * checked there against the entity's own offset in the same statement.
   */
  readonly offset?: number;
}

export interface SubgraphReads {
  /**
   * The focus's neighbours within `query.depth`, in the order a cut keeps them, at most `limit`, and the
   * focus's own kind when it has any.
   */
  neighbours(
    query: NeighborhoodQuery,
    limit: number,
  ): Promise<{ focusKind?: NodeKind; focusOffset?: number; neighbours: EntityRef[] }>;
  /** The given entities that exist, their degrees and every relationship among them (focus kind unknown). */
  subgraph(
    refs: ReadonlyArray<EntityRef | { readonly id: string; readonly kind?: undefined }>,
  ): Promise<CountedRead>;
  /**
   * Every relationship on walks of at most `length` from an entity, and the kinds of the entities met;
   * null when it has no relationship (or is no entity).
   */
  walks(id: string, length: 1 | 2 | 3): Promise<{ edges: WalkEdge[]; kinds: Map<string, NodeKind> } | null>;
}

/** What a path search reads (collect-paths.ts); Neo4j's neighbourhood is one statement of its own. */
export type PathReads = Pick<SubgraphReads, 'subgraph' | 'walks'>;

/** Relationship kinds' rank in declaration order, two digits, 1-based: the middle part of a cut's key. */
export const REL_RANK: Readonly<Record<string, string>> = Object.fromEntries(
  REL_KINDS.map((kind, index) => [kind, String(index + 1).padStart(2, '0')]),
);

type Row = Readonly<Record<string, unknown>>;

/**
 * The relationships of walks, each a list of steps [kind, id, entity before, entity after, their kinds],
 * each relationship once, its direction read from its id (derived from kind and ends); and the kinds of
 * the entities met. Steps of an OPTIONAL walk that found nothing carry nulls and add nothing.
 */
export function walkEdges(walks: unknown): { edges: WalkEdge[]; kinds: Map<string, NodeKind> } {
  const edges = new Map<string, WalkEdge>();
  const kinds = new Map<string, NodeKind>();
  for (const walk of Array.isArray(walks) ? (walks as unknown[][]) : []) {
    for (let step = 0; step + 5 < walk.length; step += 6) {
      const [kind, id, near, far, nearKind, farKind] = walk.slice(step, step + 6);
      if (typeof id !== 'string' || typeof kind !== 'string') continue;
      if (typeof near !== 'string' || typeof far !== 'string') continue;
      for (const [end, endKind] of [
        [near, nearKind],
        [far, farKind],
      ] as const)
        if (typeof endKind === 'string' && isNodeKind(endKind)) kinds.set(end, endKind);
      if (edges.has(id)) continue;
      const forward = id === edgeId(kind as RelKind, near, far);
      edges.set(id, { id, kind: kind as RelKind, from: forward ? near : far, to: forward ? far : near });
    }
  }
  return { edges: [...edges.values()], kinds };
}

/** A stored degree as a number (kuzu gives bigints; a node written before the counts existed has none). */
export function degreeOf(value: unknown): number {
  return typeof value === 'bigint' || typeof value === 'number' ? Number(value) : 0;
}

/**
 * A relationship leaving a row's entity, as Neo4j's subgraph statements list them: [kind, id, props,
 * sources, to] (and the far end's kind, where a statement adds it).
 */
export function listedRelationships(
  from: string,
  rels: unknown,
): Array<{ edge: GraphEdge; toKind: unknown }> {
  if (!Array.isArray(rels)) return [];
  return rels.flatMap((entry: unknown) => {
    if (!Array.isArray(entry) || typeof entry[1] !== 'string' || typeof entry[4] !== 'string') return [];
    const [kind, id, props, sources, to, toKind] = entry as unknown[];
    return [{ edge: decodeEdge(String(kind), { id, from, to, props, sources }), toKind }];
  });
}

/**
 * Rows of one entity each (`kind`, its stored columns by `stored(row)`, its relationships out as `rels`)
 * as the entities among `ids` with their degrees and the relationships among them.
 */
export function decodeSubgraph(
  rows: readonly Row[],
  ids: readonly string[],
  stored: (row: Row) => Row,
): CountedRead {
  const wanted = new Set(ids);
  const nodes = new Map<string, GraphNode>();
  const degrees = new Map<string, number>();
  const edges = new Map<string, GraphEdge>();
  for (const row of rows) {
    const columns = stored(row);
    const id = String(columns.id);
    if (!wanted.has(id) || nodes.has(id)) continue;
    nodes.set(id, decodeNode(String(row.kind), columns));
    degrees.set(id, degreeOf(columns.degree));
    for (const { edge } of listedRelationships(id, row.rels))
      if (wanted.has(edge.to) && !edges.has(edge.id)) edges.set(edge.id, edge);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], degrees };
}

/** The single row of kuzu's subgraph statement (kuzu-subgraph.ts): entity rows, then relationship rows. */
export function listedRows(row: Row | undefined): {
  nodes: Array<{ node: GraphNode; degree: number; trackRecord: number }>;
  out: Array<GraphEdge & { toKind: NodeKind }>;
} {
  const nodes: Array<{ node: GraphNode; degree: number; trackRecord: number }> = [];
  const out = new Map<string, GraphEdge & { toKind: NodeKind }>();
  for (const entry of (row?.nodes as unknown[][] | undefined) ?? []) {
    const [kind, id, name, nameEn, aliases, description, keywords, props, stats, sources, degree, record] =
      entry;
    nodes.push({
      node: decodeNode(String(kind), {
        id,
        name,
        nameEn,
        aliases,
        description,
        keywords,
        props,
        stats,
        sources,
      }),
      degree: Number(degree) || 0,
      trackRecord: Number(record) || 0,
    });
  }
  for (const [key, value] of Object.entries(row ?? {})) {
    if (!key.startsWith('out')) continue;
    for (const [kind, id, from, to, props, sources, toKind] of (value as unknown[][] | null) ?? []) {
      if (typeof id !== 'string' || out.has(id) || typeof toKind !== 'string' || !isNodeKind(toKind))
        continue;
      out.set(id, { ...decodeEdge(String(kind), { id, from, to, props, sources }), toKind });
    }
  }
  return { nodes, out: [...out.values()] };
}

/** As listedRows, as a subgraph among the given ids. */
export function decodeListedSubgraph(row: Row | undefined, ids: readonly string[]): CountedRead {
  const wanted = new Set(ids);
  const { nodes, out } = listedRows(row);
  return {
    nodes: nodes.map((entry) => entry.node),
    edges: out
      .filter((edge) => wanted.has(edge.to))
      .map(({ id, kind, from, to, props, sources }) => ({ id, kind, from, to, props, sources })),
    degrees: new Map(nodes.map((entry) => [entry.node.id, entry.degree])),
  };
}
