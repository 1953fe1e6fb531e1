/**
 * `npm run bench:api [-- --no-neo4j] [--no-kuzu] [--no-seed] [--no-100k] [--seconds 20]
 * [--connections 32]`: the API as a client sees it, on each backend (embedded; Neo4j 5.26 through the
 * Maven launcher), with the 垦利区 seed and with the 100,000-entity province graph. For each, in one run
 * against one server (a process of its own, scripts/bench-api-server.ts): the `{ __typename }` floor, p50/p95 of every query field over HTTP
 * (one client, keep-alive), then a mixed load from many keep-alive clients (autocannon): throughput,
 * p50/p95/p99 and errors (HTTP errors, timeouts and GraphQL errors); and per question, where the time goes in
 * the store: statements per call and the time of each (bench-api-server.ts). Markdown tables on stdout.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { importSeedDirectory } from '../server/src/ingest/seed-if-empty.ts';
import { provinceGraph, withDerivedIds } from '../server/src/match/evaluation/province-graph.ts';
import { seededRandom } from '../server/src/match/evaluation/seeded-random.ts';
import { createKuzuStore, createNeo4jStore, startNeo4j, type GraphStore } from '../server/src/store/index.ts';

const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) || fallback : fallback;
};
const SECONDS = arg('--seconds', 20);
const CONNECTIONS = arg('--connections', 32);
const SAMPLES = arg('--samples', 30);
/** Calls before measuring each question: its plans cached. */
const WARM_UP = arg('--warm-up', 10);
/**
 * Seconds of the mixed load, on other enterprises than the samples, before anything is measured: a server
 * that has run for a while. Neo4j's JVM needs thousands of calls before its code is compiled (a bare
 * `RETURN 1` takes 7.5 ms for the first 500 calls on a fresh server and 1.0 ms after 5,000), so without
 * it the one-client rows time the JIT, not the queries.
 */
const WARM_SECONDS = arg('--warm-seconds', 15);
const ENTITY = 'id kind kindLabel name nameEn aliases degree';
const EDGE =
  'id kind kindLabel from to properties { key label value } sources { file sheet row quote document }';

/** The explorer's questions, as the client asks them; `vars(i)` varies the ids from one call to the next. */
interface Question {
  readonly name: string;
  readonly query: string;
  readonly vars: (i: number) => Record<string, unknown>;
}

interface Dataset {
  readonly name: string;
  load(store: GraphStore): Promise<void>;
  readonly enterprises: readonly string[];
  readonly search: { readonly zh: string; readonly pinyin: string };
  readonly need: string;
}

const SEED: Dataset = {
  name: '垦利区 seed',
  load: async (store) => void (await importSeedDirectory(store, 'seed/kenli', '.')),
  enterprises: ['enterprise:合益化工', 'enterprise:汇东新能源'],
  search: { zh: '合益', pinyin: 'hyhg' },
  need: '硼烷 医药中间体',
};

function province(): Dataset {
  const graph = withDerivedIds(provinceGraph(100_000));
  const enterprises = seededRandom(42)
    .shuffle(graph.nodes.filter((node) => node.kind === 'Enterprise').map((node) => node.id))
    .slice(0, 200);
  return {
    name: 'province, 100,000 entities',
    async load(store) {
      if (store.backend === 'kuzu') {
        await store.write({ nodes: [], edges: [], newNodes: graph.nodes, newEdges: graph.edges });
        return;
      }
      // Neo4j in chunks: one transaction of 100,000 entities with their change set did not end in 20 minutes.
      for (let i = 0; i < graph.nodes.length; i += 10_000)
        await store.write({ nodes: [], edges: [], newNodes: graph.nodes.slice(i, i + 10_000) });
      for (let i = 0; i < graph.edges.length; i += 50_000)
        await store.write({ nodes: [], edges: graph.edges.slice(i, i + 50_000) });
    },
    enterprises,
    search: { zh: '领域1子', pinyin: 'lingyu1' },
    need: '领域3子2 领域3',
  };
}

