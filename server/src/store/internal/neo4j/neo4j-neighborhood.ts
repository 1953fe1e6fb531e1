/**
 * A neighbourhood on Neo4j in one statement: the traversal of neighborhood-<depth>.cypher in a CALL {}
 * subquery, then the entities it kept with their degrees and the relationships among them
 * (neighborhood-subgraph.cypher). The same cut and order as the two statements of collect-neighborhood.ts,
 * which the embedded store runs: each row carries its entity's cut key, so the order is read, not assumed.
 */
import neo4j from 'neo4j-driver';
import type { Subgraph } from '#model';
import type { NeighborhoodQuery } from '../../graph-store.ts';
import { orderNeighborhood } from '../collect-neighborhood.ts';
import { bindLabels, readCypher } from '../cypher-files.ts';
import { REL_RANK, decodeSubgraph, type Degrees } from '../subgraph-reads.ts';
import { neo4jColumnsOf } from './neo4j-columns-of.ts';

type Row = Record<string, unknown>;

/** The one statement for a depth and the kinds wanted (labels from the declared kinds only). */
export function neighbourhoodStatement(depth: number, kinds: NeighborhoodQuery['kinds']): string {
  const traversal = bindLabels(readCypher('neo4j', `neighborhood-${depth}`), { KINDS: kinds });
  return `CALL {\n${traversal}\n}\n${readCypher('neo4j', 'neighborhood-subgraph')}`;
}

export async function neo4jNeighborhood(
  read: (text: string, params: Row) => Promise<Row[]>,
  query: NeighborhoodQuery,
): Promise<Subgraph & { readonly degrees: Degrees }> {
  const rows = await read(neighbourhoodStatement(query.depth, query.kinds), {
    id: query.id,
    kinds: [...query.kinds],
    relRank: REL_RANK,
    // One more than fits says whether the cut left any out; the focus takes one place.
    limit: neo4j.int(query.limit),
    keep: neo4j.int(Math.max(0, query.limit - 1)),
  });
  const keys = new Map<string, string>();
  for (const row of rows) keys.set(String(neo4jColumnsOf(row.n).id), String(row.key));
  const ids = [...keys].sort(([a, x], [b, y]) => (x < y ? -1 : x > y ? 1 : a < b ? -1 : 1)).map(([id]) => id);
  const subgraph = decodeSubgraph(rows, ids, (row) => neo4jColumnsOf(row.n));
  return orderNeighborhood(query.id, ids, subgraph, rows[0]?.truncated === true);
}
