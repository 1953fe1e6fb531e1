/**
 * The GraphStore interface: everything the application asks of a graph database.
 * One implementation per backend (kuzu embedded, Neo4j server); all pass the same contract suite
 * (`define-store-contract.ts`). Inputs are already validated by the caller; stores never build
 * query text from values.
 */
import type {
  ChangeMeta,
  ChangeSet,
  ChangeSetSummary,
  GraphEdge,
  GraphNode,
  NodeKind,
  PropValue,
  RelKind,
  ReviewPair,
  ReviewStatus,
  SearchKeys,
  Subgraph,
} from '#model';
import type { FeatureParams, FeatureQueryName, FeatureRow } from './feature-queries.ts';
import type { RegisterReads } from './register-queries.ts';

export type Backend = 'kuzu' | 'neo4j';

export interface SearchCandidatesQuery {
  /** Normalised terms (see domain/normalize-name.ts); matched by substring against search keys. */
  readonly terms: readonly string[];
  /** `all`: every term must match; `any`: at least one. */
  readonly mode: 'all' | 'any';
  readonly kinds: readonly NodeKind[];
  readonly limit: number;
}

export interface NeighborhoodQuery {
  readonly id: string;
  readonly depth: number;
  /** Kinds of neighbour to include; the focus entity is always included. */
  readonly kinds: readonly NodeKind[];
  /** Maximum number of nodes, focus included. */
  readonly limit: number;
}

export interface PathsQuery {
  readonly from: string;
  readonly to: string;
  /** Longest path, in relationships. */
  readonly maxLength: number;
  /** How many paths at most, shortest first. */
  readonly limit: number;
}

/** A path as ids: nodes from start to end, and the relationships between them. */
export interface GraphPath {
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
}

export interface PathsResult {
  readonly paths: readonly GraphPath[];
  /** Every node and relationship on some path, ready to draw. */
  readonly subgraph: Subgraph;
  /** The degree of every node of the subgraph (read with it, so nobody need ask again). */
  readonly degrees: ReadonlyMap<string, number>;
}

/** Entities with the degree of each, read with them. */
export interface CountedNodes {
  readonly nodes: GraphNode[];
  readonly degrees: ReadonlyMap<string, number>;
}

/** A subgraph with the degree of each of its nodes, read with them. */
export type CountedSubgraph = Subgraph & { readonly degrees: ReadonlyMap<string, number> };

export interface KindCount<K extends string> {
  readonly kind: K;
  readonly count: number;
}

export interface GraphCounts {
  readonly nodes: ReadonlyArray<KindCount<NodeKind>>;
  readonly edges: ReadonlyArray<KindCount<RelKind>>;
}

/** A relationship as far as finding it goes: its id follows from kind and ends. */
export interface EdgeRef {
  readonly id: string;
  readonly kind: RelKind;
  readonly from: string;
  readonly to: string;
}

/**
 * Records to write together: all or nothing, recorded as one change set. Records are complete (not
 * patches). `nodes` and `edges` are upserted. `newNodes` and `newEdges` are records the caller knows do
 * not exist yet (an import's resolve step does): the store creates them on its fast path (bulk CREATE or
 * COPY) without looking each one up. A new node whose id is already taken fails the whole batch
 * (BAD_INPUT); a new edge between two entities that already existed is upserted all the same, so it is
 * never doubled. `deleteNodes` go with every relationship touching them; `deleteEdges` alone.
 */
export interface WriteBatch {
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  readonly newNodes?: readonly GraphNode[];
  readonly newEdges?: readonly GraphEdge[];
  readonly deleteNodes?: ReadonlyArray<{ readonly id: string; readonly kind: NodeKind }>;
  readonly deleteEdges?: readonly EdgeRef[];
  /** Review-queue pairs to upsert (proposed, or decided), and to remove (an undone proposal). */
  readonly reviewPairs?: readonly ReviewPair[];
  readonly deleteReviewPairs?: readonly string[];
  /**
   * What the write was decided on, checked in its transaction before anything is applied: when a record
   * no longer is as expected (another editor moved it meanwhile), the write is refused as CONFLICT and
   * nothing changes. Writers take turns on both backends, so the check holds until commit.
   */
  readonly expect?: WriteExpectations;
}

export interface WriteExpectations {
  /** Entities and the property values they must still have (null: must not have the property). */
  readonly nodes?: ReadonlyArray<{
    readonly id: string;
    readonly kind: NodeKind;
    readonly props: Readonly<Record<string, PropValue | null>>;
  }>;
  /** Entities that must still be exactly as read (an edit that rewrites the whole record). */
  readonly unchanged?: readonly GraphNode[];
  /** Relationships that must still be exactly as read. */
  readonly unchangedEdges?: readonly GraphEdge[];
  /** Review pairs and the status they must still have. */
  readonly reviewPairs?: ReadonlyArray<{ readonly id: string; readonly status: ReviewStatus }>;
}

/** Which review pairs to list: by status, kind or entity, in order of score (highest first). */
export interface ReviewPairQuery {
  readonly status?: ReviewStatus;
  readonly kind?: NodeKind;
  /** Pairs with this entity on either side. */
  readonly entityId?: string;
  readonly limit: number;
  readonly offset: number;
}

