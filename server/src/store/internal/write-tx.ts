/**
 * What a backend offers inside one write transaction. Recording a change set and undoing one are
 * written once against this interface (change-sets/), so both backends read the state before, apply
 * the batch and save the record in the same transaction: either all of it lands or none.
 */
import type { ChangeSet, ChangeSetSummary, GraphEdge, GraphNode, NodeKind, ReviewPair } from '#model';
import type { EdgeRef, WriteBatch } from '../graph-store.ts';

export interface WriteTx {
  /** The current records of these nodes (kinds known), those that exist. */
  nodesById(refs: ReadonlyArray<{ readonly id: string; readonly kind: NodeKind }>): Promise<GraphNode[]>;
  /** The current records of these relationships, those that exist. */
  edgesById(refs: readonly EdgeRef[]): Promise<GraphEdge[]>;
  /** Every relationship touching these nodes, either way. */
  edgesTouching(refs: ReadonlyArray<{ readonly id: string; readonly kind: NodeKind }>): Promise<GraphEdge[]>;
  /** The current review pairs of these ids, those that exist. */
  reviewPairsById(ids: readonly string[]): Promise<ReviewPair[]>;
  /** Upserts, creates and deletes the batch's records (review pairs included). */
  apply(batch: WriteBatch): Promise<void>;
  /** Saves a change set with its entries. */
  saveChangeSet(set: ChangeSet): Promise<void>;
  /** Marks a change set as undone by another. */
  markUndone(id: string, by: string): Promise<void>;
  loadChangeSet(id: string): Promise<ChangeSet | null>;
  /** The newest change sets (newest first) that touched any of these records, other than `except`. */
  latestTouching(recordIds: readonly string[], except: string, limit: number): Promise<ChangeSetSummary[]>;
}