function questions(data: Dataset): Question[] {
  const pick = (i: number) => data.enterprises[i % data.enterprises.length] as string;
  const nbr = `query ($id: ID!, $depth: Int) { neighborhood(id: $id, depth: $depth, limit: 150) {
    truncated nodes { ${ENTITY} } edges { ${EDGE} } } }`;
  const rec = `query ($id: ID, $need: String) { recommendPartners(enterpriseId: $id, need: $need) {
    enterprise { ${ENTITY} } fields { ${ENTITY} } items { score entity { ${ENTITY} }
    contributions { signal label value weight } evidence { signal label nodeIds edgeIds text } }
    evidence { nodes { ${ENTITY} } edges { ${EDGE} } } } }`;
  const search = `query ($text: String!) { search(text: $text) { score matched entity { ${ENTITY} } } }`;
  return [
    { name: '{ __typename }', query: '{ __typename }', vars: () => ({}) },
    { name: 'search (Chinese)', query: search, vars: () => ({ text: data.search.zh }) },
    { name: 'search (pinyin)', query: search, vars: () => ({ text: data.search.pinyin }) },
    {
      name: 'entity',
      query: `query ($id: ID!) { entity(id: $id) { ${ENTITY} description keywords properties { key label value }
        sources { file sheet row quote document } } }`,
      vars: (i) => ({ id: pick(i) }),
    },
    { name: 'neighborhood depth 1', query: nbr, vars: (i) => ({ id: pick(i), depth: 1 }) },
    { name: 'neighborhood depth 2', query: nbr, vars: (i) => ({ id: pick(i), depth: 2 }) },
    {
      name: 'paths',
      query: `query ($from: ID!, $to: ID!) { paths(from: $from, to: $to) { truncated
        paths { nodeIds edgeIds length } nodes { ${ENTITY} } edges { ${EDGE} } } }`,
      vars: (i) => ({ from: pick(i), to: pick(i + 1) }),
    },
    {
      name: 'stats',
      query: '{ stats { nodeCount edgeCount backend nodes { kind count } } }',
      vars: () => ({}),
    },
    { name: 'recommendPartners (enterprise)', query: rec, vars: (i) => ({ id: pick(i) }) },
    { name: 'recommendPartners (need)', query: rec, vars: () => ({ need: data.need }) },
  ];
}

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

async function ask(url: string, question: Question, i: number): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: question.query, variables: question.vars(i) }),
  });
  const body = (await response.json()) as { errors?: unknown };
  if (body.errors) throw new Error(`${question.name}: ${JSON.stringify(body.errors)}`);
  return performance.now() - started;
}

/** p50/p95 of each question, one client, after a few calls to warm up; and the store's statements for them. */
async function fieldTimes(server: BenchServer, list: readonly Question[]) {
  const rows: Array<{ name: string; p50: number; p95: number; profile: Profile }> = [];
  for (const question of list) {
    // Warm-up calls ask about other enterprises than the samples where the data has them: the embedded
    // store remembers what it read until the next write (the seed's few enterprises repeat regardless).
    for (let i = 0; i < WARM_UP; i++) await ask(server.url, question, SAMPLES + i);
    await server.profile();
    const times: number[] = [];
    for (let i = 0; i < SAMPLES; i++) times.push(await ask(server.url, question, i));
    const profile = await server.profile();
    rows.push({ name: question.name, p50: percentile(times, 50), p95: percentile(times, 95), profile });
  }
  return rows;
}

/** The mixed load: search in Chinese and pinyin, entity, neighbourhoods, paths, recommendations. */
async function mixedLoad(url: string, list: readonly Question[], seconds = SECONDS, offset = 0) {
  const mix = list.filter(
    (q) => q.name !== '{ __typename }' && q.name !== 'stats' && !q.name.endsWith('(need)'),
  );
  const requests = Array.from({ length: 20 }, (_, round) =>
    mix.map((q) => ({ q, i: offset + round })),
  ).flat();
  let graphqlErrors = 0;
  const latencies: number[] = [];
  const instance = autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    pipelining: 1,
    requests: requests.map(({ q, i }) => ({
      method: 'POST' as const,
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: q.query, variables: q.vars(i) }),
      onResponse: (_status: number, body: string) => {
        if (body.includes('"errors"')) graphqlErrors++;
      },
    })),
  });
  const running = instance as unknown as Promise<autocannon.Result> & {
    on(
      event: 'response',
      listener: (client: unknown, status: number, bytes: number, time: number) => void,
    ): void;
  };
  running.on('response', (_client, _status, _bytes, time) => {
    latencies.push(time);
  });
  const result = await running;
  return {
    perSecond: result.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
    total: result.requests.total,
  };
}

type Profile = Record<string, { count: number; ms: number }>;

interface BenchServer {
  readonly url: string;
  readonly child: ChildProcess;
  /** The statements the store sent, with their time, since the last call. */
  profile(): Promise<Profile>;
}

