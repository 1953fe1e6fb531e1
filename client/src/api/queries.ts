// The explorer's reads, each a typed document (codegen types them; see codegen.ts) and a function that asks it:
// search, neighbourhood, paths, one entity, statistics, the overview and who could help (recommendPartners).
import type { NodeKind } from '#model';
import type { Depth } from '../view/view-state.ts';
import type {
  Entity,
  Overview,
  PathsAnswer,
  Recommendations,
  SearchHit,
  Stats,
  Subgraph,
} from './answers.ts';
import { graphql } from './generated/gql.ts';
import type { RecommendPartnersQueryVariables } from './generated/graphql.ts';
import { graphqlRequest, type RequestOptions } from './graphql-request.ts';

export const SEARCH_QUERY = graphql(`
  query Search($text: String!, $kinds: [NodeKind!], $limit: Int) {
    search(text: $text, kinds: $kinds, limit: $limit) {
      score
      matched
      entity {
        ...EntitySummary
      }
    }
  }
`);

export const NEIGHBORHOOD_QUERY = graphql(`
  query Neighborhood($id: ID!, $depth: Int, $kinds: [NodeKind!], $limit: Int) {
    neighborhood(id: $id, depth: $depth, kinds: $kinds, limit: $limit) {
      ...SubgraphFields
    }
  }
`);

export const ENTITY_QUERY = graphql(`
  query Entity($id: ID!) {
    entity(id: $id) {
      ...EntityDetail
    }
  }
`);

export const STATS_QUERY = graphql(`
  query Stats {
    stats {
      nodeCount
      edgeCount
      backend
      nodes {
        ...KindCountFields
      }
      edges {
        ...KindCountFields
      }
    }
  }
`);

export const PATHS_QUERY = graphql(`
  query Paths($from: ID!, $to: ID!, $maxLength: Int, $limit: Int) {
    paths(from: $from, to: $to, maxLength: $maxLength, limit: $limit) {
      truncated
      paths {
        nodeIds
        edgeIds
        length
      }
      nodes {
        ...EntitySummary
      }
      edges {
        ...EdgeFields
      }
    }
  }
`);

export const OVERVIEW_QUERY = graphql(`
  query Overview($limit: Int) {
    overview(limit: $limit) {
      nodeCount
      edgeCount
      clusterCount
      nodes {
        ...KindCountFields
      }
      brokers {
        degree
        entity {
          ...EntitySummary
        }
      }
      clusters {
        size
        edgeCount
        label {
          ...EntitySummary
        }
      }
    }
  }
`);

export const RECOMMEND_QUERY = graphql(`
  query RecommendPartners(
    $enterpriseId: ID
    $need: String
    $kinds: [NodeKind!]
    $limit: Int
    $includeExisting: Boolean
  ) {
    recommendPartners(
      enterpriseId: $enterpriseId
      need: $need
      kinds: $kinds
      limit: $limit
      includeExisting: $includeExisting
    ) {
      enterprise {
        ...EntitySummary
      }
      fields {
        ...EntitySummary
      }
      items {
        ...RecommendationFields
      }
      evidence {
        ...SubgraphFields
      }
    }
  }
`);

export interface SearchOptions extends RequestOptions {
  readonly kinds?: readonly NodeKind[];
  readonly limit?: number;
}

export async function search(text: string, options: SearchOptions = {}): Promise<readonly SearchHit[]> {
  const { kinds, limit = 10, ...request } = options;
  const data = await graphqlRequest(SEARCH_QUERY, { text, kinds: kinds ?? null, limit }, request);
  return data.search;
}

export type { Depth };

export interface NeighborhoodOptions extends RequestOptions {
  readonly depth?: Depth;
  readonly kinds?: readonly NodeKind[];
  readonly limit?: number;
}

export async function neighborhood(id: string, options: NeighborhoodOptions = {}): Promise<Subgraph> {
  const { depth = 1, kinds, limit = 150, ...request } = options;
  const data = await graphqlRequest(NEIGHBORHOOD_QUERY, { id, depth, kinds: kinds ?? null, limit }, request);
  return data.neighborhood;
}

export async function entity(id: string, options: RequestOptions = {}): Promise<Entity | null> {
  const data = await graphqlRequest(ENTITY_QUERY, { id }, options);
  return data.entity ?? null;
}

export async function stats(options: RequestOptions = {}): Promise<Stats> {
  const data = await graphqlRequest(STATS_QUERY, {}, options);
  return data.stats;
}

export interface PathsOptions extends RequestOptions {
  readonly maxLength?: number;
  readonly limit?: number;
}

export async function paths(from: string, to: string, options: PathsOptions = {}): Promise<PathsAnswer> {
  const { maxLength = 4, limit = 3, ...request } = options;
  const data = await graphqlRequest(PATHS_QUERY, { from, to, maxLength, limit }, request);
  return data.paths;
}

export async function overview(
  options: RequestOptions & { readonly limit?: number } = {},
): Promise<Overview> {
  const { limit = 8, ...request } = options;
  const data = await graphqlRequest(OVERVIEW_QUERY, { limit }, request);
  return data.overview;
}

/** The question: an enterprise and/or a need, which kinds, how many, whether current partners count. */
export type RecommendQuery = RecommendPartnersQueryVariables;

/** 谁能帮助 · Who could help: ranked candidates for an enterprise and/or a typed need, with evidence. */
export async function recommendPartners(
  query: RecommendQuery,
  options: RequestOptions = {},
): Promise<Recommendations> {
  const variables = {
    enterpriseId: query.enterpriseId ?? null,
    need: query.need ?? null,
    kinds: query.kinds ?? null,
    limit: query.limit ?? 10,
    includeExisting: query.includeExisting ?? false,
  };
  const data = await graphqlRequest(RECOMMEND_QUERY, variables, options);
  return data.recommendPartners;
}
