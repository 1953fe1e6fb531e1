/**
 * The house plan's import rules (eslint.config.js) really refuse what they say: a module reaching past
 * the store's face, the model entered by path, an import pointing outward, the client importing server
 * code. Each deliberate violation below must fail lint; the same module done right must pass.
 */
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, filePath) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('the import rules', () => {
  it.each([
    [
      'a recommender module decoding stored rows itself',
      'server/src/match/x.ts',
      "import { decodeNode } from '../store/internal/record-codec.ts';\nvoid decodeNode;\n",
    ],
    [
      'an import module reaching for the contract file',
      'server/src/ingest/x.ts',
      "import type { GraphStore } from '../store/graph-store.ts';\nexport type S = GraphStore;\n",
    ],
    [
      'a test opening a backend by its file',
      'server/src/cli/x.test.ts',
      "import { createKuzuStore } from '../store/internal/kuzu/create-kuzu-store.ts';\nvoid createKuzuStore;\n",
    ],
    [
      'the store importing the recommender',
      'server/src/store/x.ts',
      "import { recommendPartners } from '../match/recommend-partners.ts';\nvoid recommendPartners;\n",
    ],
    [
      'search importing the API',
      'server/src/search/x.ts',
      "import { createResolvers } from '../api/create-resolvers.ts';\nvoid createResolvers;\n",
    ],
    [
      'a server module entering the model by path',
      'server/src/api/x.ts',
      "import { NODE_KINDS } from '../../../shared/model/node-kinds.ts';\nvoid NODE_KINDS;\n",
    ],
    [
      'the client importing server code',
      'client/src/x.ts',
      "import { SIGNAL_WEIGHTS } from '../../server/src/match/signal-weights.ts';\nvoid SIGNAL_WEIGHTS;\n",
    ],
    [
      'the model doing I/O',
      'shared/model/x.ts',
      "import { readFileSync } from 'node:fs';\nvoid readFileSync;\n",
    ],
  ])('refuse %s', async (_name, file, code) => {
    expect(await importErrors(file, code)).toHaveLength(1);
  });

  it.each([
    [
      'the store through its face',
      'server/src/match/x.ts',
      "import type { GraphStore } from '../store/index.ts';\nexport type S = GraphStore;\n",
    ],
    [
      'the model through its entry, in the client',
      'client/src/x.ts',
      "import { NODE_KINDS } from '#model';\nvoid NODE_KINDS;\n",
    ],
    [
      'the API using the recommender',
      'server/src/api/x.ts',
      "import { recommendPartners } from '../match/recommend-partners.ts';\nvoid recommendPartners;\n",
    ],
  ])('allow %s', async (_name, file, code) => {
    expect(await importErrors(file, code)).toEqual([]);
  });
});

async function sizeErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, filePath) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'max-lines' || message.ruleId === 'max-lines-per-function')
    .map((message) => String(message.ruleId));
}

/** A function of `lines` lines (its header and closing brace included). */
const functionOf = (lines: number) =>
  `export function f(): number {\n  let n = 0;\n${'  n += 1;\n'.repeat(lines - 4)}  return n;\n}\n`;

describe('the size rules', () => {
  it('refuse a function over 120 lines and a source file over 400, but not in a test', async () => {
    expect(await sizeErrors('server/src/match/x.ts', functionOf(121))).toEqual(['max-lines-per-function']);
    expect(await sizeErrors('server/src/match/x.ts', functionOf(120))).toEqual([]);
    const long = Array.from({ length: 401 }, (_, i) => `export const a${i} = ${i};\n`).join('');
    expect(await sizeErrors('client/src/x.ts', long)).toEqual(['max-lines']);
    expect(await sizeErrors('server/src/match/x.test.ts', functionOf(300))).toEqual([]);
  });
});
