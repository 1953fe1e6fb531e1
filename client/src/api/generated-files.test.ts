// Fails while the committed generated types are stale: runs GraphQL Code Generator in memory (codegen.ts, on the
// server's schema and the client's documents) and compares every file with the one on disk.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config, { GENERATED_DIR } from '../../../codegen.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
/** What generate() returns for each file when told not to write. */
interface Output {
  readonly filename: string;
  readonly content: string;
}

const STALE = 'stale: run `npm run codegen` and commit client/src/api/generated/';

describe('the generated client types', () => {
  it('are what codegen writes now from the schema and the client documents', async () => {
    const outputs = (await generate({ ...config, cwd: root, silent: true }, false)) as Output[];
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const onDisk = readFileSync(join(root, output.filename), 'utf8');
      expect(onDisk, `${output.filename} is ${STALE}`).toBe(output.content);
    }
    const written = outputs.map((output) => output.filename.replace(GENERATED_DIR, '')).sort();
    const present = readdirSync(join(root, GENERATED_DIR)).filter((name) => name.endsWith('.ts'));
    expect(present.sort(), `a file no longer generated is left in ${GENERATED_DIR}`).toEqual(written);
  });
});
