/**
 * A write and its change set in one transaction: read the states before of every record the batch
 * touches (and the relationships of nodes it deletes), check what the write expects of them, apply the
 * batch, save the change set. Written once against WriteTx, so both backends record alike.
 */
import type { ChangeMeta, ChangeSet, ChangeSetSummary, GraphEdge, GraphNode, ReviewPair } from '#model';
import type { WriteBatch } from '../../graph-store.ts';
import type { WriteTx } from '../write-tx.ts';
import { checkExpectations } from './check-expectations.ts';
import { changeEntries, describeChange } from './describe-change.ts';

/** A change set without its entries. */
export function summaryOf(set: ChangeSet): ChangeSetSummary {
  const summary: Record<string, unknown> = { ...set };
  delete summary.entries;
  return summary as unknown as ChangeSetSummary;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export async function recordChange(
  tx: WriteTx,
  batch: WriteBatch,
  meta: ChangeMeta,
  clock: Clock = systemClock,
): Promise<ChangeSetSummary | null> {
  const created = new Set((batch.newNodes ?? []).map((node) => node.id));
  // A "new" relationship between two entities that already existed may exist too: it is upserted.
  const maybeExisting = (batch.newEdges ?? []).filter(
    (edge) => !created.has(edge.from) && !created.has(edge.to),
  );
  const deleted = batch.deleteNodes ?? [];
  const reviewIds = [
    ...(batch.reviewPairs ?? []).map((pair) => pair.id),
    ...(batch.deleteReviewPairs ?? []),
    ...(batch.expect?.reviewPairs ?? []).map((pair) => pair.id),
  ];
  const [nodes, edges, detached, reviews] = await Promise.all([
    tx.nodesById([
      ...batch.nodes,
      ...deleted,
      ...(batch.expect?.nodes ?? []),
      ...(batch.expect?.unchanged ?? []),
    ]),
    tx.edgesById([
      ...batch.edges,
      ...maybeExisting,
      ...(batch.deleteEdges ?? []),
      ...(batch.expect?.unchangedEdges ?? []),
    ]),
    tx.edgesTouching(deleted),
    reviewIds.length > 0 ? tx.reviewPairsById(reviewIds) : Promise.resolve([]),
  ]);
  const before = {
    nodes: new Map<string, GraphNode>(nodes.map((node) => [node.id, node])),
    edges: new Map<string, GraphEdge>(edges.map((edge) => [edge.id, edge])),
    reviews: new Map<string, ReviewPair>(reviews.map((pair) => [pair.id, pair])),
  };
  checkExpectations(batch.expect, before);
  const entries = changeEntries(batch, before, detached);
  if (entries.length === 0) return null;
  await tx.apply(batch);
  const set = describeChange(entries, meta, clock.now());
  await tx.saveChangeSet(set);
  if (meta.undoes) await tx.markUndone(meta.undoes, set.id);
  return summaryOf(set);
}
