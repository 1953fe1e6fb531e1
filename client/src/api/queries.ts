// Typed query functions for the explorer: search, neighbourhood, one entity and the overview statistics.
import type { NodeKind } from '../../../server/src/domain/node-kinds.ts';
import { graphqlRequest, type RequestOptions } from './graphql-request.ts';
import type { Entity, SearchHit, Stats, Subgraph } from './types.ts';

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

export type Depth = 1 | 2;

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
