/**
 * Reads from kuzu, on the reader connections (or on the writer inside a write). A question's reads are a
 * fixed number of statements whatever the kinds involved: lists of ids of any kind are matched against
 * every entity table at once (`(n:A:B:…)`, cypher/kuzu/*-by-ids.cypher); only the imports' very long
 * lists of ids still go table by table, where a scan per table is the fast way.
 */
import {
  NODE_KINDS,
  REL_KIND_SPECS,
  isNodeKind,
  type GraphEdge,
  type GraphNode,
  type NodeKind,
  type RelKind,
} from '#model';
import type { CountedNodes, GraphCounts, GraphStore, SearchCandidatesQuery } from '../../graph-store.ts';
import type { RegisterReads } from '../../register-queries.ts';
import { bindLabels, readCypher } from '../cypher-files.ts';
import { decodeCounts, decodeEdge, decodeNode } from '../record-codec.ts';
import { wholeGraphReads } from '../whole-graph-reads.ts';
import { degreeOf, type SubgraphReads } from '../subgraph-reads.ts';
import { kuzuCandidateFacts, kuzuListed, kuzuSubgraphReads } from './kuzu-subgraph.ts';
import { perCommit } from './per-commit.ts';
import { recordCache } from './kuzu-record-cache.ts';
import type { CandidateFacts, FeatureParams } from '../../feature-queries.ts';
import type { KuzuConnections, Row } from './kuzu-connections.ts';
import { kuzuPerKind, type PerKind } from './kuzu-per-kind.ts';
import { ROUTED_AT_MOST, routedLookup } from './kuzu-routed-lookup.ts';

export type KuzuReads = Omit<
  GraphStore,
  | 'backend'
  | 'searchKeys'
  | 'neighborhood'
  | 'paths'
  | 'features'
  | 'write'
  | 'undoChangeSet'
  | 'changeSets'
  | 'changeSet'
  | 'reviewPairs'
  | 'reviewPairsById'
  | 'saveSetting'
  | 'close'
  | keyof RegisterReads
> & {
  /** The kind of each id that exists; `inWrite` reads on the writer, inside the write's transaction. */
  kindsOf(ids: readonly string[], inWrite?: boolean): Promise<Map<string, NodeKind>>;
  readonly subgraphs: SubgraphReads;
  /** The recommender's candidate facts (feature-queries.ts), by the same plan as subgraphs. */
  candidateFacts(params: FeatureParams<'candidate-facts'>): Promise<CandidateFacts[]>;
};

export interface KuzuReadOptions {
  /** Graphs of up to this many relationships are read by one walk (kuzu-subgraph.ts). */
  readonly walkAllUpTo?: number;
}

/** Lists of ids up to this long are read in one statement; longer ones (imports) table by table. */
const ONE_STATEMENT = 2_000;

/** A template with every entity table as its labels (`A:B:…`). */
const everyKind = (name: string, labels: Record<string, string | readonly string[]> = {}) =>
  bindLabels(readCypher('kuzu', name), { NODES: NODE_KINDS, ...labels }, ':');

/** Entities whose search keys hold the terms, with the degrees kept on them. */
async function searchCandidates(
  readText: KuzuConnections['readText'],
  query: SearchCandidatesQuery,
): Promise<CountedNodes> {
  const degrees = new Map<string, number>();
  if (query.terms.length === 0 || query.kinds.length === 0) return { nodes: [], degrees };
  const name = query.mode === 'all' ? 'search-all-terms' : 'search-any-term';
  const text = bindLabels(readCypher('kuzu', name), { KINDS: query.kinds }, ':');
  const rows = await readText(text, { terms: [...query.terms], limit: query.limit });
  const nodes = rows.map((row) => {
    const stored = row.n as Row;
    degrees.set(String(stored.id), degreeOf(stored.degree));
    return decodeNode(String(row.kind), stored);
  });
  return { nodes, degrees };
}

/** Relationships of the given kinds on either side of the ids, at most `cap` each way. */
async function edgesOf(perKind: PerKind, ids: readonly string[], rels: readonly RelKind[], cap: number) {
  if (ids.length === 0 || rels.length === 0) return { edges: [], capped: false };
  const distinct = [...new Set(ids)];
  // Only the kinds that such relationships can leave, or arrive at.
  const ends = (side: 'from' | 'to') =>
    NODE_KINDS.filter((kind) => rels.some((rel) => REL_KIND_SPECS[rel][side].includes(kind)));
  const params = { ids: distinct, cap };
  const [out, inc] = await Promise.all([
    perKind('outgoing-edges-of-kinds', params, ends('from'), { RELS: rels }),
    perKind('incoming-edges-of-kinds', params, ends('to'), { RELS: rels }),
  ]);
  const rows = (side: typeof out) => side.slice(0, cap).map(({ row }) => row);
  return {
    edges: [...rows(out), ...rows(inc)].map((row) => decodeEdge(String(row.kind), row)),
    capped: out.length >= cap || inc.length >= cap,
  };
}

