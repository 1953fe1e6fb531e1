// BENCHMARK ONLY: a deterministic synthetic province for `npm run bench:client` — n entities of every kind
// and about 2n relationships, a few hubs (regions, domains) and many small firms, from a seeded generator.
import { NODE_KINDS, type NodeKind, type RelKind } from '#model';
import type { Edge, EntitySummary, Subgraph } from '../api/answers.ts';

/** Mulberry32: a tiny seeded generator, so every run draws the same graph. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EDGE_KINDS: readonly RelKind[] = [
  'COOPERATES_WITH',
  'PARTICIPATES_IN',
  'LOCATED_IN',
  'IN_DOMAIN',
  'WORKS_AT',
];

/** `nodes` entities and `2 × nodes` relationships (fewer only if the graph is too small to have that many). */
export function syntheticGraph(nodes: number, seed = 20_000): Subgraph {
  const random = seededRandom(seed);
  const degrees = new Array<number>(nodes).fill(0);
  const kinds: NodeKind[] = [];
  for (let i = 0; i < nodes; i += 1) kinds.push(NODE_KINDS[i % NODE_KINDS.length] ?? 'Enterprise');
  const edges: Edge[] = [];
  const seen = new Set<string>();
  const wanted = Math.min(2 * nodes, (nodes * (nodes - 1)) / 2);
  while (edges.length < wanted) {
    const from = Math.floor(random() * nodes);
    // Half the links go to one of the first few hundred entities: hubs, as in a real province.
    const to = random() < 0.5 ? Math.floor(random() * Math.min(nodes, 300)) : Math.floor(random() * nodes);
    if (from === to) continue;
    const key = from < to ? `${from}-${to}` : `${to}-${from}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const kind = EDGE_KINDS[edges.length % EDGE_KINDS.length] ?? 'COOPERATES_WITH';
    degrees[from] = (degrees[from] ?? 0) + 1;
    degrees[to] = (degrees[to] ?? 0) + 1;
    edges.push({
      id: `e${edges.length}`,
      kind,
      kindLabel: kind,
      from: `n${from}`,
      to: `n${to}`,
      properties: [{ key: 'year', label: '年份', value: String(2015 + (edges.length % 8)) }],
      sources: [],
    });
  }
  const entities: EntitySummary[] = kinds.map((kind, i) => ({
    id: `n${i}`,
    kind,
    kindLabel: kind,
    name: `实体${i}`,
    nameEn: `Entity ${i}`,
    aliases: [],
    degree: degrees[i] ?? 0,
  }));
  return { nodes: entities, edges, truncated: false };
}
