/**
 * A need's status history, read from its change sets (every move is one, see change-need-status.ts):
 * each change that set or moved its status, newest first, with who, when, the day given, and whether it
 * was undone since. Undos are changes too: undoing a move shows as the move back.
 */
import { needStatusOf, type GraphNode } from '#model';
import type { GraphStore } from '../store/index.ts';

export interface StatusStep {
  readonly changeSetId: string;
  readonly editor: string;
  /** When it was recorded (ISO time). */
  readonly at: string;
  readonly kind: string;
  /** Null when the need was created by it. */
  readonly from: string | null;
  readonly to: string;
  /** The day the move is dated (the need's status date after it). */
  readonly on: string | null;
  readonly note: string;
  readonly undone: boolean;
}

export async function statusHistory(store: GraphStore, needId: string, limit: number): Promise<StatusStep[]> {
  const { items } = await store.changeSets({ entityId: needId, limit, offset: 0 });
  const steps: StatusStep[] = [];
  for (const summary of items) {
    const set = await store.changeSet(summary.id);
    const entry = set?.entries.find((each) => each.type === 'node' && each.id === needId);
    if (!set || !entry || entry.type !== 'node' || !entry.after) continue;
    const before: GraphNode | null = entry.before;
    const to = needStatusOf(entry.after.props);
    const from = before ? needStatusOf(before.props) : null;
    if (from === to) continue;
    const on = entry.after.props.updatedOn;
    steps.push({
      changeSetId: set.id,
      editor: set.editor,
      at: set.at,
      kind: set.kind,
      from,
      to,
      on: typeof on === 'string' ? on : null,
      note: set.note,
      undone: set.undoneBy !== null,
    });
  }
  return steps;
}
