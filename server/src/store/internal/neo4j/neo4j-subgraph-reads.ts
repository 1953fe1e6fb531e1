/**
 * Neo4j's answers to the traversal reads (SubgraphReads), one statement each, in read transactions of
 * their own: the focus's neighbours in cut order, a subgraph of given ids with the derived degrees, and
 * the relationships on short walks from both ends of the paths wanted.
 */
import neo4j, { type Node } from 'neo4j-driver';
import { bindLabels, readCypher } from '../cypher-files.ts';
import { REL_RANK, decodeSubgraph, walkEdges, type SubgraphReads } from '../subgraph-reads.ts';

type Row = Record<string, unknown>;

export function neo4jSubgraphReads(read: (text: string, params: Row) => Promise<Row[]>): SubgraphReads {
  return {
    async neighbours(query, limit) {
      const text = bindLabels(readCypher('neo4j', `neighborhood-${query.depth}`), { KINDS: query.kinds });
      const rows = await read(text, {
        id: query.id,
        kinds: [...query.kinds],
        relRank: REL_RANK,
        limit: neo4j.int(limit),
      });
      return rows.map((row) => String(row.id));
    },
    async subgraph(ids) {
      const distinct = [...new Set(ids)];
      if (distinct.length === 0) return { nodes: [], edges: [], degrees: new Map<string, number>() };
      const rows = await read(readCypher('neo4j', 'subgraph-of-ids'), { ids: distinct });
      return decodeSubgraph(rows, distinct, (row) => (row.n as Node).properties as Row);
    },
    async walks(from, to, length) {
      const [row] = await read(readCypher('neo4j', `walk-edges-${length}`), { from, to });
      return {
        from: row?.fromId ? walkEdges(row.fromWalks) : null,
        to: row?.toId ? walkEdges(row.toWalks) : null,
      };
    },
  };
}
