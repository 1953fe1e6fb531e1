/**
 * A bounded, seeded property-based pass (fast-check) over what clients can send /graphql: documents
 * built from the schema's own fields with arguments of every type and size, documents with random
 * damage, random variables and random bodies. Whatever arrives, the answer is JSON with a known code
 * and never a 5xx, and the server answers normally afterwards.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededApp, type SeededApp } from '../../test-support/start-seeded-app.ts';
import { testBackends } from '../../test-support/test-backends.ts';

const KNOWN_CODES = new Set(['BAD_INPUT', 'NOT_FOUND', 'TOO_LARGE', 'FORBIDDEN']);
const SEED = 20261201;

const id = fc.constantFrom(
  '"enterprise:合益化工"',
  '"university:中国石油大学"',
  '"region:垦利区"',
  '"nope"',
  '""',
  '"enterprise:合益化工\\u0000"',
);
const text = fc.oneof(
  fc.constantFrom('"合益"', '"硼烷 医药中间体"', '"hyhg"', '"Ｈｅｙｉ"', '"中科院"', '""', '"%"'),
  fc.string({ maxLength: 12 }).map((value) => JSON.stringify(value)),
);
const int = fc
  .oneof(fc.integer({ min: -3, max: 30 }), fc.constantFrom(2147483647, -2147483648, 2001, 0))
  .map(String);
const kinds = fc.constantFrom('[Enterprise]', '[University, Specialist]', '[]', 'null');

/** Each root field with the arguments it declares (values of every size) and a selection it has. */
const FIELDS: Record<string, { args: Record<string, fc.Arbitrary<string>>; selection: string }> = {
  entity: { args: { id }, selection: '{ id name kind degree aliases }' },
  search: { args: { text, kinds, limit: int }, selection: '{ score matched entity { id name } }' },
  neighborhood: {
    args: { id, depth: int, kinds, limit: int },
    selection: '{ truncated nodes { id } edges { id kind } }',
  },
  paths: {
    args: { from: id, to: id, maxLength: int, limit: int },
    selection: '{ truncated paths { nodeIds length } }',
  },
  stats: { args: {}, selection: '{ nodeCount edgeCount backend }' },
  recommendPartners: {
    args: {
      enterpriseId: id,
      need: text,
      kinds,
      limit: int,
      includeExisting: fc.constantFrom('true', 'false'),
    },
    selection: '{ items { score entity { id } contributions { signal value } } }',
  },
  needGaps: { args: { regionId: id, limit: int }, selection: '{ need { id } invite { score } }' },
  overview: { args: { limit: int }, selection: '{ nodeCount brokers { degree } clusterCount }' },
};

const rootField = fc.constantFrom(...Object.keys(FIELDS)).chain((field) => {
  const spec = FIELDS[field]!;
  const names = Object.keys(spec.args);
  return fc
    .subarray(names)
    .chain((chosen) =>
      fc.tuple(...chosen.map((name) => spec.args[name]!.map((value) => `${name}: ${value}`))),
    )
    .map((args) => `${field}${args.length ? `(${args.join(', ')})` : ''} ${spec.selection}`);
});

const document = fc
  .tuple(
    fc.array(rootField, { minLength: 1, maxLength: 3 }),
    fc.option(fc.string({ maxLength: 6 }), { freq: 3 }),
    fc.nat(),
  )
  .map(([fields, damage, at]) => {
    const text = `{ ${fields.map((field, i) => `f${i}: ${field}`).join(' ')} }`;
    if (damage === null) return text;
    const cut = at % (text.length + 1);
    return text.slice(0, cut) + damage + text.slice(cut);
  });

const body = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .record({
        query: document,
        variables: fc.option(fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }))),
      })
      .map((value) => JSON.stringify(value)),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);

describe.each(testBackends())('GraphQL fuzzing on $name', (backend) => {
  let app: SeededApp;
  beforeAll(async () => {
    app = await startSeededApp(backend);
  });
  afterAll(async () => {
    await app.stop();
  });

  it('answers every generated request with JSON, a known code and no 5xx', { timeout: 60_000 }, async () => {
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(body, async (text) => {
        const response = await fetch(`${app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: text,
        });
        seen.set(response.status, (seen.get(response.status) ?? 0) + 1);
        expect(response.status).toBeLessThan(500);
        const answer = (await response.json()) as {
          data?: unknown;
          errors?: Array<{ extensions?: { code?: string } }>;
        };
        for (const error of answer.errors ?? []) expect(KNOWN_CODES).toContain(error.extensions?.code);
        if (response.status !== 200) expect(answer.errors?.length).toBeGreaterThan(0);
      }),
      { seed: SEED, numRuns: 800, interruptAfterTimeLimit: 15_000 },
    );
    // The pass reached the resolvers as well as the refusals.
    expect(seen.get(200) ?? 0).toBeGreaterThan(20);
    expect(seen.get(400) ?? 0).toBeGreaterThan(20);
    const alive = await app.graphql<{ stats: { nodeCount: number } }>('{ stats { nodeCount } }');
    expect(alive.data?.stats.nodeCount).toBeGreaterThan(40);
  });
});
