/**
 * 机会 · Opportunities: partners suggested without being asked. For the enterprises in view (the map's layer),
 * each one's strongest partners it does not work with yet; for a region (the 对接 shortlist), the strongest
 * enterprise–institution pairs that do not exist yet, across all its enterprises, strongest first. Both ask
 * the recommender about every enterprise together (recommendMany: a fixed number of statements).
 */
import { AppError, type GraphNode, type NodeKind } from '#model';
import type { GraphStore } from '../../store/index.ts';
import { idHash } from '../learn/ranking-model.ts';
import {
  recommendMany,
  type Recommendation,
  type RecommendOptions,
  type RecommendResult,
} from '../recommend-partners.ts';
import { readRegionNeeds } from '../recommender-reads.ts';

/** Whom opportunities are about: institutions and experts, not other enterprises. */
export const OPPORTUNITY_KINDS: readonly NodeKind[] = ['University', 'Academician', 'Specialist', 'Platform'];
/** Enterprises asked about at once by the map's layer. */
export const MAX_SUGGESTED_ENTERPRISES = 30;
/** Enterprises of a region the shortlist considers (the best connected first). */
export const MAX_REGION_ENTERPRISES = 100;
/** Suggestions taken per enterprise into the region's shortlist. */
const PER_ENTERPRISE_IN_REGION = 3;

export interface SuggestedPair {
  readonly enterprise: GraphNode;
  readonly recommendation: Recommendation;
  /** The answer the suggestion came from (its evidence and degrees). */
  readonly answer: RecommendResult;
}

async function ask(
  store: GraphStore,
  enterpriseIds: readonly string[],
  perEnterprise: number,
  kinds: readonly NodeKind[],
  options: RecommendOptions,
): Promise<SuggestedPair[]> {
  const ids = [...new Set(enterpriseIds)].sort();
  const answers = await recommendMany(
    store,
    ids.map((enterpriseId) => ({ enterpriseId, kinds, limit: perEnterprise, includeExisting: false })),
    options,
  );
  return answers.flatMap((answer) =>
    answer.anchor
      ? answer.recommendations.map((recommendation) => ({
          enterprise: answer.anchor as GraphNode,
          recommendation,
          answer,
        }))
      : [],
  );
}

/** The map's layer: each given enterprise's strongest suggestions, in the order asked. */
export async function suggestPartners(
  store: GraphStore,
  enterpriseIds: readonly string[],
  perEnterprise: number,
  kinds: readonly NodeKind[] = OPPORTUNITY_KINDS,
  options: RecommendOptions = {},
): Promise<SuggestedPair[]> {
  if (enterpriseIds.length > MAX_SUGGESTED_ENTERPRISES)
    throw new AppError(
      'BAD_INPUT',
      `一次最多 ${MAX_SUGGESTED_ENTERPRISES} 家企业 / at most ${MAX_SUGGESTED_ENTERPRISES} enterprises at once`,
      { argument: 'enterpriseIds' },
    );
  if (enterpriseIds.length === 0) return [];
  return ask(store, enterpriseIds, perEnterprise, kinds, options);
}

/** Strongest first; equal scores in an order that favours no name (the ranking model's id hash). */
export function byStrength(a: SuggestedPair, b: SuggestedPair): number {
  return (
    b.recommendation.score - a.recommendation.score ||
    idHash(`${a.enterprise.id}|${a.recommendation.id}`) - idHash(`${b.enterprise.id}|${b.recommendation.id}`)
  );
}

/** The region's 对接 shortlist: the strongest pairs that do not exist yet, across its enterprises. */
export async function regionOpportunities(
  store: GraphStore,
  regionId: string,
  limit: number,
  kinds: readonly NodeKind[] = OPPORTUNITY_KINDS,
  options: RecommendOptions = {},
): Promise<SuggestedPair[]> {
  const { located } = await readRegionNeeds(store, regionId);
  const kindOf = await store.kindsOf([...new Set(located)]);
  const local = [...kindOf].filter(([, kind]) => kind === 'Enterprise').map(([id]) => id);
  const degrees = await store.degrees(local);
  const enterprises = local
    .sort((a, b) => (degrees.get(b) ?? 0) - (degrees.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, MAX_REGION_ENTERPRISES);
  if (enterprises.length === 0) return [];
  const pairs = await ask(store, enterprises, PER_ENTERPRISE_IN_REGION, kinds, options);
  return pairs.sort(byStrength).slice(0, limit);
}
