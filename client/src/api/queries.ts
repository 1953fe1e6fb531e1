// Typed query functions for the explorer: search, neighbourhood, paths, one entity, statistics, the overview
// and who could help (recommendPartners).
import type { NodeKind } from '#model';
import { graphqlRequest, type RequestOptions } from './graphql-request.ts';
import type { Depth } from '../view/view-state.ts';
import type { Entity, Overview, PathsAnswer, Recommendations, SearchHit, Stats, Subgraph } from './types.ts';

const SOURCE_FIELDS = 'file sheet row quote document';

const ENTITY_SUMMARY = /* GraphQL */ `
  fragment EntitySummary on Entity {
    id
    kind
    kindLabel
    name
    nameEn
    aliases
    degree
  }
`;

const ENTITY_DETAIL = /* GraphQL */ `
  fragment EntityDetail on Entity {
    ...EntitySummary
    description
    keywords
    properties { key label value }
    stats { label value unit asOf source { ${SOURCE_FIELDS} } }
    sources { ${SOURCE_FIELDS} }
  }
  ${ENTITY_SUMMARY}
`;

const EDGE_FIELDS = /* GraphQL */ `
  fragment EdgeFields on Edge {
    id
    kind
    kindLabel
    from
    to
    properties { key label value }
    sources { ${SOURCE_FIELDS} }
  }
`;

export const SEARCH_QUERY = /* GraphQL */ `
  query Search($text: String!, $kinds: [NodeKind!], $limit: Int) {
    search(text: $text, kinds: $kinds, limit: $limit) {
      score
      matched
      entity {
        ...EntitySummary
      }
    }
  }
  ${ENTITY_SUMMARY}
`;

export const NEIGHBORHOOD_QUERY = /* GraphQL */ `
  query Neighborhood($id: ID!, $depth: Int, $kinds: [NodeKind!], $limit: Int) {
    neighborhood(id: $id, depth: $depth, kinds: $kinds, limit: $limit) {
      truncated
      nodes {
        ...EntitySummary
      }
      edges {
        ...EdgeFields
      }
    }
  }
  ${ENTITY_SUMMARY}
  ${EDGE_FIELDS}
`;

export const ENTITY_QUERY = /* GraphQL */ `
  query Entity($id: ID!) {
    entity(id: $id) {
      ...EntityDetail
    }
  }
  ${ENTITY_DETAIL}
`;

export const STATS_QUERY = /* GraphQL */ `
  query Stats {
    stats {
      nodeCount
      edgeCount
      backend
      nodes {
        kind
        label
        count
      }
      edges {
        kind
        label
        count
      }
    }
  }
`;

export const PATHS_QUERY = /* GraphQL */ `
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
  ${ENTITY_SUMMARY}
  ${EDGE_FIELDS}
`;

export const OVERVIEW_QUERY = /* GraphQL */ `
  query Overview($limit: Int) {
    overview(limit: $limit) {
      nodeCount
      edgeCount
      clusterCount
      nodes {
        kind
        label
        count
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
  ${ENTITY_SUMMARY}
`;

export const RECOMMEND_QUERY = /* GraphQL */ `
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
        score
        entity {
          ...EntitySummary
        }
        contributions {
          signal
          label
          value
          weight
        }
        evidence {
          signal
          label
          nodeIds
          edgeIds
          text
        }
      }
      evidence {
        truncated
        nodes {
          ...EntitySummary
        }
        edges {
          ...EdgeFields
        }
      }
    }
  }
  ${ENTITY_SUMMARY}
  ${EDGE_FIELDS}
`;

export interface SearchOptions extends RequestOptions {
  readonly kinds?: readonly NodeKind[];
  readonly limit?: number;
}

export async function search(text: string, options: SearchOptions = {}): Promise<SearchHit[]> {
  const { kinds, limit = 10, ...request } = options;
  const data = await graphqlRequest<{ search: SearchHit[] }, Record<string, unknown>>(
    SEARCH_QUERY,
    { text, kinds: kinds ?? null, limit },
    request,
  );
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
  const data = await graphqlRequest<{ neighborhood: Subgraph }, Record<string, unknown>>(
    NEIGHBORHOOD_QUERY,
    { id, depth, kinds: kinds ?? null, limit },
    request,
  );
  return data.neighborhood;
}

export async function entity(id: string, options: RequestOptions = {}): Promise<Entity | null> {
  const data = await graphqlRequest<{ entity: Entity | null }, { id: string }>(ENTITY_QUERY, { id }, options);
  return data.entity;
}

export async function stats(options: RequestOptions = {}): Promise<Stats> {
  const data = await graphqlRequest<{ stats: Stats }>(STATS_QUERY, {}, options);
  return data.stats;
}

export interface PathsOptions extends RequestOptions {
  readonly maxLength?: number;
  readonly limit?: number;
}

export async function paths(from: string, to: string, options: PathsOptions = {}): Promise<PathsAnswer> {
  const { maxLength = 4, limit = 3, ...request } = options;
  const data = await graphqlRequest<{ paths: PathsAnswer }, Record<string, unknown>>(
    PATHS_QUERY,
    { from, to, maxLength, limit },
    request,
  );
  return data.paths;
}

export async function overview(
  options: RequestOptions & { readonly limit?: number } = {},
): Promise<Overview> {
  const { limit = 8, ...request } = options;
  const data = await graphqlRequest<{ overview: Overview }, { limit: number }>(
    OVERVIEW_QUERY,
    { limit },
    request,
  );
  return data.overview;
}

export interface RecommendQuery {
  readonly enterpriseId?: string | null;
  readonly need?: string | null;
  readonly kinds?: readonly NodeKind[];
  readonly limit?: number;
  readonly includeExisting?: boolean;
}

/** 谁能帮助 · Who could help: ranked candidates for an enterprise and/or a typed need, with evidence. */
export async function recommendPartners(
  query: RecommendQuery,
  options: RequestOptions = {},
): Promise<Recommendations> {
  const data = await graphqlRequest<{ recommendPartners: Recommendations }, Record<string, unknown>>(
    RECOMMEND_QUERY,
    {
      enterpriseId: query.enterpriseId ?? null,
      need: query.need ?? null,
      kinds: query.kinds ?? null,
      limit: query.limit ?? 10,
      includeExisting: query.includeExisting ?? false,
    },
    options,
  );
  return data.recommendPartners;
}
