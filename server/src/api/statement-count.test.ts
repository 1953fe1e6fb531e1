/**
 * Every question the API answers costs a small, fixed number of store statements, whatever the size of
 * the graph and however many kinds it holds: the store is wrapped with a counter (onStatement) and each
 * query of the explorer is sent, one after another, through the real HTTP app on every backend. The
 * recommender's in-memory index of the graph is rebuilt by the first question after a write (two
 * statements, once per write); that is counted on its own, and the bounds are for every other question.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edgeRecord, nodeRecord } from '#model';
import { startSeededApp, type SeededApp } from '../../test-support/start-seeded-app.ts';
import { testBackends } from '../../test-support/test-backends.ts';
import { statementName } from '../store/index.ts';

const ENTITY = 'id kind kindLabel name nameEn aliases degree';
const EDGE = 'id kind kindLabel from to properties { key label value } sources { file row quote }';
const RECOMMENDATION = `score entity { ${ENTITY} } contributions { signal label value weight }
  evidence { signal label nodeIds edgeIds text }`;

/** The explorer's questions, with the most statements each may cost. */
const QUESTIONS: ReadonlyArray<{
  readonly name: string;
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  readonly bound: number;
}> = [
  {
    name: 'entity',
    query: `query ($id: ID!) { entity(id: $id) { ${ENTITY} description keywords properties { key value }
      stats { label value unit } sources { file row quote } } }`,
    variables: { id: 'enterprise:合益化工' },
    bound: 3,
  },
  {
    name: 'search (Chinese)',
    query: `query ($text: String!) { search(text: $text) { score matched entity { ${ENTITY} } } }`,
    variables: { text: '合益' },
    bound: 3,
  },
  {
    name: 'search (pinyin initials)',
    query: `query ($text: String!) { search(text: $text) { score matched entity { ${ENTITY} } } }`,
    variables: { text: 'hyhg' },
    bound: 3,
  },
  {
    name: 'search (a sentence, words matched loosely)',
    query: `query ($text: String!) { search(text: $text) { score matched entity { ${ENTITY} } } }`,
    variables: { text: '硼烷医药中间体的合作单位' },
    bound: 3,
  },
  {
    name: 'neighborhood depth 1',
    query: `query ($id: ID!) { neighborhood(id: $id, depth: 1) { truncated nodes { ${ENTITY} } edges { ${EDGE} } } }`,
    variables: { id: 'enterprise:合益化工' },
    bound: 3,
  },
  {
    name: 'neighborhood depth 2',
    query: `query ($id: ID!) { neighborhood(id: $id, depth: 2) { truncated nodes { ${ENTITY} } edges { ${EDGE} } } }`,
    variables: { id: 'enterprise:合益化工' },
    bound: 3,
  },
  {
    name: 'neighborhood depth 3, cut at 20',
    query: `query ($id: ID!) { neighborhood(id: $id, depth: 3, limit: 20) { truncated nodes { ${ENTITY} } edges { ${EDGE} } } }`,
    variables: { id: 'region:垦利区' },
    bound: 3,
  },
  {
    name: 'paths',
    query: `query ($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxLength: 4, limit: 3) {
      truncated paths { nodeIds edgeIds length } nodes { ${ENTITY} } edges { ${EDGE} } } }`,
    variables: { from: 'enterprise:汇东新能源', to: 'enterprise:合益化工' },
    bound: 3,
  },
  {
    name: 'stats',
    query: '{ stats { nodeCount edgeCount backend nodes { kind label count } edges { kind label count } } }',
    bound: 3,
  },
  {
    name: 'recommendPartners (enterprise)',
    query: `query ($id: ID) { recommendPartners(enterpriseId: $id) { enterprise { ${ENTITY} } fields { ${ENTITY} }
      items { ${RECOMMENDATION} } evidence { nodes { ${ENTITY} } edges { ${EDGE} } } } }`,
    variables: { id: 'enterprise:合益化工' },
    bound: 8,
  },
  {
    name: 'recommendPartners (need)',
    query: `query ($need: String) { recommendPartners(need: $need) { fields { ${ENTITY} }
      items { ${RECOMMENDATION} } evidence { nodes { ${ENTITY} } edges { ${EDGE} } } } }`,
    variables: { need: '硼烷 医药中间体' },
    bound: 8,
  },
  {
    name: 'recommendPartners (enterprise and need, partners included)',
    query: `query ($id: ID, $need: String) { recommendPartners(enterpriseId: $id, need: $need, includeExisting: true) {
      enterprise { ${ENTITY} } fields { ${ENTITY} } items { ${RECOMMENDATION} }
      evidence { nodes { ${ENTITY} } edges { ${EDGE} } } } }`,
    variables: { id: 'enterprise:汇东新能源', need: '针状焦 石油化工' },
    bound: 8,
  },
  {
    name: 'needGaps (two needs)',
    query: `query ($id: ID!) { needGaps(regionId: $id) { need { ${ENTITY} } enterprise { ${ENTITY} }
      bestLocal { ${RECOMMENDATION} } invite { ${RECOMMENDATION} } } }`,
    variables: { id: 'region:垦利区' },
    bound: 8,
  },
];

