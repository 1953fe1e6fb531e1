/**
 * The store's public face, the only module the rest of the server imports: the GraphStore contract that
 * every backend keeps, the recommender's feature queries, and how to open a store. It speaks domain
 * records only; codecs, write plans, Cypher loading and the backends themselves live behind it in
 * `internal/` (a lint rule keeps them there).
 */
export type {
  Backend,
  ChangeSetQuery,
  CountedNodes,
  CountedSubgraph,
  EdgeOutline,
  EdgeRef,
  ReviewPairQuery,
  EntityName,
  GraphCounts,
  GraphPath,
  GraphStore,
  KindCount,
  NeighborhoodQuery,
  PathsQuery,
  PathsResult,
  SearchCandidatesQuery,
  WriteBatch,
  WriteExpectations,
} from './graph-store.ts';
export * from './feature-queries.ts';
export * from './register-queries.ts';
export { openStore } from './open-store.ts';
export { createKuzuStore, type KuzuStoreOptions } from './internal/kuzu/create-kuzu-store.ts';
export { createNeo4jStore, type Neo4jStoreOptions } from './internal/neo4j/create-neo4j-store.ts';
export { startNeo4j, type RunningNeo4j, type StartNeo4jOptions } from './internal/neo4j/start-neo4j.ts';
export { FAIL_POINT_ENV, failPointMessage, type FailPointName } from './internal/fail-point.ts';
export { schemaFiles, type SchemaFile } from './internal/schema-files.ts';
export { statementName } from './internal/cypher-files.ts';
