/**
 * The recommender's ranking computed on the split's training graph in memory (extract-features.ts and the
 * model), top 50: what the store-backed recommender is checked against, and what the ablation and the
 * cross-generator fits score without a database.
 */
import { extractFeatures } from '../learn/extract-features.ts';
import { indexGraph } from '../learn/graph-index.ts';
import { rankByModel } from '../learn/ranking-model.ts';
import type { RecommenderUnderTest } from './evaluate-network.ts';

export const inMemoryRecommender: RecommenderUnderTest = async (split, kinds) => {
  const index = indexGraph(split.train);
  const cache = new Map<string, ReturnType<typeof extractFeatures>>();
  return {
    rank: async (enterprise, model) => {
      const candidates = cache.get(enterprise) ?? extractFeatures(index, { enterprise, kinds });
      cache.set(enterprise, candidates);
      return rankByModel(model.weights, candidates).slice(0, 50);
    },
    close: async () => undefined,
  };
};
