/**
 * Resolvers for the 1+N need register (server/src/register): the register's table, one need, 对接
 * records, the dashboard and the 招商 list for everyone; recording needs, moving them along the lifecycle
 * and recording 对接 for signed-in editors only (FORBIDDEN otherwise), each a change set under their name.
 */
import { AppError, ENGAGEMENT_TYPES, NEED_STATUSES, NEED_TYPES, type NeedStatus } from '#model';
import { changeNeedStatus, type StatusChange } from '../register/change-need-status.ts';
import { entityOfKind } from '../register/entity-of-kind.ts';
import { invitationList } from '../register/invitation-list.ts';
import { listEngagements, listNeeds, type NeedSort } from '../register/list-needs.ts';
import { needDashboard } from '../register/need-dashboard.ts';
import { recordEngagement, type EngagementInput } from '../register/record-engagement.ts';
import { recordNeed, type NeedInput } from '../register/record-need.ts';
import { statusHistory } from '../register/status-history.ts';
import type { EngagementFilter, GraphStore, NeedFilter } from '../store/index.ts';
import { changeSetView } from './change-set-view.ts';
import { recommendationViews } from './recommendation-view.ts';
import { engagementView, needView, type NeedView } from './register-view.ts';
import { requireEditorName } from './request-auth.ts';
import type { RequestContext } from './request-context.ts';
import { entityView } from './to-graphql.ts';

const MAX_PAGE = 100;
const MAX_TEXT = 200;

function page(first: number | null | undefined, offset: number | null | undefined, fallback = 50) {
  const limit = first ?? fallback;
  if (limit < 1 || limit > MAX_PAGE)
    throw new AppError(
      'BAD_INPUT',
      `first 必须在 1 到 ${MAX_PAGE} 之间 / first must be between 1 and ${MAX_PAGE}`,
      {
        argument: 'first',
      },
    );
  const skip = offset ?? 0;
  if (skip < 0)
    throw new AppError('BAD_INPUT', 'offset 不能为负 / offset must not be negative', { argument: 'offset' });
  return { limit, offset: skip };
}

/** Values of a declared list, or BAD_INPUT naming the allowed ones. */
function declared<T extends string>(
  values: readonly string[] | null | undefined,
  allowed: readonly T[],
  argument: string,
) {
  if (!values) return undefined;
  for (const value of values)
    if (!(allowed as readonly string[]).includes(value))
      throw new AppError(
        'BAD_INPUT',
        `“${value}”不是允许的值，可选：${allowed.join('、')} / “${value}” is not allowed; allowed: ${allowed.join(', ')}`,
        { argument },
      );
  return values as T[];
}

function needFilter(filter: GraphqlNeedFilter | null | undefined): NeedFilter {
  if (!filter) return {};
  const statuses = declared<NeedStatus>(filter.statuses, NEED_STATUSES, 'filter.statuses');
  const needTypes = declared(filter.needTypes, NEED_TYPES, 'filter.needTypes');
  return {
    ...(statuses ? { statuses } : {}),
    ...(needTypes ? { needTypes } : {}),
    ...(filter.domainId ? { domainId: filter.domainId } : {}),
    ...(filter.enterpriseId ? { enterpriseId: filter.enterpriseId } : {}),
    ...(filter.follower ? { follower: filter.follower } : {}),
    ...(filter.regionId ? { regionId: filter.regionId } : {}),
  };
}

interface GraphqlNeedFilter {
  readonly statuses?: string[] | null;
  readonly needTypes?: string[] | null;
  readonly domainId?: string | null;
  readonly enterpriseId?: string | null;
  readonly follower?: string | null;
  readonly regionId?: string | null;
}

export interface EngagementArgs {
  readonly partyId?: string | null;
  readonly activityId?: string | null;
  readonly activityType?: string | null;
  readonly since?: string | null;
  readonly until?: string | null;
  readonly regionId?: string | null;
  readonly first?: number | null;
  readonly offset?: number | null;
}

export function engagementFilter(args: EngagementArgs): EngagementFilter {
  declared(args.activityType ? [args.activityType] : null, ENGAGEMENT_TYPES, 'activityType');
  for (const [key, value] of [
    ['since', args.since],
    ['until', args.until],
  ] as const)
    if (value && !/^\d{4}(-\d{2}(-\d{2})?)?$/u.test(value))
      throw new AppError('BAD_INPUT', `${key} 请写作 YYYY-MM-DD / write ${key} as YYYY-MM-DD`, {
        argument: key,
      });
  return {
    ...(args.partyId ? { partyId: args.partyId } : {}),
    ...(args.activityId ? { activityId: args.activityId } : {}),
    ...(args.activityType ? { activityType: args.activityType } : {}),
    ...(args.since ? { since: args.since } : {}),
    // A month or a year given as the end means all of it.
    ...(args.until ? { until: args.until.length < 10 ? `${args.until}-99` : args.until } : {}),
    ...(args.regionId ? { regionId: args.regionId } : {}),
  };
}

