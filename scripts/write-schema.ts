/** Regenerates cypher/<backend>/schema.cypher from the domain declaration (`npm run schema:write`). */
import { writeFileSync } from 'node:fs';
import { cypherPath } from '../server/src/store/cypher-files.ts';
import { kuzuSchemaText } from '../server/src/store/kuzu/kuzu-schema.ts';
import { neo4jSchemaText } from '../server/src/store/neo4j/neo4j-schema.ts';

for (const [backend, text] of [
  ['kuzu', kuzuSchemaText()],
  ['neo4j', neo4jSchemaText()],
] as const) {
  writeFileSync(cypherPath(backend, 'schema'), text);
  console.log(`wrote ${cypherPath(backend, 'schema')}`);
}
