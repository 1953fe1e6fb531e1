/**
 * Each backend's schema file (cypher/<backend>/schema.cypher), and kuzu's column files, with the text the
 * domain declaration says they must hold, for `npm run schema:write` and the test that keeps them equal.
 */
import type { Backend } from '../graph-store.ts';
import { cypherPath } from './cypher-files.ts';
import { columnFileName, kindsWithColumns, kuzuColumnFileText } from './kuzu/kuzu-columns.ts';
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
    ...kindsWithColumns().map((kind): SchemaFile => ({
      backend: 'kuzu',
      path: cypherPath('kuzu', columnFileName(kind)),
      text: kuzuColumnFileText(kind),
    })),
  ];
}
