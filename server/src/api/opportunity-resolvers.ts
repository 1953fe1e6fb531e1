/**
 * Resolvers for opportunities (机会): the map layer's suggested partners for the enterprises in view, the
 * region's 对接 shortlist, and the ranking model they are ranked by, with its refit for editors. Each
 * suggestion is shaped like a recommendation (recommendation-view.ts), its evidence drawn from its answer.
 */
import { AppError, type NodeKind } from '#model';
import { rankingModelOf } from '../match/learn/ranking-model-of.ts';
import type { StoredRankingModel } from '../match/learn/ranking-model-keeper.ts';
import { FEATURES, FEATURE_LABELS, SIGNAL_OF } from '../match/learn/ranking-features.ts';
import type { RankingModel } from '../match/learn/ranking-model.ts';
import {
  OPPORTUNITY_KINDS,
  regionOpportunities,
  suggestPartners,
  type SuggestedPair,
} from '../match/opportunities/suggest-partners.ts';
import { candidateKinds } from '../match/recommend-partners.ts';
import { answerViews, primeDegrees } from './recommendation-view.ts';
import { requireEditorName } from './request-auth.ts';
import type { RequestContext } from './request-context.ts';
import { entityView } from './to-graphql.ts';

const MAX_PER_ENTERPRISE = 5;
const MAX_OPPORTUNITIES = 100;

function checkRange(value: number, max: number, argument: string): void {
  if (!Number.isInteger(value) || value < 1 || value > max)
    throw new AppError(
      'BAD_INPUT',
      `${argument} 必须在 1 到 ${max} 之间 / ${argument} must be between 1 and ${max}`,
      {
        argument,
      },
    );
}

function suggestionsView(pairs: readonly SuggestedPair[], ctx: RequestContext) {
  const nodes = new Map<string, ReturnType<typeof entityView>>();
  const edges = new Map<string, unknown>();
  const items = pairs.map((pair) => {
    primeDegrees(ctx, pair.answer.degrees);
    const { views, evidence } = answerViews(pair.answer, [pair.recommendation]);
    for (const node of evidence.nodes) nodes.set(node.id, node);
    for (const edge of evidence.edges) edges.set(edge.id, edge);
    return { enterprise: entityView(pair.enterprise), recommendation: views[0] };
  });
  return { items, evidence: { nodes: [...nodes.values()], edges: [...edges.values()], truncated: false } };
}

function kindsOf(kinds: readonly NodeKind[] | null | undefined): readonly NodeKind[] {
  return kinds && kinds.length > 0 ? candidateKinds(kinds) : OPPORTUNITY_KINDS;
}

export function rankingModelView(model: RankingModel, stored: StoredRankingModel | null) {
  const report = stored?.model.report;
  return {
    origin: model.origin,
    weights: FEATURES.map((feature) => ({
      feature,
      signal: SIGNAL_OF[feature],
      label: `${FEATURE_LABELS[feature].zh} ${FEATURE_LABELS[feature].en}`,
      weight: model.weights[feature],
    })),
    calibrationSlope: model.calibration.slope,
    calibrationIntercept: model.calibration.intercept,
    fittedAt: report?.fittedAt ?? stored?.savedAt ?? null,
    split: report?.split ?? null,
    heldOut: report?.heldOut ?? null,
    fitted: report?.fitted ?? null,
    defaults: report?.defaults ?? null,
    kept: report ? report.kept : null,
    note: stored?.note ?? null,
  };
}

export function createOpportunityResolvers() {
  return {
    Query: {
      suggestedPartners: async (
        _: unknown,
        args: { enterpriseIds: string[]; perEnterprise?: number | null; kinds?: NodeKind[] | null },
        ctx: RequestContext,
      ) => {
        const perEnterprise = args.perEnterprise ?? 2;
        checkRange(perEnterprise, MAX_PER_ENTERPRISE, 'perEnterprise');
        const model = await rankingModelOf(ctx.store).current();
        const pairs = await suggestPartners(
          ctx.store,
          args.enterpriseIds,
          perEnterprise,
          kindsOf(args.kinds),
          {
            model,
          },
        );
        return suggestionsView(pairs, ctx);
      },
      opportunities: async (
        _: unknown,
        args: { regionId: string; limit?: number | null; kinds?: NodeKind[] | null },
        ctx: RequestContext,
      ) => {
        const limit = args.limit ?? 30;
        checkRange(limit, MAX_OPPORTUNITIES, 'limit');
        const model = await rankingModelOf(ctx.store).current();
        const pairs = await regionOpportunities(ctx.store, args.regionId, limit, kindsOf(args.kinds), {
          model,
        });
        return suggestionsView(pairs, ctx);
      },
      rankingModel: async (_: unknown, __: unknown, ctx: RequestContext) => {
        const keeper = rankingModelOf(ctx.store);
        return rankingModelView(await keeper.current(), await keeper.stored());
      },
    },
    Mutation: {
      fitRankingModel: async (_: unknown, __: unknown, ctx: RequestContext) => {
        requireEditorName(ctx.auth);
        const keeper = rankingModelOf(ctx.store);
        const stored = await keeper.fit();
        return rankingModelView(await keeper.current(), stored);
      },
    },
  };
}
