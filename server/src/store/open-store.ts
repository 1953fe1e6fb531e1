/**
 * Chooses the backend from configuration: Neo4j when NEO4J_URI is set, otherwise the embedded
 * kuzu database under DATA_DIR.
 */
import { join } from 'node:path';
import type { Config } from '../config.ts';
import type { GraphStore } from './graph-store.ts';
import { createKuzuStore } from './internal/kuzu/create-kuzu-store.ts';
import { createNeo4jStore } from './internal/neo4j/create-neo4j-store.ts';

export async function openStore(config: Pick<Config, 'dataDir' | 'neo4j'>): Promise<GraphStore> {
  if (config.neo4j) return createNeo4jStore(config.neo4j);
  return createKuzuStore({ path: join(config.dataDir, 'graph.kuzu') });
}
