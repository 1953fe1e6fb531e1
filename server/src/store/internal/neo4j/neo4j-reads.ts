/**
 * Reads from Neo4j: each one statement in a read transaction of its own (executeRead), decoded by the
 * record codec exactly as the embedded store decodes its rows.
 */
import neo4j from 'neo4j-driver';
import { isNodeKind, type GraphEdge, type GraphNode, type NodeKind } from '#model';
import type { CountedNodes, GraphStore } from '../../graph-store.ts';
import { readCypher } from '../cypher-files.ts';
import { decodeCounts, decodeEdge, decodeNode } from '../record-codec.ts';
import { wholeGraphReads } from '../whole-graph-reads.ts';
import { degreeOf } from '../subgraph-reads.ts';
import { COUNT_BY_KIND } from './neo4j-count-statements.ts';
import { neo4jColumnsOf } from './neo4j-columns-of.ts';

type Row = Record<string, unknown>;
export type RunRead = (query: string, params: Row) => Promise<Row[]>;

export type Neo4jReads = Pick<
  GraphStore,
  | 'getNodes'
  | 'kindsOf'
  | 'degrees'
  | 'countedNodes'
  | 'searchCandidates'
  | 'edgesAmong'
  | 'edgesOf'
  | 'listNames'
  | 'topByDegree'
  | 'allEdgeEnds'
  | 'allEdgeOutlines'
  | 'graphVersion'
  | 'setting'
  | 'counts'
>;

const nodeOf = (row: Row): GraphNode => decodeNode(String(row.kind), neo4jColumnsOf(row.n));
const decodeEdges = (rows: Row[]): GraphEdge[] => rows.map((row) => decodeEdge(String(row.kind), row));

/** Rows of a node `n` and its `kind` as entities with their degrees, kept on the node at write time. */
function counted(rows: readonly Row[]): CountedNodes {
  const degrees = new Map<string, number>();
  for (const row of rows) {
    const stored = neo4jColumnsOf(row.n);
    degrees.set(String(stored.id), degreeOf(stored.degree));
  }
  return { nodes: rows.map(nodeOf), degrees };
}

export function neo4jReads(runRead: RunRead): Neo4jReads {
  const read = (name: string, params: Row = {}) => runRead(readCypher('neo4j', name), params);
  return {
    ...wholeGraphReads(read),
    async getNodes(ids) {
      if (ids.length === 0) return [];
      return (await read('nodes-by-id', { ids: [...ids] })).map(nodeOf);
    },
    async countedNodes(ids) {
      if (ids.length === 0) return { nodes: [], degrees: new Map() };
      return counted(await read('nodes-by-id', { ids: [...new Set(ids)] }));
    },
    async kindsOf(ids) {
      const kinds = new Map<string, NodeKind>();
      if (ids.length === 0) return kinds;
      for (const row of await read('kinds-of', { ids: [...ids] })) {
        const kind = String(row.kind);
        if (isNodeKind(kind)) kinds.set(String(row.id), kind);
      }
      return kinds;
    },
    async degrees(ids) {
      const degrees = new Map<string, number>(ids.map((id) => [id, 0]));
      if (ids.length === 0) return degrees;
      for (const row of await read('degrees', { ids: [...new Set(ids)] }))
        degrees.set(String(row.id), degreeOf(row.degree));
      return degrees;
    },
    async searchCandidates(query) {
      if (query.terms.length === 0 || query.kinds.length === 0) return { nodes: [], degrees: new Map() };
      const name = query.mode === 'all' ? 'search-all-terms' : 'search-any-term';
      const rows = await read(name, {
        terms: [...query.terms],
        kinds: [...query.kinds],
        limit: neo4j.int(query.limit),
      });
      return counted(rows);
    },
    async edgesAmong(ids) {
      if (ids.length === 0) return [];
      return decodeEdges(await read('edges-among', { ids: [...ids] }));
    },
    async edgesOf(ids, rels, cap) {
      if (ids.length === 0 || rels.length === 0) return { edges: [], capped: false };
      const params = { ids: [...ids], rels: [...rels], cap: neo4j.int(cap) };
      const [out, inc] = await Promise.all([
        read('outgoing-edges-of-kinds', params),
        read('incoming-edges-of-kinds', params),
      ]);
      return { edges: decodeEdges([...out, ...inc]), capped: out.length >= cap || inc.length >= cap };
    },
    async topByDegree(limit) {
      const rows = await read('top-degree', { limit: neo4j.int(limit) });
      return rows.map((row) => ({ id: String(row.id), degree: degreeOf(row.degree) }));
    },
    async counts() {
      const rows = await runRead(COUNT_BY_KIND, {});
      const side = (which: string) => rows.filter((row) => row.side === which);
      return decodeCounts(side('node'), side('edge'));
    },
  };
}
