/**
 * Moving a need along its lifecycle (NEED_LIFECYCLE in the model), by a signed-in editor: each move
 * dated (today unless another day is given, never before the need was raised or its last move), checked
 * against the transitions the lifecycle allows (BAD_INPUT naming the statuses allowed next), and one change
 * set of kind `edit`, so it shows in the history and can be undone. Two editors moving the same need at
 * once: the second is refused as CONFLICT (the write expects the status it was checked against). Solving a need records the day and
 * the support arranged (资金配套 amount, policy); reopening a solved one clears the day solved.
 */
import {
  AppError,
  NEED_LIFECYCLE,
  NEED_STATUSES,
  SOLVED_STATUS,
  canMoveNeed,
  isNeedStatus,
  needStatusOf,
  registerToday,
  type ChangeSetSummary,
  type GraphNode,
  type NeedStatus,
  type PropValue,
} from '#model';
import { editSource, withEdit } from '../edit/edit-entities.ts';
import { entityProperties, LIMITS, readText } from '../edit/read-input.ts';
import { parseDate } from '../ingest/parse-date.ts';
import type { GraphStore } from '../store/index.ts';
import { entityOfKind } from './entity-of-kind.ts';

export interface StatusChange {
  readonly id: string;
  readonly status: string;
  /** The day of the move; today (China Standard Time) when absent. */
  readonly on?: string | null;
  /** Why, or what happened: kept as the change set's note. */
  readonly note?: string | null;
  /** 资金配套 arranged when solved, as an amount is written (500000, 50万元). */
  readonly supportAmount?: string | null;
  /** The policy applied when solved. */
  readonly supportPolicy?: string | null;
}

export interface StatusChanged {
  readonly need: GraphNode;
  readonly from: NeedStatus;
  readonly to: NeedStatus;
  readonly changeSet: ChangeSetSummary | null;
}

const bad = (argument: string, zh: string, en: string) =>
  new AppError('BAD_INPUT', `${zh} / ${en}`, { argument });

function targetStatus(from: NeedStatus, wanted: string): NeedStatus {
  const to = wanted.trim();
  if (!isNeedStatus(to))
    throw bad(
      'status',
      `“${to}”不是需求状态，可选：${NEED_STATUSES.join('、')}`,
      `“${to}” is not a status of a need; allowed: ${NEED_STATUSES.join(', ')}`,
    );
  if (!canMoveNeed(from, to)) {
    const next = NEED_LIFECYCLE[from].next;
    throw bad(
      'status',
      `需求现为“${from}”，只能改为：${next.join('、')}`,
      `the need is “${from}” (${NEED_LIFECYCLE[from].en}); it may move to ${next.join(', ')} only`,
    );
  }
  return to;
}

/** The day of the move, not before the need was raised or last moved. */
function moveDay(need: GraphNode, given: string | null | undefined, now: Date): string {
  const today = registerToday(now);
  const parsed = parseDate(readText(given, 'on', 40) || today, today);
  if (!parsed.ok) throw new AppError('BAD_INPUT', parsed.message, { argument: 'on' });
  const day = parsed.value;
  for (const key of ['raisedOn', 'updatedOn'] as const) {
    const earlier = need.props[key];
    if (typeof earlier === 'string' && day < earlier)
      throw bad(
        'on',
        `${day} 早于该需求的${key === 'raisedOn' ? '提出日期' : '上次状态日期'} ${earlier}`,
        `${day} is before the need’s ${key === 'raisedOn' ? 'day raised' : 'last move'}, ${earlier}`,
      );
  }
  return day;
}

export async function changeNeedStatus(
  store: GraphStore,
  editor: string,
  change: StatusChange,
  now: Date = new Date(),
): Promise<StatusChanged> {
  const need = await entityOfKind(store, change.id, 'Need', 'id');
  const from = needStatusOf(need.props);
  const to = targetStatus(from, change.status);
  const on = moveDay(need, change.on, now);
  const supported = Boolean(change.supportAmount?.trim() || change.supportPolicy?.trim());
  if (supported && to !== SOLVED_STATUS)
    throw bad(
      'supportAmount',
      `配套支持只在“${SOLVED_STATUS}”时登记`,
      `support is recorded when a need is solved only`,
    );
  const props: Record<string, PropValue> = { ...need.props, status: to, updatedOn: on };
  if (to === SOLVED_STATUS) props.solvedOn = on;
  else delete props.solvedOn;
  const support = entityProperties('Need', {}, [
    ...(change.supportAmount?.trim() ? [{ key: 'supportAmount', value: change.supportAmount }] : []),
    ...(change.supportPolicy?.trim()
      ? [{ key: 'supportPolicy', value: readText(change.supportPolicy, 'supportPolicy', LIMITS.text) ?? '' }]
      : []),
  ]);
  const next: GraphNode = {
    ...need,
    props: { ...props, ...support },
    sources: withEdit(need.sources, editSource(editor, now)),
  };
  const note = readText(change.note, 'note', LIMITS.text);
  // Decided on the status and day read above: refused (CONFLICT) if another editor moved it meanwhile.
  const seen = { status: need.props.status ?? null, updatedOn: need.props.updatedOn ?? null };
  const changeSet = await store.write(
    { nodes: [next], edges: [], expect: { nodes: [{ id: need.id, kind: 'Need', props: seen }] } },
    {
      editor,
      kind: 'edit',
      note: `需求状态 ${need.name}：${from} → ${to}（${on}）${note ? `：${note}` : ''} / status ${from} → ${to}`,
    },
  );
  return { need: next, from, to, changeSet };
}
