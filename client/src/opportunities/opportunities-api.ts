// 机会 · Opportunities: the requests, each a typed document (codegen.ts types them) — the suggested partners of
// the enterprises in view (the map's layer), the region's 对接 shortlist, the ranking model in use, and an
// editor's refit of it on the graph's own history.
import { graphql } from '../api/generated/gql.ts';
import type {
  FitRankingModelMutation,
  OpportunitiesQuery,
  RankingModelQuery,
  SuggestedPartnersQuery,
} from '../api/generated/graphql.ts';
import { graphqlRequest, type RequestOptions } from '../api/graphql-request.ts';

export const SUGGESTED_PARTNERS_QUERY = graphql(`
  query SuggestedPartners($enterpriseIds: [ID!]!, $perEnterprise: Int) {
    suggestedPartners(enterpriseIds: $enterpriseIds, perEnterprise: $perEnterprise) {
      items {
        ...SuggestionFields
      }
      evidence {
        ...SubgraphFields
      }
    }
  }
`);

export const OPPORTUNITIES_QUERY = graphql(`
  query Opportunities($regionId: ID!, $limit: Int) {
    opportunities(regionId: $regionId, limit: $limit) {
      items {
        ...SuggestionFields
      }
      evidence {
        ...SubgraphFields
      }
    }
  }
`);

export const RANKING_MODEL_FIELDS = graphql(`
  fragment RankingModelFields on RankingModel {
    origin
    fittedAt
    split
    heldOut
    kept
    note
    fitted {
      hitAt5
      hitAt10
      mrr
      queries
    }
    defaults {
      hitAt5
      hitAt10
      mrr
      queries
    }
    weights {
      feature
      signal
      label
      weight
    }
  }
`);

export const RANKING_MODEL_QUERY = graphql(`
  query RankingModel {
    rankingModel {
      ...RankingModelFields
    }
  }
`);

export const FIT_RANKING_MODEL_MUTATION = graphql(`
  mutation FitRankingModel {
    fitRankingModel {
      ...RankingModelFields
    }
  }
`);

export type Suggestions = SuggestedPartnersQuery['suggestedPartners'];
export type Suggestion = Suggestions['items'][number];
export type RankingModelInfo = RankingModelQuery['rankingModel'];

export async function suggestedPartners(
  enterpriseIds: readonly string[],
  perEnterprise: number,
  options: RequestOptions = {},
): Promise<Suggestions> {
  const data = await graphqlRequest(
    SUGGESTED_PARTNERS_QUERY,
    { enterpriseIds: [...enterpriseIds], perEnterprise },
    options,
  );
  return data.suggestedPartners;
}

export async function opportunities(
  regionId: string,
  limit: number,
  options: RequestOptions = {},
): Promise<OpportunitiesQuery['opportunities']> {
  const data = await graphqlRequest(OPPORTUNITIES_QUERY, { regionId, limit }, options);
  return data.opportunities;
}

export async function rankingModel(options: RequestOptions = {}): Promise<RankingModelInfo> {
  return (await graphqlRequest(RANKING_MODEL_QUERY, {}, options)).rankingModel;
}

export async function fitRankingModel(
  options: RequestOptions = {},
): Promise<FitRankingModelMutation['fitRankingModel']> {
  return (await graphqlRequest(FIT_RANKING_MODEL_MUTATION, {}, options)).fitRankingModel;
}
