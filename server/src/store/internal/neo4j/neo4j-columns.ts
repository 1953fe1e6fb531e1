/**
 * Neo4j's side of sync-columns.ts: on open, nodes written before their kind's columns (PropertySpec.column)
 * existed get them as properties, in one write transaction.
 */
import type { Node, Session } from 'neo4j-driver';
import { columnValues } from '../column-values.ts';
import { bindLabels, readCypher } from '../cypher-files.ts';
import { syncColumns } from '../sync-columns.ts';

type Row = Record<string, unknown>;

export async function syncNeo4jColumns(session: () => Session): Promise<number> {
  const s = session();
  try {
    return await syncColumns({
      backend: 'neo4j',
      read: async (text) =>
        (await s.executeRead((tx) => tx.run(text))).records.map((record) => record.toObject()),
      propertiesOf: (value) => (value as Node).properties as Row,
      write: async (kind, nodes) => {
        const text = bindLabels(readCypher('neo4j', 'set-columns'), { KIND: kind });
        const rows = nodes.map((node) => ({ id: node.id, columns: columnValues(node) }));
        await s.executeWrite((tx) => tx.run(text, { rows }));
      },
    });
  } finally {
    await s.close();
  }
}
