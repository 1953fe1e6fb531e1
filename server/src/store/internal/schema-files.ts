/**
 * Each backend's schema file (cypher/<backend>/schema.cypher) and the text the domain declaration says it
 * must hold, for `npm run schema:write` and the test that keeps the two equal.
 */
import type { Backend } from '../graph-store.ts';
import { cypherPath } from './cypher-files.ts';
import { kuzuSchemaText } from './kuzu/kuzu-schema.ts';
import { neo4jSchemaText } from './neo4j/neo4j-schema.ts';

export interface SchemaFile {
  readonly backend: Backend;
  readonly path: string;
  /** What the file must hold, generated from the domain declaration. */
  readonly text: string;
}

export function schemaFiles(): SchemaFile[] {
  return [
    { backend: 'kuzu', path: cypherPath('kuzu', 'schema'), text: kuzuSchemaText() },
    { backend: 'neo4j', path: cypherPath('neo4j', 'schema'), text: neo4jSchemaText() },
  ];
}
