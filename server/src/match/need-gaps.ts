/**
 * 科技招商, whom to invite: for a region's enterprise needs, those with no strong local candidate, and the
 * outside institutions and people that would fill them best. The region's needs in one read, then every
 * need's recommendation together (recommendMany): a fixed number of statements however many needs.
 */
import type { GraphNode, NodeKind } from '#model';
import type { GraphStore } from '../store/index.ts';
import { byId } from './reach.ts';
import { readRegionNeeds } from './recommender-reads.ts';
import { recommendMany, type RecommendResult, type Recommendation } from './recommend-partners.ts';

/** A local candidate at or above this score counts as able to meet the need. */
export const STRONG_CANDIDATE = 0.3;
const HELPER_KINDS: readonly NodeKind[] = ['University', 'Academician', 'Specialist', 'Platform'];

export interface NeedGap {
  readonly need: GraphNode;
  readonly enterprise: GraphNode | null;
  readonly bestLocal: Recommendation | null;
  readonly invite: readonly Recommendation[];
  /** The recommendation the gap was read from (evidence and degrees, for showing it). */
  readonly answer: RecommendResult;
  /** The degrees of the need and its enterprise. */
  readonly degrees: ReadonlyMap<string, number>;
}

export async function needGaps(store: GraphStore, regionId: string, limit: number): Promise<NeedGap[]> {
  const { regions, located, needs, degrees } = await readRegionNeeds(store, regionId);
  const inRegion = new Set(regions);
  const localIds = new Set(located);
  const ordered = [...needs].sort(
    (a, b) => byId(a.need.id, b.need.id) || byId(a.enterprise.id, b.enterprise.id),
  );
  const answers = await recommendMany(
    store,
    ordered.map(({ need, enterprise }) => ({
      enterpriseId: enterprise.id,
      need: [need.name, need.description ?? '', ...need.keywords].join(' ').slice(0, 200),
      kinds: HELPER_KINDS,
      limit: 20,
      includeExisting: true,
    })),
    // A need is asked about by its words; the ranking model learnt cooperations, not needs.
    { model: null },
  );
  const gaps: NeedGap[] = [];
  ordered.forEach(({ need, enterprise }, index) => {
    const answer = answers[index];
    if (!answer || gaps.length >= limit) return;
    // Local: LOCATED_IN the region (or one inside it), or WORKS_AT something located there.
    const isLocal = (item: Recommendation) =>
      item.whereabouts.some(
        (edge) => inRegion.has(edge.to) || (edge.kind === 'WORKS_AT' && localIds.has(edge.to)),
      );
    const local = answer.recommendations.filter(isLocal);
    const bestLocal = local[0] ?? null;
    if (bestLocal && bestLocal.score >= STRONG_CANDIDATE) return;
    gaps.push({
      need,
      enterprise,
      bestLocal,
      invite: answer.recommendations.filter((item) => !isLocal(item)).slice(0, 5),
      answer,
      degrees,
    });
  });
  return gaps;
}
