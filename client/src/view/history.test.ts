// Tests undo and redo of the planner's steps on the graph (expand, collapse, hide, pin).
import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from '#model';
import { HISTORY_LIMIT, canRedo, canUndo, record, redo, startHistory, undo } from './history.ts';
import { NO_EDITS, applyEdit, soloKind, toggleKind, type GraphEdits } from './view-state.ts';

function step(history: ReturnType<typeof startHistory<GraphEdits>>, action: Parameters<typeof applyEdit>[1]) {
  return record(history, applyEdit(history.present, action));
}

describe('undo and redo of graph edits', () => {
  it('undoes an expansion, a hide and a pin in reverse order and redoes them', () => {
    let h = startHistory(NO_EDITS);
    h = step(h, { type: 'expand', id: 'a' });
    h = step(h, { type: 'hide', id: 'b' });
    h = step(h, { type: 'pin', id: 'a' });
    expect(h.present).toEqual({ expanded: ['a'], hidden: ['b'], pinned: ['a'] });
    h = undo(h);
    expect(h.present).toEqual({ expanded: ['a'], hidden: ['b'], pinned: [] });
    h = undo(undo(h));
    expect(h.present).toEqual(NO_EDITS);
    expect(canUndo(h)).toBe(false);
    h = redo(h);
    expect(h.present.expanded).toEqual(['a']);
    expect(canRedo(h)).toBe(true);
  });

  it('records nothing for an edit that changes nothing', () => {
    let h = step(startHistory(NO_EDITS), { type: 'expand', id: 'a' });
    const before = h;
    h = step(h, { type: 'expand', id: 'a' });
    h = step(h, { type: 'unpin', id: 'zzz' });
    expect(h).toBe(before);
  });

  it('drops the redo steps when a new edit follows an undo', () => {
    let h = step(startHistory(NO_EDITS), { type: 'expand', id: 'a' });
    h = undo(h);
    h = step(h, { type: 'expand', id: 'b' });
    expect(canRedo(h)).toBe(false);
    expect(h.present.expanded).toEqual(['b']);
  });

  it('collapses an expansion again, and unhides a node it expands', () => {
    let edits = applyEdit(NO_EDITS, { type: 'hide', id: 'x' });
    edits = applyEdit(edits, { type: 'expand', id: 'x' });
    expect(edits).toEqual({ expanded: ['x'], hidden: [], pinned: [] });
    expect(applyEdit(edits, { type: 'collapse', id: 'x' }).expanded).toEqual([]);
  });

  it('unpins a node it hides, and shows every hidden node again', () => {
    let edits = applyEdit(NO_EDITS, { type: 'pin', id: 'x' });
    edits = applyEdit(edits, { type: 'hide', id: 'x' });
    edits = applyEdit(edits, { type: 'hide', id: 'y' });
    expect(edits).toEqual({ expanded: [], hidden: ['x', 'y'], pinned: [] });
    expect(applyEdit(edits, { type: 'showAll' }).hidden).toEqual([]);
  });

  it('forgets the oldest steps beyond the limit', () => {
    let h = startHistory(NO_EDITS);
    for (let i = 0; i < HISTORY_LIMIT + 5; i += 1) h = step(h, { type: 'expand', id: `n${i}` });
    expect(h.past).toHaveLength(HISTORY_LIMIT);
  });
});

describe('kind filters', () => {
  it('toggles a kind and keeps the declared order', () => {
    let filters = toggleKind({ hiddenKinds: [], domain: null, region: null, years: null }, 'Region');
    filters = toggleKind(filters, 'Enterprise');
    expect(filters.hiddenKinds).toEqual(['Enterprise', 'Region']);
    expect(toggleKind(filters, 'Region').hiddenKinds).toEqual(['Enterprise']);
  });

  it('shows one kind alone, and every kind again when asked twice', () => {
    const alone = soloKind({ hiddenKinds: [], domain: null, region: null, years: null }, 'Project');
    expect(alone.hiddenKinds).not.toContain('Project');
    expect(alone.hiddenKinds).toHaveLength(NODE_KINDS.length - 1);
    expect(soloKind(alone, 'Project').hiddenKinds).toEqual([]);
  });
});
