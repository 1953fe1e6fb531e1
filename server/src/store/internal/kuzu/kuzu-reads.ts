/**
 * Reads from kuzu, on the reader connections (or on the writer inside a write). kuzu keeps one table per
 * kind, so lookups by id run once per table that may hold the ids, each statement labelled by its kind.
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
import type { EntityName, GraphCounts, GraphStore } from '../../graph-store.ts';
import { bindLabels, readCypher } from '../cypher-files.ts';
import { decodeCounts, decodeEdge, decodeNode } from '../record-codec.ts';
import type { KuzuConnections, Params, Row } from './kuzu-connections.ts';

export type KuzuReads = Omit<
  GraphStore,
  | 'backend'
  | 'searchKeys'
  | 'neighborhood'
  | 'paths'
  | 'features'
  | 'write'
  | 'close'
  | 'undoChangeSet'
  | 'changeSets'
  | 'changeSet'
> & {
  /** The kind of each id that exists; `inWrite` reads on the writer, inside the write's transaction. */
  kindsOf(ids: readonly string[], inWrite?: boolean): Promise<Map<string, NodeKind>>;
  edgesTouching(ids: readonly string[], cap: number): Promise<{ edges: GraphEdge[]; capped: boolean }>;
};

export function kuzuReads(db: KuzuConnections): KuzuReads {
  const { run, readText, read } = db;
  /**
   * Runs a template labelled __KIND__ once per node kind that may hold the ids, on the readers (or on
   * the writer, inside a write), and gathers the rows with the kind they came from.
   */
  async function perKind(
    name: string,
    params: Params,
    kinds: readonly NodeKind[] = NODE_KINDS,
    labels: Readonly<Record<string, readonly string[]>> = {},
    inWrite = false,
  ): Promise<Array<{ kind: NodeKind; row: Row }>> {
    const template = readCypher('kuzu', name);
    const text = (kind: NodeKind) => bindLabels(template, { KIND: kind, ...labels });
    const tag = (kind: NodeKind) => (rows: Row[]) => rows.map((row) => ({ kind, row }));
    if (!inWrite) {
      const parts = await Promise.all(kinds.map((kind) => readText(text(kind), params).then(tag(kind))));
      return parts.flat();
    }
    // Inside a write the writer is already ours: one statement after another on it.
    const rows: Array<{ kind: NodeKind; row: Row }> = [];
    for (const kind of kinds) rows.push(...tag(kind)(await run(text(kind), params)));
    return rows;
  }

  async function getNodes(ids: readonly string[]): Promise<GraphNode[]> {
    if (ids.length === 0) return [];
    const rows = await perKind('nodes-by-id', { ids: [...new Set(ids)] });
    return rows.map(({ kind, row }) => decodeNode(kind, row.n as Row));
  }

  async function kindsOf(ids: readonly string[], inWrite = false): Promise<Map<string, NodeKind>> {
    const kinds = new Map<string, NodeKind>();
    if (ids.length === 0) return kinds;
    for (const { kind, row } of await perKind(
      'kinds-of',
      { ids: [...new Set(ids)] },
      NODE_KINDS,
      {},
      inWrite,
    ))
      kinds.set(String(row.id), kind);
    return kinds;
  }

  const decodeEdges = (rows: Row[]): GraphEdge[] => rows.map((row) => decodeEdge(String(row.kind), row));

  async function edgesAmong(ids: readonly string[]): Promise<GraphEdge[]> {
    if (ids.length === 0) return [];
    // Each node's outgoing edges, filtered here: `a.id IN $ids AND b.id IN $ids` scans the list for every
    // relationship, and kuzu 0.11 can return rows of other nodes for it.
    const distinct = [...new Set(ids)];
    const among = new Set(distinct);
    const rows = (await perKind('edges-from', { ids: distinct })).map(({ row }) => row);
    return decodeEdges(rows.filter((row) => among.has(String(row.to))));
  }

  async function listNames(): Promise<EntityName[]> {
    const names: EntityName[] = [];
    for (const row of await read('all-names')) {
      const kind = String(row.kind);
      if (!isNodeKind(kind)) continue;
      const aliases =
        typeof row.aliases === 'string' && row.aliases ? (JSON.parse(row.aliases) as string[]) : [];
      names.push({ id: String(row.id), kind, name: typeof row.name === 'string' ? row.name : '', aliases });
    }
    return names;
  }

  /** Relationships on either side of the ids, at most `cap` each way (across all kinds). */
  async function edgesBothWays(
    ids: readonly string[],
    cap: number,
    names: readonly [string, string],
    rels?: readonly RelKind[],
  ) {
    const distinct = [...new Set(ids)];
    const labels: Record<string, readonly string[]> = rels ? { RELS: rels } : {};
    // Only the kinds that such relationships can leave, or arrive at.
    const ends = (side: 'from' | 'to') =>
      rels
        ? NODE_KINDS.filter((kind) => rels.some((rel) => REL_KIND_SPECS[rel][side].includes(kind)))
        : NODE_KINDS;
    const [out, inc] = await Promise.all([
      perKind(names[0], { ids: distinct, cap }, ends('from'), labels),
      perKind(names[1], { ids: distinct, cap }, ends('to'), labels),
    ]);
    const rows = (side: typeof out) => side.slice(0, cap).map(({ row }) => row);
    return {
      edges: decodeEdges([...rows(out), ...rows(inc)]),
      capped: out.length >= cap || inc.length >= cap,
    };
  }

  async function edgesTouching(ids: readonly string[], cap: number) {
    if (ids.length === 0) return { edges: [], capped: false };
    return edgesBothWays(ids, cap, ['outgoing-edges', 'incoming-edges']);
  }

  async function edgesOf(ids: readonly string[], rels: readonly RelKind[], cap: number) {
    if (ids.length === 0 || rels.length === 0) return { edges: [], capped: false };
    return edgesBothWays(ids, cap, ['outgoing-edges-of-kinds', 'incoming-edges-of-kinds'], rels);
  }

  return {
    getNodes,
    kindsOf,
    edgesAmong,
    edgesOf,
    edgesTouching,
    listNames,
    async degrees(ids) {
      const degrees = new Map<string, number>(ids.map((id) => [id, 0]));
      if (ids.length === 0) return degrees;
      const distinct = [...new Set(ids)];
      for (const name of ['degrees-out', 'degrees-in'])
        for (const { row } of await perKind(name, { ids: distinct }))
          degrees.set(String(row.id), (degrees.get(String(row.id)) ?? 0) + Number(row.degree));
      return degrees;
    },
    async searchCandidates(query) {
      if (query.terms.length === 0 || query.kinds.length === 0) return [];
      const name = query.mode === 'all' ? 'search-all-terms' : 'search-any-term';
      const rows = await read(name, { terms: [...query.terms], kinds: [...query.kinds], limit: query.limit });
      return rows.map((row) => {
        const n = row.n as Row;
        return decodeNode(String(n._label), n);
      });
    },
    async topByDegree(limit) {
      const totals = new Map<string, number>();
      for (const name of ['all-degrees-out', 'all-degrees-in'])
        for (const row of await read(name))
          totals.set(String(row.id), (totals.get(String(row.id)) ?? 0) + Number(row.degree));
      return [...totals]
        .map(([id, degree]) => ({ id, degree }))
        .sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .slice(0, limit);
    },
    async allEdgeEnds() {
      const rows = await read('all-edge-ends');
      return rows.map((row) => ({ from: String(row.from), to: String(row.to) }));
    },
    async counts(): Promise<GraphCounts> {
      return decodeCounts(await read('count-nodes-by-kind'), await read('count-edges-by-kind'));
    },
  };
}
