// The answers the explorer works with, named for what they are to it. Each is a type codegen generated from
// the schema and the client's operations (queries.ts, fragments.ts), never a hand-kept copy.
import type {
  EdgeFieldsFragment,
  EntityDetailFragment,
  EntitySummaryFragment,
  NeighborhoodQuery,
  OverviewQuery,
  PathsQuery,
  RecommendPartnersQuery,
  SearchQuery,
  StatsQuery,
} from './generated/graphql.ts';

/** What the graph needs to draw an entity. */
export type EntitySummary = EntitySummaryFragment;
/** Everything the side panel shows about an entity. */
export type Entity = EntityDetailFragment;
export type Edge = EdgeFieldsFragment;
/** A kind-specific property (of an entity or a relationship). */
export type Property = Edge['properties'][number];
/** Where a fact came from. */
export type Source = Edge['sources'][number];
export type Statistic = Entity['stats'][number];
/** Entities and relationships ready to draw: a neighbourhood, or the evidence of a recommendation. */
export type Subgraph = NeighborhoodQuery['neighborhood'];
export type SearchHit = SearchQuery['search'][number];
export type Stats = StatsQuery['stats'];
export type PathsAnswer = PathsQuery['paths'];
export type Overview = OverviewQuery['overview'];
/** 谁能帮助 · Who could help: the answer of recommendPartners. */
export type Recommendations = RecommendPartnersQuery['recommendPartners'];
export type Recommendation = Recommendations['items'][number];
export type SignalContribution = Recommendation['contributions'][number];