/** Two needs of the district's enterprises, so that needGaps has more than one question to answer. */
const NEEDS = {
  nodes: [
    nodeRecord('Need', 'need:硼烷提纯', '硼烷提纯', { keywords: ['硼烷', '医药中间体'] }),
    nodeRecord('Need', 'need:针状焦工艺', '针状焦工艺', { keywords: ['针状焦'] }),
  ],
  edges: [
    edgeRecord('HAS_NEED', 'enterprise:合益化工', 'need:硼烷提纯'),
    edgeRecord('HAS_NEED', 'enterprise:汇东新能源', 'need:针状焦工艺'),
  ],
};

describe.each(testBackends())('statements per GraphQL request on $name', (backend) => {
  let app: SeededApp;
  let counting = false;
  let statements: string[] = [];
  const counted: Array<{ question: string; statements: number; bound: number }> = [];

  beforeAll(async () => {
    app = await startSeededApp(backend, {
      onStatement: (text) => {
        if (counting) statements.push(text);
      },
    });
    await app.store.write(NEEDS);
  });
  afterAll(async () => {
    console.log(
      `statements per request on ${backend.name}:\n` +
        counted.map((row) => `  ${row.question}: ${row.statements} (at most ${row.bound})`).join('\n'),
    );
    await app?.stop();
  });

  async function count(query: string, variables?: Record<string, unknown>): Promise<string[]> {
    statements = [];
    counting = true;
    const body = await app.graphql(query, variables);
    counting = false;
    expect(body.errors).toBeUndefined();
    return statements;
  }

  it('reads the ranking model once, and the graph for ranking once per version of the graph', async () => {
    const recommend = QUESTIONS.find((q) => q.name === 'recommendPartners (enterprise)');
    if (!recommend) throw new Error('the enterprise question is missing');
    // By name, in name order: statements run side by side end in any order.
    const names = (texts: readonly string[]) => texts.map((text) => statementName(text) ?? text).sort();
    const wholeGraph = ['all-names', 'all-edge-outlines'];
    // The first question after a write rebuilds the in-memory index (every entity's kind, every
    // relationship's outline), shared by every later request; the model is read once at all.
    const first = names(await count(recommend.query, recommend.variables));
    expect(first).toEqual(expect.arrayContaining([...wholeGraph, 'setting']));
    const second = names(await count(recommend.query, recommend.variables));
    expect(second.filter((name) => [...wholeGraph, 'setting'].includes(name))).toEqual([]);
    await app.store.write({ nodes: [nodeRecord('Domain', 'domain:计数', '计数')], edges: [] });
    const afterWrite = names(await count(recommend.query, recommend.variables));
    expect(afterWrite).toEqual(expect.arrayContaining(wholeGraph));
    expect(afterWrite).not.toContain('setting');
    expect(names(await count(recommend.query, recommend.variables))).toEqual(second);
  });

  it.each(QUESTIONS)('answers $name within $bound statements', async ({ name, query, variables, bound }) => {
    const spent = await count(query, variables);
    counted.push({ question: name, statements: spent.length, bound });
    expect(spent.length, spent.join('\n---\n')).toBeLessThanOrEqual(bound);
  });
});
