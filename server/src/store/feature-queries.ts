/**
 * The recommender's feature queries: everything a recommendation reads, in a fixed handful of statements
 * whatever the question and however many questions are asked together (a region's needs), each computed
 * by one Cypher file per backend (cypher/<backend>/<name>.cypher). Their parameters and rows are declared
 * here once; scoring them is the shared, pure TypeScript of server/src/match.
 *
 * Questions asked together are told apart by a `key`. Relationships travel as kind and ends (their id
 * follows from those, model/records.ts); weights as integers (thousandths), so sums agree exactly on
 * every backend.
 */
import type { GraphEdge, GraphNode, NodeKind, RelKind } from '#model';

/** A relationship as kind and ends, its id derived from them. */
export interface LinkRef {
  readonly id: string;
  readonly kind: RelKind;
  readonly from: string;
  readonly to: string;
}

/** One step of a walk from an anchor: the relationship taken and the entity reached. */
export interface Step {
  readonly link: LinkRef;
  readonly id: string;
  readonly kind: NodeKind;
}

/** An anchor enterprise, its degree, its relationships and, from each neighbour, one step further. */
export interface AnchorContext {
  readonly node: GraphNode;
  readonly degree: number;
  /** Every relationship of the anchor, with the entity at its other end. */
  readonly links: readonly Step[];
  /**
   * From neighbours other than fields and programmes, every relationship one step further (`from` the
   * neighbour's id), the walk back to the anchor included.
   */
  readonly beyond: ReadonlyArray<Step & { readonly via: string }>;
}

/** A field of the hierarchy: its names, its search keys and its broader field. */
export interface FieldRow {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly searchText: string;
  readonly parent?: string;
}

/** A candidate whose search keys contain some of the questions' words. */
export interface TextRow {
  readonly id: string;
  readonly kind: NodeKind;
  readonly searchText: string;
}

/** A candidate IN_DOMAIN some of a question's fields: their weights summed, and the fields. */
export interface FieldSignalRow {
  readonly key: string;
  readonly id: string;
  readonly kind: NodeKind;
  readonly total: number;
  readonly fields: readonly string[];
}

/** A candidate and the enterprises of a field that COOPERATE_WITH it. */
export interface HelpedRow {
  readonly id: string;
  readonly kind: NodeKind;
  readonly field: string;
  readonly helpers: readonly string[];
}

/** A candidate that PARTICIPATES_IN a project IN_DOMAIN a field. */
export interface FieldViaProject {
  readonly field: string;
  readonly project: string;
  readonly id: string;
  readonly kind: NodeKind;
}

/** An enterprise on a project IN_DOMAIN a field, and someone it COOPERATES_WITH. */
export interface HelpedViaProject {
  readonly field: string;
  readonly project: string;
  readonly helper: string;
  readonly id: string;
  readonly kind: NodeKind;
}

/** Someone an agency cooperates with or advises. */
export interface BureauRow {
  readonly agency: string;
  readonly link: LinkRef;
  readonly id: string;
  readonly kind: NodeKind;
}

/** The small signals, read together: through projects, and the district bureaus' partners. */
export interface ProjectSignals {
  readonly fieldVia: readonly FieldViaProject[];
  readonly helpedVia: readonly HelpedViaProject[];
  readonly bureau: readonly BureauRow[];
}

/** An entity an answer shows: its record, derived counts and every relationship leaving it. */
export interface CandidateFacts {
  readonly node: GraphNode;
  readonly degree: number;
  /** Relationships of cooperation, projects, programmes, hosting and advice, either way. */
  readonly record: number;
  readonly out: ReadonlyArray<GraphEdge & { readonly toKind: NodeKind }>;
}

/** A region's needs: the regions inside it, what is located there, and each need with its enterprise. */
export interface RegionNeeds {
  readonly regions: readonly string[];
  /** Entities LOCATED_IN the region or a region inside it. */
  readonly located: readonly string[];
  readonly needs: ReadonlyArray<{ readonly need: GraphNode; readonly enterprise: GraphNode }>;
  /** The degree of every need and enterprise listed. */
  readonly degrees: ReadonlyMap<string, number>;
}

interface Query<P, R> {
  readonly params: P;
  readonly row: R;
}

/** Candidate kinds are written into the queries as labels (declared kinds only). */
interface Kinds {
  readonly kinds: readonly NodeKind[];
}

export interface FeatureQueries {
  /** The anchors that are enterprises, with their surroundings (one row per anchor found). */
  'anchor-contexts': Query<{ ids: readonly string[] }, AnchorContext>;
  /** The whole field hierarchy. */
  'domain-tree': Query<Record<string, never>, FieldRow>;
  /** Candidates of the kinds whose search keys contain any of the terms. */
  'text-candidates': Query<Kinds & { terms: readonly string[] }, TextRow>;
  'field-signals': Query<
    Kinds & {
      fields: ReadonlyArray<{ key: string; anchor: string; id: string; weight: number }>;
    },
    FieldSignalRow
  >;
  /** For the given fields of every question together. */
  'helped-signals': Query<Kinds & { fields: readonly string[] }, HelpedRow>;
  /** One row, for the given fields and agencies of every question together. */
  'project-signals': Query<
    Kinds & { weighted: readonly string[]; similar: readonly string[]; agencies: readonly string[] },
    ProjectSignals
  >;
  /**
   * The entities with these ids that exist. Give their kinds: the embedded store reads each kind's
   * relationships apart, and an entity of unknown kind comes back without its relationships there.
   */
  'candidate-facts': Query<
    { refs: ReadonlyArray<{ id: string; kind?: NodeKind | undefined }> },
    CandidateFacts
  >;
  /** One row, or none when there is no such region. */
  'region-needs': Query<{ id: string }, RegionNeeds>;
}

export type FeatureQueryName = keyof FeatureQueries;
export type FeatureParams<N extends FeatureQueryName> = FeatureQueries[N]['params'];
export type FeatureRow<N extends FeatureQueryName> = FeatureQueries[N]['row'];

export const FEATURE_QUERY_NAMES: readonly FeatureQueryName[] = [
  'anchor-contexts',
  'domain-tree',
  'text-candidates',
  'field-signals',
  'helped-signals',
  'project-signals',
  'candidate-facts',
  'region-needs',
];
