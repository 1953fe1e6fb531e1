/**
 * What a write batch will do, decided the same way on every backend before anything is written:
 * refuse ids already used by another kind, split the "new" relationships into those that surely do
 * not exist yet (one end is created in this batch: bulk CREATE or COPY) and those to upsert, and group
 * both by kinds (plan-edge-writes.ts). Only the lookup of existing kinds is the backend's.
 */
import { AppError, type GraphEdge, type NodeKind } from '#model';
import type { WriteBatch } from '../graph-store.ts';
import { planEdgeWrites, type EdgeGroup } from './plan-edge-writes.ts';

export interface WritePlan {
  /** Relationships to MERGE, grouped by kind and end kinds. */
  readonly upsertGroups: EdgeGroup[];
  /** Relationships to CREATE, known not to exist. */
  readonly freshGroups: EdgeGroup[];
}

/** Lists at most this many problems in one error. */
const SHOWN = 20;

/** Refuses new records whose ids some entity already has (the stores' bulk CREATE must not collide). */
export function refuseTakenIds(taken: ReadonlyMap<string, NodeKind>): void {
  if (taken.size === 0) return;
  throw new AppError(
    'BAD_INPUT',
    [...taken]
      .slice(0, SHOWN)
      .map(
        ([id, kind]) =>
          `编号 ${id} 已存在（${kind}），不能新建 / id ${id} already exists (a ${kind}); it cannot be created`,
      )
      .join('\n'),
  );
}

export async function planWriteBatch(
  batch: WriteBatch,
  kindsOf: (ids: readonly string[]) => Promise<Map<string, NodeKind>>,
): Promise<WritePlan> {
  const existing = await kindsOf(batch.nodes.map((node) => node.id));
  const clashes = batch.nodes.filter((node) => {
    const kind = existing.get(node.id);
    return kind !== undefined && kind !== node.kind;
  });
  if (clashes.length > 0) {
    throw new AppError(
      'BAD_INPUT',
      clashes
        .slice(0, SHOWN)
        .map(
          (node) =>
            `编号 ${node.id} 已属于 ${existing.get(node.id)}，不能再用于 ${node.kind} / id ${node.id} already belongs to a ${existing.get(node.id)}`,
        )
        .join('\n'),
    );
  }
  const kindOf = new Map<string, NodeKind>(batch.nodes.map((node) => [node.id, node.kind]));
  const created = new Set<string>();
  for (const node of batch.newNodes ?? []) {
    kindOf.set(node.id, node.kind);
    created.add(node.id);
  }
  // New edges with a newly created end cannot exist yet: created. Others are upserted, never doubled.
  const fresh: GraphEdge[] = [];
  const upserts: GraphEdge[] = [...batch.edges];
  for (const edge of batch.newEdges ?? []) {
    if (created.has(edge.from) || created.has(edge.to)) fresh.push(edge);
    else upserts.push(edge);
  }
  const moreEnds = [...new Set([...upserts, ...fresh].flatMap((edge) => [edge.from, edge.to]))].filter(
    (id) => !kindOf.has(id),
  );
  for (const [id, kind] of await kindsOf(moreEnds)) kindOf.set(id, kind);
  return { upsertGroups: planEdgeWrites(upserts, kindOf), freshGroups: planEdgeWrites(fresh, kindOf) };
}
