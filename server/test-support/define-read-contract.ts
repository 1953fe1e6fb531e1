/**
 * Reads every backend must answer alike on a graph with hubs, written once and run for each backend (see
 * store/internal/kuzu/kuzu-store.test.ts and neo4j-store.test.ts): neighbourhoods cut exactly where a
 * breadth-first walk in (relationship kind, id) order cuts them, paths as a shortest-first enumeration
 * over the whole graph finds them, and the derived counts equal a recount from scratch after every kind of
 * write (upserts, fast-path creations, deletions, undo).
 */
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import {
  NODE_KINDS,
  REL_KINDS,
  REL_KIND_SPECS,
  edgeRecord,
  nodeRecord,
  type GraphEdge,
  type GraphNode,
  type NodeKind,
} from '#model';
import type { GraphCounts, GraphStore } from '../src/store/index.ts';
import type { StoreFactory } from './define-store-contract.ts';

const RECORD_KINDS = new Set(['COOPERATES_WITH', 'PARTICIPATES_IN', 'IN_PROGRAMME', 'HOSTS', 'ADVISES']);

/** A reproducible graph of about 70 entities and 200 relationships, hubs included. */
export function hubGraph(seed = 7): { nodes: GraphNode[]; edges: GraphEdge[] } {
  let state = seed;
  const random = () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const kinds: NodeKind[] = [
    'Enterprise',
    'University',
    'Specialist',
    'Project',
    'Domain',
    'Region',
    'Platform',
  ];
  const nodes = kinds.flatMap((kind, k) =>
    Array.from({ length: kind === 'Enterprise' ? 20 : 8 }, (_, i) =>
      nodeRecord(kind, `${kind[0]}${k}-${i}`, `${kind}${i}`),
    ),
  );
  const byKind = (kind: NodeKind) => nodes.filter((node) => node.kind === kind);
  const edges = new Map<string, GraphEdge>();
  for (let n = 0; edges.size < 200 && n < 5_000; n++) {
    const kind = REL_KINDS[Math.floor(random() * REL_KINDS.length)]!;
    const from = REL_KIND_SPECS[kind].from.filter((each) => kinds.includes(each));
    const to = REL_KIND_SPECS[kind].to.filter((each) => kinds.includes(each));
    if (from.length === 0 || to.length === 0) continue;
    const pool = (side: readonly NodeKind[]) => byKind(side[Math.floor(random() * side.length)]!);
    const a = pool(from);
    // Hubs: the first region and the first domain take a share of everything pointing at their kind.
    const b = pool(to);
    const end = random() < 0.3 ? b[0] : b[Math.floor(random() * b.length)];
    const start = a[Math.floor(random() * a.length)];
    if (!start || !end || start.id === end.id) continue;
    const edge = edgeRecord(kind, start.id, end.id);
    edges.set(edge.id, edge);
  }
  return { nodes, edges: [...edges.values()] };
}

