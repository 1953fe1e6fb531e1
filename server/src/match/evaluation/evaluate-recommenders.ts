/**
 * Runs the recommender (through a real store) and the baselines on one split and returns their
 * metrics side by side: same queries, same candidate pool, same exclusions.
 */
import type { NodeKind } from '#model';
import type { GraphStore } from '../../store/index.ts';
import { recommendPartners } from '../recommend-partners.ts';
import { baselines } from './baselines.ts';
import type { Split } from './hide-links.ts';
import { rankingMetrics, type Metrics, type QueryOutcome } from './ranking-metrics.ts';

export const HELPER_KINDS: readonly NodeKind[] = ['University', 'Academician', 'Specialist', 'Platform'];

export async function evaluateRecommenders(
  store: GraphStore,
  split: Split,
  seed: number,
): Promise<Array<{ method: string; metrics: Metrics }>> {
  const kinds = new Set<NodeKind>(HELPER_KINDS);
  const pool = split.train.nodes.filter((node) => kinds.has(node.kind)).map((node) => node.id);
  const partners = new Map<string, Set<string>>();
  for (const edge of split.train.edges) {
    if (edge.kind !== 'COOPERATES_WITH') continue;
    const set = partners.get(edge.from) ?? new Set<string>();
    set.add(edge.to);
    partners.set(edge.from, set);
  }
  const queries = [...split.hidden.keys()].sort();
  const rankers = baselines(split.train, seed);
  const outcomes: Record<string, QueryOutcome[]> = { recommender: [] };
  for (const name of Object.keys(rankers)) outcomes[name] = [];

  for (const enterprise of queries) {
    const relevant = split.hidden.get(enterprise) ?? new Set<string>();
    const known = partners.get(enterprise) ?? new Set<string>();
    const candidates = pool.filter((id) => !known.has(id));
    const answer = await recommendPartners(store, {
      enterpriseId: enterprise,
      kinds: HELPER_KINDS,
      limit: 50,
      includeExisting: false,
    });
    outcomes.recommender?.push({ ranked: answer.recommendations.map((item) => item.id), relevant });
    for (const [name, rank] of Object.entries(rankers))
      outcomes[name]?.push({ ranked: rank(enterprise, candidates), relevant });
  }
  return Object.entries(outcomes).map(([method, list]) => ({ method, metrics: rankingMetrics(list) }));
}
