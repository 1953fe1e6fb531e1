/** Regenerates cypher/<backend>/schema.cypher from the domain declaration (`npm run schema:write`). */
import { writeFileSync } from 'node:fs';
import { schemaFiles } from '../server/src/store/index.ts';

for (const file of schemaFiles()) {
  writeFileSync(file.path, file.text);
  console.log(`wrote ${file.path}`);
}
