/** Regenerates cypher/kuzu/schema.cypher from the domain declaration (`npm run schema:write`). */
import { writeFileSync } from 'node:fs';
import { cypherPath } from '../server/src/store/cypher-files.ts';
import { kuzuSchemaText } from '../server/src/store/kuzu/kuzu-schema.ts';

writeFileSync(cypherPath('kuzu', 'schema'), kuzuSchemaText());
console.log(`wrote ${cypherPath('kuzu', 'schema')}`);
