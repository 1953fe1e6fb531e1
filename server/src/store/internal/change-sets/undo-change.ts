/**
 * Undoing a change set: every record it touched goes back to its state before, in one transaction,
 * recorded as a change set of kind `undo` (so it can be undone in turn). Only when each record is still
 * exactly as the change set left it, and no relationship has since been attached to an entity it would
 * remove; otherwise CONFLICT, naming the later change that touched them. Newer facts are never overwritten.
 */
import { AppError, type ChangeEntry, type ChangeSet, type ChangeSetSummary, type NodeKind } from '#model';
import type { EdgeRef, WriteBatch } from '../../graph-store.ts';
import type { WriteTx } from '../write-tx.ts';
import { sameRecord } from './describe-change.ts';
import { recordChange, systemClock, type Clock } from './record-change.ts';

const nodeRef = (entry: ChangeEntry & { type: 'node' }) => {
  const node = entry.after ?? entry.before;
  return { id: entry.id, kind: node?.kind as NodeKind };
};
const edgeRef = (entry: ChangeEntry & { type: 'edge' }): EdgeRef => {
  const edge = (entry.after ?? entry.before)!;
  return { id: edge.id, kind: edge.kind, from: edge.from, to: edge.to };
};

/** The batch that puts every touched record back as it was before. */
export function restoreBatch(set: ChangeSet): WriteBatch {
  const nodes = set.entries.filter((entry) => entry.type === 'node');
  const edges = set.entries.filter((entry) => entry.type === 'edge');
  const reviews = set.entries.filter((entry) => entry.type === 'review');
  return {
    nodes: nodes.flatMap((entry) => (entry.before ? [entry.before] : [])),
    edges: edges.flatMap((entry) => (entry.before ? [entry.before] : [])),
    deleteNodes: nodes.filter((entry) => !entry.before).map(nodeRef),
    deleteEdges: edges.filter((entry) => !entry.before).map(edgeRef),
    reviewPairs: reviews.flatMap((entry) => (entry.before ? [entry.before] : [])),
    deleteReviewPairs: reviews.filter((entry) => !entry.before).map((entry) => entry.id),
  };
}

/** Records no longer as the change set left them, and relationships attached since to entities it created. */
async function changedSince(tx: WriteTx, set: ChangeSet): Promise<string[]> {
  const nodes = set.entries.filter((entry) => entry.type === 'node');
  const edges = set.entries.filter((entry) => entry.type === 'edge');
  const reviews = set.entries.filter((entry) => entry.type === 'review');
  const created = nodes.filter((entry) => !entry.before).map(nodeRef);
  const [currentNodes, currentEdges, attached, currentReviews] = await Promise.all([
    tx.nodesById(nodes.map(nodeRef)),
    tx.edgesById(edges.map(edgeRef)),
    tx.edgesTouching(created),
    reviews.length > 0 ? tx.reviewPairsById(reviews.map((entry) => entry.id)) : Promise.resolve([]),
  ]);
  const reviewNow = new Map(currentReviews.map((pair) => [pair.id, pair]));
  const nodeNow = new Map(currentNodes.map((node) => [node.id, node]));
  const edgeNow = new Map(currentEdges.map((edge) => [edge.id, edge]));
  const own = new Set(edges.map((entry) => entry.id));
  return [
    ...nodes
      .filter((entry) => !sameRecord(nodeNow.get(entry.id) ?? null, entry.after))
      .map((entry) => entry.id),
    ...edges
      .filter((entry) => !sameRecord(edgeNow.get(entry.id) ?? null, entry.after))
      .map((entry) => entry.id),
    ...attached.filter((edge) => !own.has(edge.id)).map((edge) => edge.id),
    ...reviews
      .filter((entry) => !sameRecord(reviewNow.get(entry.id) ?? null, entry.after))
      .map((entry) => entry.id),
  ];
}

function conflict(set: ChangeSet, changed: readonly string[], later: readonly ChangeSetSummary[]): AppError {
  const newest = later[0];
  const who = newest
    ? `${newest.id}（${newest.editor}，${newest.at}）`
    : '数据库中的其他改动 / other changes in the database';
  const en = newest ? `${newest.id} (by ${newest.editor} at ${newest.at})` : 'other changes in the database';
  const undone = newest?.kind === 'undo' && newest.undoes === set.id;
  if (undone)
    return new AppError(
      'CONFLICT',
      `变更 ${set.id} 已被 ${newest.id} 撤销 / change ${set.id} was already undone by ${newest.id}`,
    );
  return new AppError(
    'CONFLICT',
    `不能撤销 ${set.id}：之后的变更 ${who} 又改动了其中 ${changed.length} 条记录，撤销会覆盖更新的内容；请先撤销较新的变更（从最新的开始） / cannot undo ${set.id}: the later change ${en} touched ${changed.length} of the same records, and undoing would overwrite newer facts; undo the later changes first, newest first`,
  );
}

export async function undoChange(
  tx: WriteTx,
  id: string,
  editor: string,
  clock: Clock = systemClock,
): Promise<ChangeSetSummary> {
  const set = await tx.loadChangeSet(id);
  if (!set) throw new AppError('NOT_FOUND', `没有编号为 ${id} 的变更 / no change set has the id ${id}`);
  const changed = await changedSince(tx, set);
  if (changed.length > 0) throw conflict(set, changed, await tx.latestTouching(changed, set.id, 3));
  const undo = await recordChange(
    tx,
    restoreBatch(set),
    { editor, kind: 'undo', undoes: set.id, note: `撤销 ${set.id} / undo of ${set.id}` },
    clock,
  );
  if (!undo)
    throw new AppError(
      'CONFLICT',
      `变更 ${set.id} 没有可撤销的内容 / change ${set.id} has nothing left to undo`,
    );
  return undo;
}
