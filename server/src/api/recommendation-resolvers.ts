/**
 * Resolvers for "who could help": recommendPartners (an enterprise, a need, or both) and a region's needGaps,
 * ranked with the graph's ranking model (learn/ranking-model-of.ts) and shaped by recommendation-view.ts.
 */
import type { NodeKind } from '#model';
import { rankingModelOf } from '../match/learn/ranking-model-of.ts';
import { needGaps } from '../match/need-gaps.ts';
import { candidateKinds, recommendPartners } from '../match/recommend-partners.ts';
import { checkLimit, checkText, MAX_RECOMMEND, MAX_TEXT } from './argument-checks.ts';
import { answerViews, primeDegrees } from './recommendation-view.ts';
import type { RequestContext } from './request-context.ts';
import { entityView } from './to-graphql.ts';

export function createRecommendationResolvers() {
  return {
    Query: {
      recommendPartners: async (
        _: unknown,
        args: {
          enterpriseId?: string | null;
          need?: string | null;
          kinds?: NodeKind[] | null;
          limit?: number | null;
          includeExisting?: boolean | null;
        },
        ctx: RequestContext,
      ) => {
        checkText(args.need, 'need', MAX_TEXT.need);
        checkText(args.enterpriseId, 'enterpriseId', MAX_TEXT.id);
        checkLimit(args.limit ?? 10, MAX_RECOMMEND, 'limit');
        const result = await recommendPartners(
          ctx.store,
          {
            ...(args.enterpriseId ? { enterpriseId: args.enterpriseId } : {}),
            ...(args.need ? { need: args.need } : {}),
            kinds: candidateKinds(args.kinds),
            limit: args.limit ?? 10,
            includeExisting: args.includeExisting ?? false,
          },
          { model: await rankingModelOf(ctx.store).current() },
        );
        primeDegrees(ctx, result.degrees);
        const { views, evidence } = answerViews(result, result.recommendations);
        return {
          enterprise: result.anchor ? entityView(result.anchor) : null,
          fields: result.fields.map(entityView),
          items: views,
          evidence,
        };
      },
      needGaps: async (
        _: unknown,
        args: { regionId: string; limit?: number | null },
        ctx: RequestContext,
      ) => {
        const limit = args.limit ?? 20;
        checkLimit(limit, 100, 'limit');
        const gaps = await needGaps(ctx.store, args.regionId, limit);
        return gaps.map((gap) => {
          primeDegrees(ctx, gap.answer.degrees);
          primeDegrees(ctx, gap.degrees);
          return {
            need: entityView(gap.need),
            enterprise: gap.enterprise ? entityView(gap.enterprise) : null,
            bestLocal: gap.bestLocal ? (answerViews(gap.answer, [gap.bestLocal]).views[0] ?? null) : null,
            invite: answerViews(gap.answer, gap.invite).views,
          };
        });
      },
    },
  };
}
