/**
 * The 1+N need register, declared once: the types of an enterprise's need, the status lifecycle with the
 * transitions it allows, and the kinds of 对接 (engagement) activity. Node kinds (node-kinds.ts) take their
 * allowed values from here; the edit service validates status changes against NEED_LIFECYCLE; the store's
 * dashboard queries and the client's register read the same lists.
 */

export const NEED_TYPES = ['技术', '人才', '资金', '平台', '其他'] as const;
export type NeedType = (typeof NEED_TYPES)[number];

export const NEED_STATUSES = ['待对接', '对接中', '已解决', '需继续对接', '已关闭'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

/** A need recorded without a status is waiting for its first 对接. */
export const INITIAL_NEED_STATUS: NeedStatus = '待对接';

export interface NeedStatusSpec {
  readonly en: string;
  /** Still to be met: counted among the open needs, listed for 科技招商. */
  readonly open: boolean;
  /** The statuses a need in this one may move to. */
  readonly next: readonly NeedStatus[];
}

/**
 * 待对接 → 对接中 → 已解决 | 需继续对接 | 已关闭. A need that needs more work (需继续对接, the article's
 * “一对一” guidance) goes back into 对接中 or is solved; a solved need found to need more is 需继续对接; a
 * closed one (withdrawn, no longer wanted) may be reopened as 待对接.
 */
export const NEED_LIFECYCLE: Readonly<Record<NeedStatus, NeedStatusSpec>> = {
  待对接: { en: 'awaiting 对接', open: true, next: ['对接中', '已关闭'] },
  对接中: { en: 'in progress', open: true, next: ['已解决', '需继续对接', '已关闭'] },
  需继续对接: { en: 'needs further work', open: true, next: ['对接中', '已解决', '已关闭'] },
  已解决: { en: 'solved', open: false, next: ['需继续对接'] },
  已关闭: { en: 'closed', open: false, next: ['待对接'] },
};

/** The statuses still to be met, in declaration order. */
export const OPEN_NEED_STATUSES: readonly NeedStatus[] = NEED_STATUSES.filter(
  (status) => NEED_LIFECYCLE[status].open,
);

/** The status a need is solved in: it records the date and the support arranged. */
export const SOLVED_STATUS: NeedStatus = '已解决';

export function isNeedStatus(value: string): value is NeedStatus {
  return (NEED_STATUSES as readonly string[]).includes(value);
}

export function canMoveNeed(from: NeedStatus, to: NeedStatus): boolean {
  return NEED_LIFECYCLE[from].next.includes(to);
}

/** A need's status as stored, the initial one when it has none (imported without a status column). */
export function needStatusOf(props: Readonly<Record<string, string | number>>): NeedStatus {
  const status = props.status;
  return typeof status === 'string' && isNeedStatus(status) ? status : INITIAL_NEED_STATUS;
}

/** Kinds of 对接: how an enterprise (or its need) and a candidate met. */
export const ENGAGEMENT_TYPES = [
  '座谈',
  '考察走访',
  '专家来访',
  '线上对接',
  '对接会',
  '签约',
  '培训',
  '其他',
] as const;
export type EngagementType = (typeof ENGAGEMENT_TYPES)[number];

/** The bureau's calendar: dates in the register are days in China Standard Time. */
export const REGISTER_TIME_ZONE = 'Asia/Shanghai';

/** The day it is in the bureau's time zone, `YYYY-MM-DD`. */
export function registerToday(now: Date = new Date()): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: REGISTER_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
