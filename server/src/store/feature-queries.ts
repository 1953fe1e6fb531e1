/**
 * The recommender's feature queries: candidate generation and raw features, computed in the store by
 * one Cypher file per query per backend (cypher/<backend>/<name>.cypher). Their parameters and rows are
 * declared here once; scoring them is the shared, pure TypeScript of server/src/match.
 *
 * Rows carry node ids only: a relationship's id is derived from its kind and ends (domain/records.ts),
 * so evidence paths are rebuilt without moving strings around in the database, where it is slowest.
 * Weights travel as integers (thousandths), so sums agree exactly on every backend.
 */
import type { GraphNode, NodeKind, RelKind } from '#model';

/** An id with an integer weight in thousandths (1000 = full strength). */
export interface WeightedId {
  readonly id: string;
  readonly weight: number;
}

/** A candidate found through fields: how strongly, and through which of the given fields. */
export interface FieldCandidateRow {
  readonly id: string;
  readonly kind: NodeKind;
  /** Sum of the weights of the fields it is linked to (the order of the shortlist). */
  readonly total: number;
  /** The given fields it is linked to (through a project, for the via-projects query). */
  readonly fields: readonly string[];
  /** For the via-projects query: the project behind each of `fields`, side by side. */
  readonly projects?: readonly string[];
}

/** A candidate that enterprises in a field already cooperate with. */
export interface HelpedRow {
  readonly id: string;
  readonly kind: NodeKind;
  readonly field: string;
  /** How many enterprises of that field cooperate with it. */
  readonly helped: number;
  /** One of them (the smallest id), for the evidence path. */
  readonly example: string;
  /** For the via-projects query: the project in the field they work on. */
  readonly project?: string;
}

/** A relationship between a given node and a candidate (its direction is the query's). */
export interface LinkRow {
  readonly from: string;
  readonly id: string;
  readonly kind: NodeKind;
  readonly rel: RelKind;
}

/** A candidate, its track record and where it is. */
export interface CandidateFacts {
  readonly node: GraphNode;
  /** Relationships of cooperation, projects, programmes, hosting and advice, either way. */
  readonly record: number;
  /** Which of the given places it is LOCATED_IN or ADVISES (科技特派员), and how. */
  readonly places: ReadonlyArray<{ readonly place: string; readonly rel: RelKind }>;
}

/** An entity met on the way, with the kind it was met as (the store groups such lists by kind). */
export interface KnownEntity {
  readonly id: string;
  readonly kind: NodeKind;
}

/** A relationship of one entity: the other end, its kind, and the relationship's kind. */
export interface EntityLinkRow {
  readonly id: string;
  readonly kind: NodeKind;
  readonly rel: RelKind;
}

interface Query<P, R> {
  readonly params: P;
  readonly row: R;
}

/**
 * The candidates wanted. Their kinds, like the given nodes' kind and the relationship kinds, are
 * written into the query as labels (declared kinds only), because kuzu reads every table for a
 * filter on label() or a list of ids of unknown kind.
 */
interface CandidateScope {
  readonly anchor: string;
  readonly kinds: readonly NodeKind[];
  readonly limit: number;
}

/** Given nodes of any kinds; the store runs the query once per kind, labelled by it. */
interface GivenNodes {
  readonly given: readonly KnownEntity[];
}

type Neighbours = CandidateScope & GivenNodes & { rels: readonly RelKind[] };

/** One entity of a known kind. */
interface OneEntity {
  readonly kind: NodeKind;
  readonly id: string;
}

export interface FeatureQueries {
  /** The entity, if it exists and is of the kind. */
  entity: Query<OneEntity, GraphNode>;
  /** Every relationship leaving the entity. */
  'entity-links-out': Query<OneEntity, EntityLinkRow>;
  /** Every relationship arriving at the entity. */
  'entity-links-in': Query<OneEntity, EntityLinkRow>;
  /** Candidates of the given kinds IN_DOMAIN any of the fields. */
  'field-candidates': Query<CandidateScope & { fields: readonly WeightedId[] }, FieldCandidateRow>;
  /** Candidates that PARTICIPATE_IN projects IN_DOMAIN any of the fields. */
  'field-candidates-via-projects': Query<
    CandidateScope & { fields: readonly WeightedId[] },
    FieldCandidateRow
  >;
  /** Candidates that enterprises IN_DOMAIN the fields (other than the anchor) COOPERATE_WITH. */
  'similar-helped': Query<CandidateScope & { fields: readonly string[] }, HelpedRow>;
  /** As similar-helped, for enterprises that PARTICIPATE_IN projects IN_DOMAIN the fields. */
  'similar-helped-via-projects': Query<CandidateScope & { fields: readonly string[] }, HelpedRow>;
  /** Candidates the given nodes point at, through relationships of the given kinds. */
  'neighbours-out': Query<Neighbours, LinkRow>;
  /** Candidates pointing at the given nodes, through relationships of the given kinds. */
  'neighbours-in': Query<Neighbours, LinkRow>;
  /** The given candidates, their track record and which of the places they are in or serve. */
  'candidate-facts': Query<GivenNodes & { places: readonly string[] }, CandidateFacts>;
}

export type FeatureQueryName = keyof FeatureQueries;
export type FeatureParams<N extends FeatureQueryName> = FeatureQueries[N]['params'];
export type FeatureRow<N extends FeatureQueryName> = FeatureQueries[N]['row'];

export const FEATURE_QUERY_NAMES: readonly FeatureQueryName[] = [
  'entity',
  'entity-links-out',
  'entity-links-in',
  'field-candidates',
  'field-candidates-via-projects',
  'similar-helped',
  'similar-helped-via-projects',
  'neighbours-out',
  'neighbours-in',
  'candidate-facts',
];