/** Which change sets to list: all filters optional, newest first. */
export interface ChangeSetQuery {
  /** Change sets that touched this entity or one of its relationships. */
  readonly entityId?: string;
  readonly editor?: string;
  /** ISO times, inclusive. */
  readonly since?: string;
  readonly until?: string;
  readonly limit: number;
  readonly offset: number;
}

/** A relationship as whole-graph summaries need it: id, ends, kind, and its `year` when that is an integer. */
export interface EdgeOutline {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly kind: RelKind;
  readonly year?: number;
}

/** What matching a name needs to know of an entity (imports match rows against every entity). */
export interface EntityName {
  readonly id: string;
  readonly kind: NodeKind;
  readonly name: string;
  readonly aliases: readonly string[];
}

/** Everything the application asks of a graph database; the need register's reads are register-queries.ts. */
export interface GraphStore extends RegisterReads {
  readonly backend: Backend;
  /**
   * How this store makes nodes' search keys. An import warms it with pinyin computed on a second
   * thread (ingest/pinyin-prefetch.ts) before it writes, and empties it afterwards.
   */
  readonly searchKeys: SearchKeys;
  getNodes(ids: readonly string[]): Promise<GraphNode[]>;
  /** The kind of each id that exists. */
  kindsOf(ids: readonly string[]): Promise<Map<string, NodeKind>>;
  /** Number of relationships touching each id (ids without any map to 0), kept at write time. */
  degrees(ids: readonly string[]): Promise<Map<string, number>>;
  /** The entities that exist, with their degrees, in one read: an entity's page asks for both. */
  countedNodes(ids: readonly string[]): Promise<CountedNodes>;
  /** Entities whose search keys hold the terms, with their degrees (read with them). */
  searchCandidates(query: SearchCandidatesQuery): Promise<CountedNodes>;
  /**
   * The entity and everything within `depth` hops, cut at `limit` nodes in one order on every backend
   * (nearer hops first, then relationship kind in declaration order, then relationship id).
   */
  neighborhood(query: NeighborhoodQuery): Promise<CountedSubgraph>;
  /** Up to `limit` shortest simple paths between two entities, ignoring direction. */
  paths(query: PathsQuery): Promise<PathsResult>;
  /**
   * Relationships of the given kinds touching any of the ids, at most `cap` each way
   * (`capped` says whether more existed). The building block of traversals such as recommendations.
   */
  edgesOf(
    ids: readonly string[],
    relKinds: readonly RelKind[],
    cap: number,
  ): Promise<{ edges: GraphEdge[]; capped: boolean }>;
  /**
   * One of the recommender's feature queries (feature-queries.ts): candidate generation and raw
   * features computed in the database, by the backend's own Cypher file of that name.
   */
  features<N extends FeatureQueryName>(name: N, params: FeatureParams<N>): Promise<Array<FeatureRow<N>>>;
  /** Edges whose two ends are both among the ids. */
  edgesAmong(ids: readonly string[]): Promise<GraphEdge[]>;
  counts(): Promise<GraphCounts>;
  /** The `limit` best-connected nodes, most relationships first, ties by id. */
  topByDegree(limit: number): Promise<Array<{ id: string; degree: number }>>;
  /** Both ends of every relationship (whole-graph summaries: components, clusters). */
  allEdgeEnds(): Promise<Array<{ from: string; to: string }>>;
  /** Every relationship's id, ends, kind and integer `year` property (absent otherwise), by id. */
  allEdgeOutlines(): Promise<EdgeOutline[]>;
  /**
   * A cheap token that changes whenever the graph changes (every write and undo records a change set in
   * its transaction): the newest change set and how many there are; '' for a store never written to.
   * Opaque: compare tokens for equality only.
   */
  graphVersion(): Promise<string>;
  /** A setting kept with the graph (opaque text, often JSON), or null when never saved. Not an entity. */
  setting(key: string): Promise<string | null>;
  /** Saves a setting, replacing any earlier value, atomically; not recorded as a change set. */
  saveSetting(key: string, value: string): Promise<void>;
  /** Id, kind, name and aliases of every entity, for matching imported names. */
  listNames(): Promise<EntityName[]>;
  /**
   * Writes in one transaction with its change set (who, when, what kind, each touched record before and
   * after); on any failure neither is written. Resolves with the change set, or null when nothing
   * changed (every record was already as given). Without `change`, the editor is "system".
   */
  write(batch: WriteBatch, change?: ChangeMeta): Promise<ChangeSetSummary | null>;
  /**
   * Restores every record a change set touched to its state before, in one transaction, recorded as a
   * change set of kind `undo`. Refuses with CONFLICT, naming the later change, when any of those records
   * is no longer as the change set left it; NOT_FOUND for an unknown id.
   */
  undoChangeSet(id: string, editor: string): Promise<ChangeSetSummary>;
  changeSets(query: ChangeSetQuery): Promise<{ items: ChangeSetSummary[]; total: number }>;
  /** One change set with its entries, or null. */
  changeSet(id: string): Promise<ChangeSet | null>;
  /** Review-queue pairs, highest score first, then by id. */
  reviewPairs(query: ReviewPairQuery): Promise<{ items: ReviewPair[]; total: number }>;
  /** The review pairs of these ids that exist, whatever their status. */
  reviewPairsById(ids: readonly string[]): Promise<ReviewPair[]>;
  close(): Promise<void>;
}
