/**
 * What each backend answers in one statement for the explorer's traversals (collect-neighborhood.ts,
 * collect-paths.ts), and the shared decoding of those answers: nodes come with their derived degree, so
 * that a request never counts relationships one entity at a time.
 */
import { REL_KINDS, edgeId, type GraphEdge, type GraphNode, type RelKind } from '#model';
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

export interface SubgraphReads {
  /** The focus's neighbours within `query.depth`, in the order a cut keeps them, at most `limit` ids. */
  neighbours(query: NeighborhoodQuery, limit: number): Promise<string[]>;
  /** The entities with these ids that exist, their degrees and every relationship among them. */
  subgraph(ids: readonly string[]): Promise<CountedRead>;
  /**
   * Every relationship on walks of at most `length` from each of two entities; null for an end that is
   * not an entity.
   */
  walks(
    from: string,
    to: string,
    length: 1 | 2 | 3,
  ): Promise<{ from: WalkEdge[] | null; to: WalkEdge[] | null }>;
}

/** Relationship kinds' rank in declaration order, two digits, 1-based: the middle part of a cut's key. */
export const REL_RANK: Readonly<Record<string, string>> = Object.fromEntries(
  REL_KINDS.map((kind, index) => [kind, String(index + 1).padStart(2, '0')]),
);

type Row = Readonly<Record<string, unknown>>;

/**
 * The relationships of walks, each a list of steps [kind, id, entity before, entity after, …], each
 * relationship once, its direction read from its id (derived from kind and ends). Steps of an OPTIONAL
 * walk that found nothing carry nulls and add nothing.
 */
export function walkEdges(walks: unknown): WalkEdge[] {
  const edges = new Map<string, WalkEdge>();
  for (const walk of Array.isArray(walks) ? (walks as unknown[][]) : []) {
    for (let step = 0; step + 3 < walk.length; step += 4) {
      const [kind, id, near, far] = walk.slice(step, step + 4);
      if (typeof id !== 'string' || typeof kind !== 'string' || edges.has(id)) continue;
      if (typeof near !== 'string' || typeof far !== 'string') continue;
      const forward = id === edgeId(kind as RelKind, near, far);
      edges.set(id, { id, kind: kind as RelKind, from: forward ? near : far, to: forward ? far : near });
    }
  }
  return [...edges.values()];
}

/** A stored degree as a number (kuzu gives bigints; a node written before the counts existed has none). */
export function degreeOf(value: unknown): number {
  return typeof value === 'bigint' || typeof value === 'number' ? Number(value) : 0;
}

/**
 * Rows of subgraph-of-ids.cypher (an entity, and one of its outgoing relationships or none) as entities,
 * degrees and the relationships that arrive among the ids; `stored` gives a row's entity columns.
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
    if (!wanted.has(id)) continue;
    if (!nodes.has(id)) {
      nodes.set(id, decodeNode(String(row.kind), columns));
      degrees.set(id, degreeOf(columns.degree));
    }
    if (typeof row.relId !== 'string' || !wanted.has(String(row.to)) || edges.has(row.relId)) continue;
    edges.set(
      row.relId,
      decodeEdge(String(row.relKind), {
        id: row.relId,
        from: id,
        to: row.to,
        props: row.relProps,
        sources: row.relSources,
      }),
    );
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], degrees };
}
