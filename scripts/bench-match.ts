/**
 * `npm run bench:match [-- --neo4j]`: recommendPartners latency on a synthetic graph of 100,000
 * entities and ~500,000 relationships, measured through the store and through GraphQL over HTTP
 * (the difference is the API's overhead). With --neo4j it also runs on a real Neo4j 5.26 started from
 * Maven Central, and checks that both backends rank the sample queries identically.
 */
import { pino } from 'pino';
import { createApp } from '../server/src/create-app.ts';
import type { GraphEdge, GraphNode } from '#model';
import { recommendPartners } from '../server/src/match/recommend-partners.ts';
import { provinceGraph, withDerivedIds } from '../server/src/match/evaluation/province-graph.ts';
import { seededRandom } from '../server/src/match/evaluation/seeded-random.ts';
import { createKuzuStore, createNeo4jStore, startNeo4j, type GraphStore } from '../server/src/store/index.ts';

const SAMPLE = 100;
/** `--entities N` scales the graph down (default 100,000), for a quick look on a busy machine. */
const ENTITIES = Number(process.argv[process.argv.indexOf('--entities') + 1]) || 100_000;
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function load(store: GraphStore, graph: { nodes: GraphNode[]; edges: GraphEdge[] }): Promise<number> {
  const started = performance.now();
  if (store.backend === 'kuzu') {
    // One batch, so that every relationship joins two new entities and takes the fast path (COPY).
    await store.write({ nodes: [], edges: [], newNodes: graph.nodes, newEdges: graph.edges });
  } else {
    // Neo4j holds a transaction in its heap: new entities in one go, relationships in chunks.
    await store.write({ nodes: [], edges: [], newNodes: graph.nodes });
    for (let i = 0; i < graph.edges.length; i += 50_000)
      await store.write({ nodes: [], edges: graph.edges.slice(i, i + 50_000) });
  }
  return (performance.now() - started) / 1000;
}

/**
 * Warm-up, store and HTTP calls each ask about enterprises of their own: the embedded store remembers
 * what it read until the next write, so asking the same enterprise twice would time its memory.
 */
async function measure(name: string, store: GraphStore, sample: Sample) {
  const { warmUp, queries, overHttp } = sample;
  const viaStore: number[] = [];
  const rankings: string[][] = [];
  for (const id of warmUp)
    await recommendPartners(store, { enterpriseId: id, kinds: [], limit: 10, includeExisting: false });
  for (const id of queries) {
    const started = performance.now();
    const answer = await recommendPartners(store, {
      enterpriseId: id,
      kinds: [],
      limit: 10,
      includeExisting: false,
    });
    viaStore.push(performance.now() - started);
    rankings.push(answer.recommendations.map((item) => item.id));
  }
  const app = await createApp(store, { clientDir: 'client/dist', logger: pino({ level: 'silent' }) });
  const url = await app.listen(0, '127.0.0.1');
  const viaHttp: number[] = [];
  for (const id of overHttp) {
    const started = performance.now();
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `query ($id: ID) { recommendPartners(enterpriseId: $id, limit: 10) { items { entity { id name } score contributions { signal value } evidence { nodeIds edgeIds text } } evidence { nodes { id } edges { id } } } }`,
        variables: { id },
      }),
    });
    await response.json();
    viaHttp.push(performance.now() - started);
  }
  await app.close();
  const row = (label: string, values: number[]) =>
    `| ${name} | ${label} | ${percentile(values, 50).toFixed(1)} | ${percentile(values, 95).toFixed(1)} |`;
  console.log(row('store', viaStore));
  console.log(row('GraphQL over HTTP', viaHttp));
  return rankings;
}

// Ids as the app derives them (enterprise:…): the embedded store finds such an id by its kind's index.
const graph = withDerivedIds(provinceGraph(ENTITIES));
const pool = seededRandom(42).shuffle(
  graph.nodes.filter((item) => item.kind === 'Enterprise').map((item) => item.id),
);
interface Sample {
  readonly warmUp: string[];
  readonly queries: string[];
  readonly overHttp: string[];
}
const sample: Sample = {
  queries: pool.slice(0, SAMPLE),
  warmUp: pool.slice(SAMPLE, SAMPLE + 5),
  overHttp: pool.slice(SAMPLE + 5, 2 * SAMPLE + 5),
};
console.log(`graph: ${graph.nodes.length} entities, ${graph.edges.length} relationships; ${SAMPLE} queries`);

const kuzu = await createKuzuStore({ path: ':memory:', bufferPoolBytes: 4 * 1024 ** 3 });
console.log(`kuzu: loaded in ${(await load(kuzu, graph)).toFixed(1)} s`);
console.log('\n| backend | measured through | p50 ms | p95 ms |\n|---|---|---|---|');
const kuzuRankings = await measure('kuzu (embedded)', kuzu, sample);
await kuzu.close();

if (process.argv.includes('--neo4j')) {
  // Writing 100,000 entities with their change set in one transaction needs more than the default 1 GB heap.
  const server = await startNeo4j({ jvmArgs: ['-Xmx4g'] });
  const neo = await createNeo4jStore({ uri: server.uri, user: 'neo4j', password: '', database: 'neo4j' });
  try {
    console.error(`neo4j: loaded in ${(await load(neo, graph)).toFixed(1)} s`);
    const neoRankings = await measure('neo4j', neo, sample);
    const same = neoRankings.filter(
      (ranking, i) => JSON.stringify(ranking) === JSON.stringify(kuzuRankings[i]),
    ).length;
    console.log(`\nidentical top-10 rankings on both backends: ${same} of ${sample.queries.length}`);
  } finally {
    await neo.close();
    await server.stop();
  }
}
