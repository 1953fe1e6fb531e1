/**
 * The server as an attacker finds it, over real HTTP on every backend under test: malformed request
 * targets and escapes, garbage and oversized requests, bodies of every wrong shape, batching, CSRF-shaped
 * posts, wrong methods, deep, aliased and costly queries, huge limits. Each answer is a 4xx with a code,
 * within a time and memory bound, and the server still answers afterwards.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { rawRequest } from '../../test-support/raw-http.ts';
import { oneSheetWorkbook } from '../../test-support/xlsx-bombs.ts';
import { templateBytes } from '../cli/write-template.ts';
import { startSeededApp, type SeededApp } from '../../test-support/start-seeded-app.ts';
import { testBackends } from '../../test-support/test-backends.ts';

const KEY = 'hostile-suite-key';

interface Answer {
  status: number;
  code: string | undefined;
  message: string;
  headers: Headers;
}

async function call(url: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(url, init);
  const text = await response.text();
  let code: string | undefined;
  let message = text;
  try {
    const body = JSON.parse(text) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
    code = body.errors?.[0]?.extensions?.code;
    message = body.errors?.[0]?.message ?? text;
  } catch {
    // not JSON: the static client
  }
  return { status: response.status, code, message, headers: response.headers };
}

const json = { 'content-type': 'application/json' };
/** Twelve two-hop neighbourhoods with their nodes' sources: far over the cost limit. */
const COSTLY_FIELDS = Array.from(
  { length: 12 },
  (_, i) => `n${i}: neighborhood(id: "enterprise:合益化工", depth: 2) { nodes { id name sources { file } } }`,
).join(' ');
const COSTLY = `{ ${COSTLY_FIELDS} }`;
const post = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { ...json, ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

/** Runs a case and checks it stayed within a time and memory bound. */
async function bounded<T>(work: () => Promise<T>, limits = { ms: 5_000, mb: 200 }): Promise<T> {
  const rss = process.memoryUsage().rss;
  const start = performance.now();
  const result = await work();
  expect(performance.now() - start).toBeLessThan(limits.ms);
  expect((process.memoryUsage().rss - rss) / 2 ** 20).toBeLessThan(limits.mb);
  return result;
}

/** Log lines the app wrote, parsed. */
function memoryLogger() {
  const lines: Array<{ level: number; msg: string }> = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

describe.each(testBackends())('hostile input on $name', (backend) => {
  let app: SeededApp;
  let gql: string;
  const log = memoryLogger();

  beforeAll(async () => {
    app = await startSeededApp(backend, { editorKeys: [KEY], logger: log.logger, introspection: false });
    gql = `${app.url}/graphql`;
  });
  afterAll(async () => {
    await app.stop();
  });

  async function expectAlive(): Promise<void> {
    const answer = await call(gql, post({ query: '{ __typename }' }));
    expect(answer.status).toBe(200);
  }

  it.each([
    ['an absolute-form target with a broken host', 'GET http://[ HTTP/1.1'],
    ['an absolute-form target with a broken port', 'GET http://localhost:99999999/ HTTP/1.1'],
    ['a target of bare percent signs', 'GET /%%% HTTP/1.1'],
    ['an absolute-form /graphql target with a broken host', 'POST http://[::1/graphql HTTP/1.1'],
  ])('answers %s with 400 and keeps serving', async (_name, line) => {
    const answer = await bounded(() =>
      rawRequest(app.url, `${line}\r\nHost: localhost\r\nConnection: close\r\n\r\n`),
    );
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('BAD_INPUT');
    await expectAlive();
  });

  it('answers a static path with a broken percent escape with 400', async () => {
    const answer = await bounded(() => call(`${app.url}/%E0%A4%A`));
    expect([answer.status, answer.code]).toEqual([400, 'BAD_INPUT']);
    await expectAlive();
  });

  it('answers bytes that are not HTTP with 400 and oversized headers with 431', async () => {
    const garbage = await bounded(() => rawRequest(app.url, '\x16\x03\x01\x02\x00garbage\r\n\r\n'));
    expect(garbage.status).toBe(400);
    const huge = await bounded(() =>
      rawRequest(app.url, `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(100_000)}\r\n\r\n`),
    );
    expect(huge.status).toBe(431);
    await expectAlive();
  });

  it.each([
    ['text that is not JSON', '{"query": '],
    ['JSON null', 'null'],
    ['a number for query', { query: 123 }],
    ['a string for variables', { query: '{ __typename }', variables: 'x' }],
    ['a number for operationName', { query: '{ __typename }', operationName: 5 }],
    ['an empty query', { query: '  ' }],
    ['a syntax error', { query: '{ __typename ' }],
    ['an unknown field', { query: '{ nope }' }],
    [
      'a variable of the wrong type',
      { query: 'query($id: ID!) { entity(id: $id) { id } }', variables: { id: {} } },
    ],
    ['a batch of two operations', [{ query: '{ __typename }' }, { query: '{ __typename }' }]],
  ])('refuses %s as BAD_INPUT with 400', async (_name, body) => {
    const answer = await bounded(() => call(gql, post(body)));
    expect([answer.status, answer.code]).toEqual([400, 'BAD_INPUT']);
    expect(answer.message).toMatch(/[\u4e00-\u9fff]/u);
    await expectAlive();
  });

  it('refuses cross-site-shaped requests as FORBIDDEN and other methods with 405', async () => {
    const plain = await call(gql, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect([plain.status, plain.code]).toEqual([403, 'FORBIDDEN']);
    const form = await call(gql, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query=%7B__typename%7D',
    });
    expect([form.status, form.code]).toEqual([403, 'FORBIDDEN']);
    const get = await call(`${gql}?query=${encodeURIComponent('{ __typename }')}`);
    expect([get.status, get.code]).toEqual([403, 'FORBIDDEN']);
    const preflighted = await call(`${gql}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(preflighted.status).toBe(200);
    const put = await call(gql, { ...post({ query: '{ __typename }' }), method: 'PUT' });
    expect([put.status, put.code]).toEqual([405, 'BAD_INPUT']);
    expect(put.headers.get('allow')).toBe('GET, POST');
    await expectAlive();
  });

  it('refuses a body over 1 MB without a valid editor key before reading it, whatever key it claims', async () => {
    const big = JSON.stringify({ query: '{ __typename }', variables: { x: 'x'.repeat(5 * 2 ** 20) } });
    for (const headers of [{}, { 'x-editor-key': 'not-the-key' }] as Array<Record<string, string>>) {
      const answer = await bounded(() => call(gql, post(big, headers)));
      expect([answer.status, answer.code]).toEqual([413, 'TOO_LARGE']);
    }
    const editor = await call(gql, post(big, { 'x-editor-key': KEY }));
    expect(editor.status).toBe(200);
    await expectAlive();
  });

  it('refuses documents over the token, alias and cost limits as TOO_LARGE', async () => {
    const cases = [
      `{ ${'a '.repeat(2_500)}}`,
      `{ entity(id: "enterprise:合益化工") { ${Array.from({ length: 30 }, (_, i) => `a${i}: id`).join(' ')} } }`,
      COSTLY,
    ];
    for (const query of cases) {
      const answer = await bounded(() => call(gql, post({ query })));
      expect([answer.status, answer.code], query.slice(0, 60)).toEqual([400, 'TOO_LARGE']);
    }
    await expectAlive();
  });

  it('counts a fragment named __schema toward the cost limit, also with introspection on', async () => {
    const open = await startSeededApp(backend, { introspection: true });
    try {
      // One recommendation with fourteen aliased entities: within the budget of work, but costly to
      // shape; spread through a fragment named __schema it is over the cost limit and must be counted.
      const entity =
        'id name kind aliases properties { key label value } sources { file sheet row quote } stats { label value }';
      const wide = `recommendPartners(need: "硼烷") { items { ${Array.from({ length: 14 }, (_, i) => `e${i}: entity { ${entity} }`).join(' ')} } }`;
      for (const name of ['__schema', 'plain']) {
        const query = `query { ...${name} } fragment ${name} on Query { ${wide} }`;
        const answer = await call(`${open.url}/graphql`, post({ query }));
        expect([answer.status, answer.code], name).toEqual([400, 'TOO_LARGE']);
        expect(answer.message).toMatch(/Cost limit/u);
      }
      const introspection = await call(
        `${open.url}/graphql`,
        post({ query: '{ __schema { types { name } } }' }),
      );
      expect(introspection.status).toBe(200);
    } finally {
      await open.stop();
    }
  });

  it.each([
    ['search', '{ search(text: "合", limit: 100000000) { score } }', 'TOO_LARGE'],
    ['search text', `{ search(text: "${'合'.repeat(1_000)}") { score } }`, 'TOO_LARGE'],
    [
      'neighborhood',
      '{ neighborhood(id: "enterprise:合益化工", limit: 2000000) { truncated } }',
      'TOO_LARGE',
    ],
    [
      'recommendPartners',
      '{ recommendPartners(need: "硼烷", limit: 1000000) { items { score } } }',
      'TOO_LARGE',
    ],
    ['paths', '{ paths(from: "a", to: "b", maxLength: 99) { truncated } }', 'TOO_LARGE'],
    ['a negative limit', '{ search(text: "合", limit: -1) { score } }', 'BAD_INPUT'],
  ])('refuses a huge or negative argument to %s with its code and 400', async (_name, query, code) => {
    const answer = await bounded(() => call(gql, post({ query })));
    expect([answer.status, answer.code]).toEqual([400, code]);
    await expectAlive();
  });

  it('answers a question about an entity that does not exist with 404 and its code', async () => {
    const answer = await call(
      gql,
      post({ query: '{ paths(from: "enterprise:无此企业", to: "x") { truncated } }' }),
    );
    expect([answer.status, answer.code]).toEqual([404, 'NOT_FOUND']);
  });

  const IMPORT = `mutation ($files: [SpreadsheetUpload!]!, $dryRun: Boolean) {
    importSpreadsheets(files: $files, dryRun: $dryRun) { rows written nodesWritten }
  }`;
  const upload = (name: string, bytes: Uint8Array, dryRun = true) =>
    call(
      gql,
      post(
        {
          query: IMPORT,
          variables: { dryRun, files: [{ name, contentBase64: Buffer.from(bytes).toString('base64') }] },
        },
        { 'x-editor-key': KEY },
      ),
    );
  const rows = (count: number) => {
    const pieces: string[] = [];
    for (let start = 1; start <= count; start += 1_000) {
      let piece = '';
      for (let r = start; r < Math.min(start + 1_000, count + 1); r++)
        piece += `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
      pieces.push(piece);
    }
    return pieces;
  };

  it.each([
    [
      'a 210 KB workbook holding one 150 MB cell',
      'cell.xlsx',
      () =>
        oneSheetWorkbook([
          '<row r="1"><c r="A1" t="inlineStr"><is><t>',
          { repeat: 'A'.repeat(2 ** 20), times: 150 },
          '</t></is></c></row>',
        ]),
    ],
    ['a workbook of 400,000 rows', 'rows.xlsx', () => oneSheetWorkbook(rows(400_000))],
    [
      'a CSV whose one cell is 10 MB',
      'cell.csv',
      () => new TextEncoder().encode(`名称\n${'合'.repeat(3_500_000)}\n`),
    ],
  ])('refuses %s as TOO_LARGE, naming the limit, within bounded memory', async (_name, file, make) => {
    const bytes = make();
    const answer = await bounded(() => upload(file, bytes), { ms: 20_000, mb: 300 });
    expect(answer.code).toBe('TOO_LARGE');
    expect(answer.status).toBeLessThan(500);
    expect(answer.message).toMatch(/IMPORT_MAX_/u);
    await expectAlive();
  });

  it('imports the blank template as zero rows, writing nothing', async () => {
    const before = await call(gql, post({ query: '{ stats { nodeCount edgeCount } }' }));
    const response = await fetch(gql, {
      ...post(
        {
          query: IMPORT,
          variables: {
            dryRun: false,
            files: [
              { name: 'template.xlsx', contentBase64: Buffer.from(await templateBytes()).toString('base64') },
            ],
          },
        },
        { 'x-editor-key': KEY },
      ),
    });
    const body = (await response.json()) as {
      data: { importSpreadsheets: { rows: number; written: boolean } };
    };
    expect(body.data.importSpreadsheets).toEqual({ rows: 0, written: false, nodesWritten: 0 });
    expect((await call(gql, post({ query: '{ stats { nodeCount edgeCount } }' }))).message).toBe(
      before.message,
    );
  });

  it('does not answer introspection when it is switched off (production)', async () => {
    const answer = await call(gql, post({ query: '{ __schema { types { name } } }' }));
    expect([answer.status, answer.code]).toEqual([400, 'BAD_INPUT']);
  });

  it('sends the security headers on every response', async () => {
    for (const url of [app.url, `${app.url}/healthz`, gql, `${app.url}/%E0`]) {
      const answer = await call(url, url === gql ? post({ query: '{ __typename }' }) : {});
      const csp = answer.headers.get('content-security-policy') ?? '';
      expect(csp, url).toContain("script-src 'self'");
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(answer.headers.get('x-content-type-options'), url).toBe('nosniff');
      expect(answer.headers.get('referrer-policy'), url).toBe('no-referrer');
    }
  });

  it('logs a repeated client mistake once, at warn level, with no stack, and never as an error', async () => {
    const before = log.lines.length;
    for (let i = 0; i < 50; i++) await call(gql, post({ query: '{ repeatedMistake }' }));
    const lines = log.lines.slice(before);
    const mentions = lines.filter((line) => line.msg.includes('repeatedMistake'));
    expect(mentions).toHaveLength(1);
    expect(mentions[0]?.level).toBe(40);
    expect(JSON.stringify(mentions[0])).not.toContain('    at ');
    expect(log.lines.filter((line) => line.level >= 50)).toEqual([]);
  });
});
