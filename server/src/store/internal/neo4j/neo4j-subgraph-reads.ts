/**
 * Neo4j's answers to the traversal reads (SubgraphReads), one statement each, in read transactions of
 * their own: the focus's neighbours in cut order, a subgraph of given ids with the derived degrees, and
 * the relationships on short walks from both ends of the paths wanted.
 */
import neo4j, { type Node } from 'neo4j-driver';
import type { NodeKind } from '#model';
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
      return {
        neighbours: rows.map((row) => ({ id: String(row.id), kind: String(row.kind) as NodeKind })),
      };
    },
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
