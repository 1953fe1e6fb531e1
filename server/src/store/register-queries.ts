/**
 * What the store answers for the 1+N need register (shared/model/need-register.ts): the needs matching a
 * filter, the 对接 records matching one, and the dashboard's figures. Each figure is one Cypher file per
 * backend (cypher/<backend>/<name>.cypher), computed in the database; parameters and rows are declared
 * here once, and the register contract suite (test-support/define-register-contract.ts) holds both
 * backends to them.
 */
import type { GraphNode, NeedStatus } from '#model';

/** Where figures and lists are counted: needs of enterprises located in a region (or inside it). */
export interface RegisterScope {
  /** A region's id; absent for everywhere. */
  readonly regionId?: string;
}

/** Which needs: every filter optional, all given ones must hold. */
export interface NeedFilter extends RegisterScope {
  readonly statuses?: readonly NeedStatus[];
  readonly needTypes?: readonly string[];
  /** Needs in this domain or one of its subfields. */
  readonly domainId?: string;
  readonly enterpriseId?: string;
  readonly follower?: string;
  /**
   * Only needs with one of these ids, or of an enterprise with one of them (a text search's hits among
   * needs and enterprises); absent for no such restriction, empty for none at all.
   */
  readonly matching?: readonly string[];
}

/** A matching need as the filter query returns it: enough to sort and page without reading records. */
export interface NeedMatch {
  readonly id: string;
  readonly name: string;
  readonly enterpriseId: string | null;
  readonly enterpriseName: string | null;
  readonly status: string | null;
  readonly needType: string | null;
  readonly follower: string | null;
  readonly raisedOn: string | null;
  readonly updatedOn: string | null;
  readonly solvedOn: string | null;
}

/** A need of the register with what its row shows. */
export interface NeedRow {
  readonly need: GraphNode;
  readonly enterprise: { readonly id: string; readonly name: string } | null;
  readonly domains: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  readonly engagementCount: number;
  /** The date of its latest 对接, `YYYY-MM-DD`. */
  readonly lastEngagedOn: string | null;
}

/** Which 对接 records: every filter optional. */
export interface EngagementFilter extends RegisterScope {
  /** Records with this entity on either side (a need, an enterprise, a candidate). */
  readonly partyId?: string;
  readonly activityId?: string;
  readonly activityType?: string;
  /** Dates `YYYY-MM-DD`, inclusive. */
  readonly since?: string;
  readonly until?: string;
}

/** One end of a 对接. */
export interface EngagementParty {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
}

export interface EngagementRow {
  readonly engagement: GraphNode;
  /** The need it was for, if any. */
  readonly need: EngagementParty | null;
  /** The enterprise it was for (the need's, or the enterprise itself). */
  readonly enterprise: EngagementParty | null;
  /** Whom the enterprise met: an institution, a person, a platform or another enterprise. */
  readonly partners: readonly EngagementParty[];
  readonly activity: EngagementParty | null;
}

/** A count of needs (or 对接) by one value. */
export interface TallyRow {
  /** The value, or null where none is recorded. */
  readonly key: string | null;
  readonly count: number;
}

/** A count of needs by an entity (a domain, an enterprise), and how many of them are still open. */
export interface EntityTallyRow {
  /** Null for needs without one. */
  readonly id: string | null;
  readonly name: string | null;
  readonly count: number;
  readonly open: number;
}

/** Needs raised or solved in one period (`YYYY-MM` or `YYYY`). */
export interface PeriodRow {
  readonly period: string;
  readonly series: 'raised' | 'solved';
  readonly count: number;
}

/** Solved needs whose time from raised to solved falls in one bucket (index into the bounds, 0-based). */
export interface SolveTimeRow {
  readonly bucket: number;
  readonly count: number;
  readonly totalDays: number;
  readonly minDays: number;
  readonly maxDays: number;
}

/**
 * Upper bounds in days of the solve-time buckets: ≤30, 31–90, 91–180, 181–365, more. Given to the query
 * as a parameter, so the buckets are declared only here.
 */
export const SOLVE_TIME_BOUNDS: readonly number[] = [30, 90, 180, 365];

export interface RegisterFigures {
  'needs-by-status': TallyRow;
  'needs-by-type': TallyRow;
  'needs-by-domain': EntityTallyRow;
  'needs-by-enterprise': EntityTallyRow;
  'needs-by-month': PeriodRow;
  'needs-by-year': PeriodRow;
  'engagements-by-type': TallyRow;
  'solve-times': SolveTimeRow;
}

export type RegisterFigureName = keyof RegisterFigures;
export type RegisterFigureRow<N extends RegisterFigureName> = RegisterFigures[N];

export const REGISTER_FIGURE_NAMES: readonly RegisterFigureName[] = [
  'needs-by-status',
  'needs-by-type',
  'needs-by-domain',
  'needs-by-enterprise',
  'needs-by-month',
  'needs-by-year',
  'engagements-by-type',
  'solve-times',
];

/** The store's register queries (part of GraphStore). */
export interface RegisterReads {
  /** Every need matching the filter, unordered (the caller sorts by the collation it wants). */
  matchNeeds(filter: NeedFilter): Promise<NeedMatch[]>;
  /** The rows of these needs, in the order given (ids that are no need are left out). */
  needRows(ids: readonly string[]): Promise<NeedRow[]>;
  /** Ids of the 对接 records matching the filter, newest first. */
  matchEngagements(filter: EngagementFilter): Promise<string[]>;
  /** The rows of these 对接 records, in the order given. */
  engagementRows(ids: readonly string[]): Promise<EngagementRow[]>;
  /** One of the dashboard's figures, computed in the database. */
  registerFigure<N extends RegisterFigureName>(
    name: N,
    scope: RegisterScope,
  ): Promise<Array<RegisterFigureRow<N>>>;
}