function startServer(env: Record<string, string>): Promise<BenchServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench-api-server.ts'], {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const waiting: Array<(profile: Profile) => void> = [];
  const profile = () =>
    new Promise<Profile>((resolve) => {
      waiting.push(resolve);
      child.stdin?.write('PROFILE\n');
    });
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      if (line.startsWith('READY ')) resolve({ url: line.slice(6), child, profile });
      if (line.startsWith('PROFILE ')) waiting.shift()?.(JSON.parse(line.slice(8)) as Profile);
    });
    child.on('exit', (code) => reject(new Error(`bench server exited (${code})`)));
  });
}

async function stopServer(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Where a question's time goes in the store: statements per call, their time, the heaviest three. */
function profileRow(name: string, p50: number, profile: Profile): string {
  const entries = Object.entries(profile).sort((a, b) => b[1].ms - a[1].ms);
  const per = (value: number) => value / SAMPLES;
  const statements = entries.reduce((sum, [, each]) => sum + each.count, 0);
  const ms = entries.reduce((sum, [, each]) => sum + each.ms, 0);
  const heaviest = entries
    .slice(0, 3)
    .map(([statement, each]) => `${statement} ${per(each.ms).toFixed(1)} ms (×${per(each.count).toFixed(0)})`)
    .join('; ');
  return `| ${name} | ${p50.toFixed(1)} | ${per(statements).toFixed(1)} | ${per(ms).toFixed(1)} | ${heaviest || '—'} |`;
}

async function benchOne(backend: string, data: Dataset, env: Record<string, string>): Promise<void> {
  const server = await startServer(env);
  const { url, child } = server;
  try {
    const list = questions(data);
    // The warm-up's enterprises are past the samples' (0–29), their warm-up calls' and the load's.
    const warm = WARM_SECONDS > 0 ? await mixedLoad(url, list, WARM_SECONDS, 100) : undefined;
    const times = await fieldTimes(server, list);
    const floor = times[0]?.p50 ?? 1;
    console.log(
      `\n### ${backend}, ${data.name}\n\n` +
        (warm
          ? `Warmed up by ${WARM_SECONDS} s of the mixed load on other enterprises (${warm.total} requests, ${warm.errors} errors).\n\n`
          : 'Not warmed up.\n\n') +
        `| query | p50 ms | p95 ms | p50 / floor |\n|---|---|---|---|`,
    );
    for (const row of times)
      console.log(
        `| ${row.name} | ${row.p50.toFixed(1)} | ${row.p95.toFixed(1)} | ${(row.p50 / floor).toFixed(1)} |`,
      );
    console.log(
      `\nWhere the time goes: the store's statements per call (their times add up across statements run in parallel)\n\n` +
        `| query | p50 ms | statements / call | store ms / call | heaviest statements (ms / call, count / call) |\n|---|---|---|---|---|`,
    );
    for (const row of times) console.log(profileRow(row.name, row.p50, row.profile));
    const load = await mixedLoad(url, list);
    console.log(
      `\nMixed load, ${CONNECTIONS} keep-alive clients, ${SECONDS} s: **${load.perSecond.toFixed(0)} requests/s** ` +
        `(${load.total} requests), p50 ${load.p50.toFixed(0)} ms, p95 ${load.p95.toFixed(0)} ms, ` +
        `p99 ${load.p99.toFixed(0)} ms, ${load.errors} errors`,
    );
  } finally {
    await stopServer(child);
  }
}

const datasets = [
  ...(process.argv.includes('--no-seed') ? [] : [SEED]),
  ...(process.argv.includes('--no-100k') ? [] : [province()]),
];
for (const data of process.argv.includes('--no-kuzu') ? [] : datasets) {
  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-api-'));
  const store = await createKuzuStore({ path: join(dir, 'graph.kuzu'), bufferPoolBytes: 4 * 1024 ** 3 });
  await data.load(store);
  await store.close();
  await benchOne('kuzu (embedded)', data, { DATA_DIR: dir, NEO4J_URI: '' });
  rmSync(dir, { recursive: true, force: true });
}
if (!process.argv.includes('--no-neo4j')) {
  for (const data of datasets) {
    const server = await startNeo4j({ jvmArgs: ['-Xmx4g'] });
    try {
      const store = await createNeo4jStore({
        uri: server.uri,
        user: 'neo4j',
        password: '',
        database: 'neo4j',
      });
      await data.load(store);
      await store.close();
      await benchOne('Neo4j 5.26', data, { NEO4J_URI: server.uri });
    } finally {
      await server.stop();
    }
  }
}
