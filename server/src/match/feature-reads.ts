/**
 * The recommender's reads: GraphStore feature queries (store/feature-queries.ts), their rows turned into
 * relationships (ids derived from kind and ends).
 */
import { AppError, edgeId, type GraphNode, type NodeKind, type RelKind } from '#model';
import type { CandidateFacts, GraphStore, KnownEntity } from '../store/index.ts';

/** A relationship as the recommender sees it; its id follows from kind and ends (edgeId). */
export interface Link {
  readonly id: string;
  readonly kind: RelKind;
  readonly from: string;
  readonly to: string;
}

export const link = (kind: RelKind, from: string, to: string): Link => ({
  id: edgeId(kind, from, to),
  kind,
  from,
  to,
});

/** Sorts ids so that every backend's rows are read in the same order. */
export const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Most rows a traversal step reads; hubs beyond it are cut, deterministically, never exhausted. */
export const CAP = 5_000;

/** An entity the recommender has met, with the kind it was met as. */
export type Known = KnownEntity;

/** Relationships of the given kinds on both sides of the given nodes, with the kind of the other end. */
export async function linksAround(
  store: GraphStore,
  given: readonly Known[],
  rels: readonly RelKind[],
  kinds: readonly NodeKind[],
  anchor: string,
): Promise<Array<{ link: Link; near: string; far: string; kind: NodeKind }>> {
  if (given.length === 0 || rels.length === 0 || kinds.length === 0) return [];
  const params = { given, rels, kinds, anchor, limit: CAP };
  const [out, into] = await Promise.all([
    store.features('neighbours-out', params),
    store.features('neighbours-in', params),
  ]);
  const rows = [
    ...out.map((row) => ({
      link: link(row.rel, row.from, row.id),
      near: row.from,
      far: row.id,
      kind: row.kind,
    })),
    ...into.map((row) => ({
      link: link(row.rel, row.id, row.from),
      near: row.from,
      far: row.id,
      kind: row.kind,
    })),
  ];
  return rows.sort((a, b) => byId(a.link.id, b.link.id));
}

/** The given entities: their stored record, track record and which of the places they are in or serve. */
export async function factsOf(
  store: GraphStore,
  given: readonly Known[],
  places: readonly string[],
): Promise<Map<string, CandidateFacts>> {
  const rows = await store.features('candidate-facts', { given, places });
  return new Map(rows.map((row) => [row.node.id, row]));
}

/** An enterprise with every relationship it has, each with the kind of its other end. */
export async function enterpriseAround(
  store: GraphStore,
  id: string,
): Promise<{ anchor: GraphNode; links: Array<{ link: Link; far: string; kind: NodeKind }> }> {
  const one = { kind: 'Enterprise' as const, id };
  const [rows, out, into] = await Promise.all([
    store.features('entity', one),
    store.features('entity-links-out', one),
    store.features('entity-links-in', one),
  ]);
  const [row] = rows;
  if (!row) {
    // Not an enterprise: say whether it is something else or nothing at all.
    const [other] = await store.getNodes([id]);
    if (!other) {
      throw new AppError('NOT_FOUND', `没有编号为 ${id} 的企业 / no enterprise has the id ${id}`);
    }
    throw new AppError('BAD_INPUT', `${other.name} 不是企业 / ${other.name} is not an enterprise`, {
      argument: 'enterpriseId',
    });
  }
  const links = [
    ...out.map((item) => ({ link: link(item.rel, id, item.id), far: item.id, kind: item.kind })),
    ...into.map((item) => ({ link: link(item.rel, item.id, id), far: item.id, kind: item.kind })),
  ].sort((a, b) => byId(a.link.id, b.link.id));
  return { anchor: row, links };
}