export function kuzuReads(db: KuzuConnections, options: KuzuReadOptions = {}): KuzuReads {
  const { readText, read } = db;
  const perKind = kuzuPerKind(db);
  const nodeRow = (kind: unknown, stored: unknown) => decodeNode(String(kind), stored as Row);

  /** Rows of nodes-by-ids.cypher for these ids: a short list by routed index lookups first, the rest by a scan. */
  async function nodeRows(distinct: readonly string[]): Promise<Row[]> {
    if (distinct.length > ROUTED_AT_MOST) return readText(everyKind('nodes-by-ids'), { ids: [...distinct] });
    const { rows, unresolved } = await routedLookup(readText, distinct);
    if (unresolved.length === 0) return rows;
    return [...rows, ...(await readText(everyKind('nodes-by-ids'), { ids: unresolved }))];
  }

  async function nodesWithDegrees(ids: readonly string[]) {
    const distinct = [...new Set(ids)];
    const degrees = new Map<string, number>();
    if (distinct.length === 0) return { nodes: [], degrees };
    const rows = await nodeRows(distinct);
    const nodes = rows.map((row) => {
      degrees.set(String(row.id), degreeOf(row.degree));
      return nodeRow(row.kind, row);
    });
    return { nodes, degrees };
  }

  async function getNodes(ids: readonly string[]): Promise<GraphNode[]> {
    const distinct = [...new Set(ids)];
    if (distinct.length === 0) return [];
    if (distinct.length <= ONE_STATEMENT) return (await nodesWithDegrees(distinct)).nodes;
    const rows = await perKind('nodes-by-id', { ids: distinct });
    return rows.map(({ kind, row }) => decodeNode(kind, row.n as Row));
  }

  async function kindsOf(ids: readonly string[], inWrite = false): Promise<Map<string, NodeKind>> {
    const kinds = new Map<string, NodeKind>();
    const distinct = [...new Set(ids)];
    if (distinct.length === 0) return kinds;
    if (!inWrite && distinct.length <= ROUTED_AT_MOST) {
      for (const row of await nodeRows(distinct)) kinds.set(String(row.id), String(row.kind) as NodeKind);
      return kinds;
    }
    if (!inWrite && distinct.length <= ONE_STATEMENT) {
      for (const row of await readText(everyKind('kinds-by-ids'), { ids: distinct })) {
        const kind = String(row.kind);
        if (isNodeKind(kind)) kinds.set(String(row.id), kind);
      }
      return kinds;
    }
    for (const { kind, row } of await perKind('kinds-of', { ids: distinct }, NODE_KINDS, {}, inWrite))
      kinds.set(String(row.id), kind);
    return kinds;
  }

  // The counts per kind scan every table: kept until the next write (per-commit.ts). They also choose
  // how subgraphs are read.
  const counts = perCommit(db.commits, async (): Promise<GraphCounts> => {
    const [nodes, edges] = await Promise.all([
      readText(everyKind('count-nodes-by-kind')),
      read('count-edges-by-kind'),
    ]);
    return decodeCounts(nodes, edges);
  });
  const relationships = async () => (await counts()).edges.reduce((sum, each) => sum + each.count, 0);
  const listed = kuzuListed(readText, relationships, options.walkAllUpTo, recordCache(db.commits));
  const subgraphs = kuzuSubgraphReads(readText, listed, db.commits);
  const subgraph = subgraphs.subgraph;

  async function degrees(ids: readonly string[]): Promise<Map<string, number>> {
    const found = new Map<string, number>(ids.map((id) => [id, 0]));
    const distinct = [...new Set(ids)];
    if (distinct.length > 0 && distinct.length <= ROUTED_AT_MOST) {
      for (const row of await nodeRows(distinct)) found.set(String(row.id), degreeOf(row.degree));
      return found;
    }
    for (let i = 0; i < distinct.length; i += 5_000)
      for (const row of await readText(everyKind('degrees-by-ids'), { ids: distinct.slice(i, i + 5_000) }))
        found.set(String(row.id), degreeOf(row.degree));
    return found;
  }

  const decodeEdges = (rows: Row[]): GraphEdge[] => rows.map((row) => decodeEdge(String(row.kind), row));

  async function edgesAmong(ids: readonly string[]): Promise<GraphEdge[]> {
    const distinct = [...new Set(ids)];
    if (distinct.length === 0) return [];
    if (distinct.length <= ONE_STATEMENT) {
      const kinds = await kindsOf(distinct);
      return (await subgraph(distinct.map((id) => ({ id, kind: kinds.get(id) })))).edges;
    }
    // Each node's outgoing edges, filtered here: a pair of IN lists scans the list for every relationship.
    const wanted = new Set(distinct);
    const rows = (await perKind('edges-from', { ids: distinct })).map(({ row }) => row);
    return decodeEdges(rows.filter((row) => wanted.has(String(row.to))));
  }

  return {
    ...wholeGraphReads(read),
    getNodes,
    async countedNodes(ids) {
      const distinct = [...new Set(ids)];
      if (distinct.length <= ROUTED_AT_MOST) return nodesWithDegrees(distinct);
      const [nodes, counted] = await Promise.all([getNodes(distinct), degrees(distinct)]);
      return { nodes, degrees: new Map(nodes.map((node) => [node.id, counted.get(node.id) ?? 0])) };
    },
    kindsOf,
    edgesAmong,
    edgesOf: (ids, rels, cap) => edgesOf(perKind, ids, rels, cap),
    subgraphs,
    degrees,
    searchCandidates: (query) => searchCandidates(readText, query),
    async topByDegree(limit) {
      const rows = await readText(everyKind('top-degree'), { limit });
      return rows.map((row) => ({ id: String(row.id), degree: degreeOf(row.degree) }));
    },
    counts,
    candidateFacts: (params) => kuzuCandidateFacts(listed, params),
  };
}
