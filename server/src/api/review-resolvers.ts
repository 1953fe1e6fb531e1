/**
 * Resolvers for the review queue (待确认): the pairs with their evidence, merging, keeping apart, scanning.
 * Reading is open; deciding needs an editor and is a change set under their name.
 */
import { AppError, REVIEW_STATUS_SPECS, type ReviewStatus } from '#model';
import { keepApart, mergePair, reviewPairs, scanDuplicates, type PairView } from '../review/review-queue.ts';
import { changeSetView } from './change-set-view.ts';
import { requireEditorName } from './request-auth.ts';
import type { RequestContext } from './request-context.ts';
import { entityView } from './to-graphql.ts';

const MAX_PAGE = 100;

async function pairView(view: PairView, ctx: RequestContext) {
  const names = new Map((await ctx.store.getNodes(view.shared)).map((node) => [node.id, node.name]));
  return {
    ...view.pair,
    statusLabel: REVIEW_STATUS_SPECS[view.pair.status].zh,
    decidedBy: view.pair.decidedBy || null,
    decidedAt: view.pair.decidedAt || null,
    reasons: view.pair.reasons.map((reason) => ({
      code: reason.code,
      weight: reason.weight,
      label: `${reason.zh} / ${reason.en}`,
    })),
    a: view.a ? entityView(view.a) : null,
    b: view.b ? entityView(view.b) : null,
    shared: view.shared.map((id) => names.get(id) ?? id),
  };
}

export function createReviewResolvers() {
  return {
    Query: {
      reviewPairs: async (
        _: unknown,
        args: { status?: ReviewStatus | null; first?: number | null; offset?: number | null },
        ctx: RequestContext,
      ) => {
        const limit = args.first ?? 20;
        if (limit < 1 || limit > MAX_PAGE)
          throw new AppError(
            'BAD_INPUT',
            `first 必须在 1 到 ${MAX_PAGE} 之间 / first must be between 1 and ${MAX_PAGE}`,
            { argument: 'first' },
          );
        const page = await reviewPairs(ctx.store, {
          status: args.status ?? 'open',
          limit,
          offset: Math.max(0, args.offset ?? 0),
        });
        return { items: await Promise.all(page.items.map((view) => pairView(view, ctx))), total: page.total };
      },
    },
    Mutation: {
      mergePair: async (_: unknown, args: { id: string; keepId: string }, ctx: RequestContext) => {
        const result = await mergePair(ctx.store, requireEditorName(ctx.auth), args.id, args.keepId);
        return {
          kept: entityView(result.kept),
          changeSet: result.changeSet ? changeSetView(result.changeSet) : null,
        };
      },
      keepApart: async (_: unknown, args: { id: string }, ctx: RequestContext) =>
        changeSetView(await keepApart(ctx.store, requireEditorName(ctx.auth), args.id)),
      scanDuplicates: async (_: unknown, __: unknown, ctx: RequestContext) => {
        const result = await scanDuplicates(ctx.store, requireEditorName(ctx.auth));
        return { added: result.added, changeSet: result.changeSet ? changeSetView(result.changeSet) : null };
      },
    },
  };
}