async function oneNeed(store: GraphStore, id: string): Promise<NeedView | null> {
  const [row] = await store.needRows([id]);
  return row ? needView(row) : null;
}

export function createRegisterResolvers() {
  return {
    Query: {
      needs: async (
        _: unknown,
        args: {
          filter?: GraphqlNeedFilter | null;
          text?: string | null;
          sort?: NeedSort | null;
          descending?: boolean | null;
          first?: number | null;
          offset?: number | null;
        },
        ctx: RequestContext,
      ) => {
        if (args.text && args.text.length > MAX_TEXT)
          throw new AppError(
            'TOO_LARGE',
            `text 最长 ${MAX_TEXT} 个字符 / text is at most ${MAX_TEXT} characters`,
            {
              argument: 'text',
            },
          );
        const result = await listNeeds(ctx.store, {
          filter: needFilter(args.filter),
          text: args.text ?? null,
          sort: args.sort ?? 'raisedOn',
          descending: args.descending ?? true,
          ...page(args.first, args.offset),
        });
        return { items: result.items.map(needView), total: result.total };
      },
      need: (_: unknown, args: { id: string }, ctx: RequestContext) => oneNeed(ctx.store, args.id),
      engagements: async (_: unknown, args: EngagementArgs, ctx: RequestContext) => {
        const { limit, offset } = page(args.first, args.offset);
        const result = await listEngagements(ctx.store, engagementFilter(args), limit, offset);
        return { items: result.items.map(engagementView), total: result.total };
      },
      needDashboard: async (_: unknown, args: { regionId?: string | null }, ctx: RequestContext) => {
        const region = args.regionId
          ? await entityOfKind(ctx.store, args.regionId, 'Region', 'regionId')
          : null;
        return {
          region: region ? entityView(region) : null,
          ...(await needDashboard(ctx.store, region ? { regionId: region.id } : {})),
        };
      },
      invitations: async (
        _: unknown,
        args: { regionId: string; limit?: number | null },
        ctx: RequestContext,
      ) => {
        const { limit } = page(args.limit, 0, 20);
        const groups = await invitationList(ctx.store, args.regionId, limit);
        return Promise.all(
          groups.map(async (group) => ({
            domain: group.domain && { ...group.domain, kind: 'Domain' },
            invitations: await Promise.all(
              group.invitations.map(async ({ row, gap }) => {
                const best = gap.bestLocal ? await recommendationViews(ctx.store, [gap.bestLocal]) : null;
                const invite = await recommendationViews(ctx.store, gap.invite);
                return {
                  need: needView(row),
                  bestLocal: best?.views[0] ?? null,
                  invite: invite.views,
                  evidence: invite.evidence,
                };
              }),
            ),
          })),
        );
      },
    },
    Mutation: {
      recordNeed: async (_: unknown, args: { input: NeedInput }, ctx: RequestContext) => {
        const editor = requireEditorName(ctx.auth);
        const result = await recordNeed(ctx.store, editor, args.input);
        return {
          need: await oneNeed(ctx.store, result.need.id),
          changeSet: result.changeSet ? changeSetView(result.changeSet) : null,
        };
      },
      changeNeedStatus: async (_: unknown, args: StatusChange, ctx: RequestContext) => {
        const editor = requireEditorName(ctx.auth);
        const result = await changeNeedStatus(ctx.store, editor, args);
        return {
          need: await oneNeed(ctx.store, result.need.id),
          changeSet: result.changeSet ? changeSetView(result.changeSet) : null,
        };
      },
      recordEngagement: async (_: unknown, args: { input: EngagementInput }, ctx: RequestContext) => {
        const editor = requireEditorName(ctx.auth);
        const result = await recordEngagement(ctx.store, editor, args.input);
        const [row] = await ctx.store.engagementRows([result.engagement.id]);
        return {
          engagement: row ? engagementView(row) : null,
          changeSet: result.changeSet ? changeSetView(result.changeSet) : null,
        };
      },
    },
    NeedRecord: {
      engagements: async (need: NeedView, args: { first?: number | null }, ctx: RequestContext) => {
        const { limit } = page(args.first, 0, 20);
        return (await listEngagements(ctx.store, { partyId: need.id }, limit, 0)).items.map(engagementView);
      },
      statusHistory: (need: NeedView, args: { first?: number | null }, ctx: RequestContext) =>
        statusHistory(ctx.store, need.id, page(args.first, 0, 20).limit),
    },
  };
}
