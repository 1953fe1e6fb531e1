/**
 * Neo4j's answers to a path search's reads (PathReads), one statement each, in read transactions of
 * their own: a subgraph of given ids with the derived degrees, and the relationships on short walks from
 * both ends of the paths wanted. Its neighbourhood is one statement (neo4j-neighborhood.ts).
 */
import type { Node } from 'neo4j-driver';
import { readCypher } from '../cypher-files.ts';
import { decodeSubgraph, walkEdges, type PathReads } from '../subgraph-reads.ts';

type Row = Record<string, unknown>;

export function neo4jSubgraphReads(read: (text: string, params: Row) => Promise<Row[]>): PathReads {
  return {
    async subgraph(refs) {
      const distinct = [...new Set(refs.map((ref) => ref.id))];
      if (distinct.length === 0) return { nodes: [], edges: [], degrees: new Map<string, number>() };
      const rows = await read(readCypher('neo4j', 'subgraph-of-ids'), { ids: distinct });
      return decodeSubgraph(rows, distinct, (row) => (row.n as Node).properties as Row);
    },
    async walks(id, length) {
      const [row] = await read(readCypher('neo4j', `walk-edges-${length}`), { id });
      return row ? walkEdges(row.walks) : null;
    },
  };
}
