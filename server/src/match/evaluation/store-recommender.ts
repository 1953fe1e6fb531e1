/**
 * The recommender as the app runs it: the split's training graph written into a real embedded store
 * (in memory), and each query answered by recommendPartners with the model under test, top 50, exactly as
 * `recommendPartners(enterpriseId, kinds, limit: 50)` answers through GraphQL.
 */
import { createKuzuStore } from '../../store/index.ts';
import { recommendPartners } from '../recommend-partners.ts';
import type { RecommenderUnderTest } from './evaluate-network.ts';

export const storeRecommender: RecommenderUnderTest = async (split, kinds) => {
  const store = await createKuzuStore({ path: ':memory:', bufferPoolBytes: 1024 ** 3 });
  await store.write({ nodes: [], edges: [], newNodes: split.train.nodes, newEdges: split.train.edges });
  return {
    rank: async (enterprise, model) => {
      const answer = await recommendPartners(
        store,
        { enterpriseId: enterprise, kinds, limit: 50, includeExisting: false },
        { model },
      );
      return answer.recommendations.map((item) => item.id);
    },
    close: () => store.close(),
  };
};