const relOrder = new Map<string, number>(REL_KINDS.map((kind, index) => [kind, index]));
const byEdge = (a: GraphEdge, b: GraphEdge) =>
  (relOrder.get(a.kind) ?? 0) - (relOrder.get(b.kind) ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The neighbourhood as a breadth-first walk over every edge computes it, edges in (kind, id) order. */
export function referenceNeighborhood(
  graph: { nodes: readonly GraphNode[]; edges: readonly GraphEdge[] },
  query: { id: string; depth: number; kinds: readonly NodeKind[]; limit: number },
): { ids: string[]; truncated: boolean } {
  const kindOf = new Map(graph.nodes.map((node) => [node.id, node.kind]));
  const included = [query.id];
  const seen = new Set(included);
  let frontier = [query.id];
  let truncated = false;
  const sorted = [...graph.edges].sort(byEdge);
  for (let hop = 0; hop < query.depth && frontier.length > 0 && !truncated; hop++) {
    const inFrontier = new Set(frontier);
    const next: string[] = [];
    for (const edge of sorted) {
      if (!inFrontier.has(edge.from) && !inFrontier.has(edge.to)) continue;
      for (const id of [edge.from, edge.to]) {
        const kind = kindOf.get(id);
        if (seen.has(id) || !kind || !query.kinds.includes(kind)) continue;
        if (included.length >= query.limit) {
          truncated = true;
          break;
        }
        seen.add(id);
        included.push(id);
        next.push(id);
      }
      if (truncated) break;
    }
    frontier = next;
  }
  return { ids: included, truncated };
}

/** Every path of at most maxLength, shortest first, each length in (kind, id) order from `from`. */
export function referencePaths(
  edges: readonly GraphEdge[],
  query: { from: string; to: string; maxLength: number; limit: number },
): string[][] {
  const found: string[][] = [];
  const adjacency = new Map<string, GraphEdge[]>();
  for (const edge of [...edges].sort(byEdge))
    for (const end of new Set([edge.from, edge.to]))
      adjacency.set(end, [...(adjacency.get(end) ?? []), edge]);
  for (let length = 0; length <= query.maxLength && found.length < query.limit; length++) {
    const walk = (node: string, nodes: string[], path: string[]): void => {
      if (found.length >= query.limit) return;
      if (path.length === length) {
        if (node === query.to) found.push(path);
        return;
      }
      if (node === query.to) return;
      for (const edge of adjacency.get(node) ?? []) {
        const next = edge.from === node ? edge.to : edge.from;
        if (!nodes.includes(next)) walk(next, [...nodes, next], [...path, edge.id]);
      }
    };
    walk(query.from, [query.from], []);
  }
  return found;
}

async function recountedFromScratch(store: GraphStore, ids: readonly string[]) {
  const edges = await store.edgesAmong(ids);
  const degree = new Map<string, number>(ids.map((id) => [id, 0]));
  const record = new Map<string, number>(ids.map((id) => [id, 0]));
  for (const edge of edges)
    for (const id of [edge.from, edge.to]) {
      degree.set(id, (degree.get(id) ?? 0) + 1);
      if (RECORD_KINDS.has(edge.kind)) record.set(id, (record.get(id) ?? 0) + 1);
    }
  return { degree, record };
}

async function storedCounts(store: GraphStore, nodes: readonly GraphNode[]) {
  const degree = await store.degrees(nodes.map((node) => node.id));
  const facts = await store.features('candidate-facts', { refs: nodes });
  const record = new Map<string, number>(nodes.map((node) => [node.id, 0]));
  for (const fact of facts) record.set(fact.node.id, fact.record);
  return { degree, record };
}

export function defineReadContract(backend: string, factory: StoreFactory): void {
  describe(`reads on a graph with hubs: ${backend}`, () => {
    const graph = hubGraph();
    let store: GraphStore;
    beforeAll(async () => {
      store = await factory.create();
      await store.write({ nodes: [], edges: [], newNodes: graph.nodes, newEdges: graph.edges });
    });
    afterAll(async () => {
      await store?.close();
    });

    it('cuts every neighbourhood where a breadth-first walk in relationship kind and id order cuts it', async () => {
      const focuses = ['E0-0', 'E0-3', 'R5-0', 'D4-0', 'U1-2'];
      const kindSets: NodeKind[][] = [
        [...NODE_KINDS],
        ['Enterprise', 'University', 'Region'],
        ['Domain', 'Project'],
      ];
      for (const id of focuses)
        for (const depth of [1, 2, 3])
          for (const limit of [3, 12, 40, 500])
            for (const kinds of kindSets) {
              const query = { id, depth, kinds, limit };
              const sub = await store.neighborhood(query);
              const expected = referenceNeighborhood(graph, query);
              expect(
                sub.nodes.map((node) => node.id),
                JSON.stringify(query),
              ).toEqual(expected.ids);
              expect(sub.truncated, JSON.stringify(query)).toBe(expected.truncated);
              const inside = new Set(expected.ids);
              const among = graph.edges.filter((edge) => inside.has(edge.from) && inside.has(edge.to));
              expect(sub.edges.map((edge) => edge.id)).toEqual(
                [...among].sort(byEdge).map((edge) => edge.id),
              );
              for (const node of sub.nodes)
                expect(sub.degrees.get(node.id)).toBe(
                  graph.edges.filter((edge) => edge.from === node.id || edge.to === node.id).length,
                );
            }
    });

    it('finds the paths a shortest-first enumeration over the whole graph finds, in the same order', async () => {
      const pairs = [
        ['E0-0', 'E0-5'],
        ['E0-1', 'U1-3'],
        ['S2-2', 'P6-4'],
        ['R5-1', 'D4-2'],
      ] as const;
      for (const [from, to] of pairs)
        for (const maxLength of [1, 2, 3, 4, 5])
          for (const limit of [1, 3, 20]) {
            const query = { from, to, maxLength, limit };
            const result = await store.paths(query);
            expect(
              result.paths.map((path) => path.edges),
              JSON.stringify(query),
            ).toEqual(referencePaths(graph.edges, query));
          }
    });

    it('keeps degrees and track records equal to a recount from scratch through every kind of write', async () => {
      const ids = graph.nodes.map((node) => node.id);
      const check = async () => {
        const nodes = await store.getNodes(ids);
        const expected = await recountedFromScratch(
          store,
          nodes.map((node) => node.id),
        );
        const stored = await storedCounts(store, nodes);
        expect(Object.fromEntries(stored.degree)).toEqual(Object.fromEntries(expected.degree));
        const counted = await store.countedNodes([...ids, 'enterprise:不存在']);
        expect(counted.nodes.map((node) => node.id).sort()).toEqual(nodes.map((node) => node.id).sort());
        expect(Object.fromEntries(counted.degrees)).toEqual(Object.fromEntries(expected.degree));
        expect(Object.fromEntries(stored.record)).toEqual(Object.fromEntries(expected.record));
      };
      await check();
      const [first, second] = graph.edges;
      const changed = await store.write({
        nodes: [nodeRecord('Enterprise', 'E0-0', '改名')],
        edges: [edgeRecord('COOPERATES_WITH', 'E0-1', 'U1-1'), edgeRecord('HOSTS', 'U1-2', 'P6-1')],
        deleteEdges: first ? [first] : [],
      });
      await check();
      await store.write({ nodes: [], edges: [], deleteNodes: [{ id: 'R5-0', kind: 'Region' }] });
      await check();
      if (second) await store.write({ nodes: [], edges: [], deleteEdges: [second] });
      await check();
      if (changed) await store.undoChangeSet(changed.id, 'test');
      await check();
    });

    it('answers the counts, the version and the field tree as of the last write, however often asked before', async () => {
      const whole = async () => ({
        counts: await store.counts(),
        version: await store.graphVersion(),
        tree: (await store.features('domain-tree', {})).map((field) => field.id).sort(),
      });
      const before = await whole();
      expect(await whole()).toEqual(before);
      const written = await store.write({
        nodes: [nodeRecord('Domain', 'D-new', '新领域')],
        edges: [edgeRecord('COOPERATES_WITH', 'E0-2', 'U1-3')],
      });
      const after = await whole();
      expect(after.version).not.toBe(before.version);
      expect(after.tree).toEqual([...before.tree, 'D-new'].sort());
      const domains = (counts: GraphCounts) =>
        counts.nodes.find((each) => each.kind === 'Domain')?.count ?? 0;
      expect(domains(after.counts)).toBe(domains(before.counts) + 1);
      expect(after.counts.edges).not.toEqual(before.counts.edges);
      if (written) await store.undoChangeSet(written.id, 'test');
      const undone = await whole();
      expect(undone.tree).toEqual(before.tree);
      expect(undone.counts).toEqual(before.counts);
      expect(undone.version).not.toBe(after.version);
    });
  });
}
