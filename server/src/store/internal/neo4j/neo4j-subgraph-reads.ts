/**
 * Neo4j's answers to a path search's reads (PathReads), in read transactions of their own: a subgraph of
 * given ids with the derived degrees, and the relationships on short walks from the ends of the paths
 * wanted. Walks asked at the same moment (a search's two ends, and other searches') are one statement:
 * a DataLoader batches them per length, and keeps nothing, since the graph may change between two asks.
 * Its neighbourhood is one statement of its own (neo4j-neighborhood.ts).
 */
import DataLoader from 'dataloader';
import { readCypher } from '../cypher-files.ts';
import { decodeSubgraph, walkEdges, type PathReads } from '../subgraph-reads.ts';
import { neo4jColumnsOf } from './neo4j-columns-of.ts';

type Row = Record<string, unknown>;
type Walks = Awaited<ReturnType<PathReads['walks']>>;

export function neo4jSubgraphReads(read: (text: string, params: Row) => Promise<Row[]>): PathReads {
  const walkers = new Map<number, DataLoader<string, Walks>>();
  const walker = (length: 1 | 2 | 3) => {
    let loader = walkers.get(length);
    if (!loader) {
      loader = new DataLoader<string, Walks>(
        async (ids) => {
          const rows = await read(readCypher('neo4j', `walk-edges-${length}`), { ids: [...ids] });
          const byStart = new Map(rows.map((row) => [String(row.start), walkEdges(row.walks)]));
          return ids.map((id) => byStart.get(id) ?? null);
        },
        { cache: false, maxBatchSize: 64 },
      );
      walkers.set(length, loader);
    }
    return loader;
  };
  return {
    async subgraph(refs) {
      const distinct = [...new Set(refs.map((ref) => ref.id))];
      if (distinct.length === 0) return { nodes: [], edges: [], degrees: new Map<string, number>() };
      const rows = await read(readCypher('neo4j', 'subgraph-of-ids'), { ids: distinct });
      return decodeSubgraph(rows, distinct, (row) => neo4jColumnsOf(row.n));
    },
    walks: (id, length) => walker(length).load(id),
  };
}
