/**
 * Recording a 对接 (engagement), by a signed-in editor: an enterprise, or one of its needs, met a
 * candidate (an institution, an academician, a specialist, a platform, another enterprise) on a day, in
 * a way (座谈, 考察走访, 签约 …), with an outcome and a next step, and why this candidate (the
 * recommendation's evidence, when it came from one). A node of its own (Engagement), so the same pair may
 * meet on many days, linked to the need and its enterprise (ENGAGEMENT_FOR), the candidate
 * (ENGAGEMENT_WITH) and an activity it was part of (IN_ACTIVITY), all in one change set.
 */
import {
  AppError,
  ENGAGEMENT_PARTNERS,
  deriveId,
  edgeRecord,
  registerToday,
  type ChangeSetSummary,
  type GraphEdge,
  type GraphNode,
} from '#model';
import { editSource } from '../edit/edit-entities.ts';
import { entityProperties, LIMITS, readText } from '../edit/read-input.ts';
import type { GraphStore } from '../store/index.ts';
import { entityOfKind } from './entity-of-kind.ts';

export interface EngagementInput {
  /** The need it was for; its enterprise is taken from the register. */
  readonly needId?: string | null;
  /** The enterprise it was for, when not for a need (or the need's own, as a check). */
  readonly enterpriseId?: string | null;
  readonly partnerId: string;
  /** The day; today when absent. */
  readonly date?: string | null;
  readonly activityType: string;
  readonly outcome?: string | null;
  readonly nextStep?: string | null;
  /** Why this candidate: e.g. the recommendation's evidence in words. */
  readonly basis?: string | null;
  readonly activityId?: string | null;
}

export interface EngagementRecorded {
  readonly engagement: GraphNode;
  readonly changeSet: ChangeSetSummary | null;
}

const bad = (argument: string, zh: string, en: string) =>
  new AppError('BAD_INPUT', `${zh} / ${en}`, { argument });

/** The enterprise the 对接 is for: the need's (HAS_NEED), or the one given. */
async function sides(store: GraphStore, input: EngagementInput) {
  const need = input.needId ? await entityOfKind(store, input.needId, 'Need', 'needId') : null;
  let enterpriseId = input.enterpriseId ?? null;
  if (need) {
    const owners = (await store.edgesOf([need.id], ['HAS_NEED'], 10)).edges
      .filter((edge) => edge.to === need.id)
      .map((edge) => edge.from);
    if (enterpriseId && !owners.includes(enterpriseId))
      throw bad(
        'enterpriseId',
        `${need.name} 不是该企业的需求`,
        `${need.name} is not that enterprise’s need`,
      );
    enterpriseId ??= owners[0] ?? null;
  }
  if (!enterpriseId)
    throw bad(
      need ? 'needId' : 'enterpriseId',
      need ? `需求“${need.name}”没有登记所属企业` : '请给出需求或企业',
      need ? `the need “${need.name}” has no enterprise` : 'give the need or the enterprise',
    );
  const enterprise = await entityOfKind(store, enterpriseId, 'Enterprise', 'enterpriseId');
  return { need, enterprise };
}

/** An id of its own: the pair and the day, numbered when they met more than once that day. */
async function freshId(store: GraphStore, name: string): Promise<{ id: string; name: string }> {
  for (let n = 1; n < 100; n++) {
    const each = n === 1 ? name : `${name}（${n}）`;
    const id = deriveId('Engagement', each);
    if ((await store.getNodes([id])).length === 0) return { id, name: each };
  }
  throw bad('date', '这一天的对接记录太多', 'too many 对接 records of this pair on that day');
}

export async function recordEngagement(
  store: GraphStore,
  editor: string,
  input: EngagementInput,
  now: Date = new Date(),
): Promise<EngagementRecorded> {
  const { need, enterprise } = await sides(store, input);
  const partner = await entityOfKind(store, input.partnerId, ENGAGEMENT_PARTNERS, 'partnerId');
  if (partner.id === enterprise.id)
    throw bad('partnerId', '对接对象不能是企业自己', 'an enterprise does not engage with itself');
  const activity = input.activityId
    ? await entityOfKind(store, input.activityId, 'Activity', 'activityId')
    : null;
  const text = (value: string | null | undefined, key: string) => {
    const read = readText(value, key, LIMITS.text);
    return read ? [{ key, value: read }] : [];
  };
  const props = entityProperties('Engagement', {}, [
    { key: 'date', value: readText(input.date, 'date', 40) || registerToday(now) },
    { key: 'activityType', value: input.activityType },
    ...text(input.outcome, 'outcome'),
    ...text(input.nextStep, 'nextStep'),
    ...text(input.basis, 'basis'),
  ]);
  const { id, name } = await freshId(store, `${enterprise.name} × ${partner.name} ${String(props.date)}`);
  const sources = [editSource(editor, now)];
  const engagement: GraphNode = {
    id,
    kind: 'Engagement',
    name,
    aliases: [],
    keywords: [],
    props,
    stats: [],
    sources,
  };
  const edges: GraphEdge[] = [
    ...(need ? [edgeRecord('ENGAGEMENT_FOR', id, need.id, { sources })] : []),
    edgeRecord('ENGAGEMENT_FOR', id, enterprise.id, { sources }),
    edgeRecord('ENGAGEMENT_WITH', id, partner.id, { sources }),
    ...(activity ? [edgeRecord('IN_ACTIVITY', id, activity.id, { sources })] : []),
  ];
  const changeSet = await store.write(
    { nodes: [], edges: [], newNodes: [engagement], newEdges: edges },
    {
      editor,
      kind: 'edit',
      note: `对接 ${enterprise.name}${need ? `（${need.name}）` : ''} × ${partner.name}，${String(props.activityType)} ${String(props.date)} / engagement recorded`,
    },
  );
  return { engagement, changeSet };
}
