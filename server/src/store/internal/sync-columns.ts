/**
 * Brings the columns of properties declared `column` (column-values.ts) in line with the props when a
 * store opens: a database written before a property was declared a column (or before the column
 * existed, see kuzu-columns.ts) has the values in its props only. Writes keep them in line afterwards, so
 * this finds nothing to do on every later start; it reads each such kind's nodes once (the register's
 * needs and 对接 records, thousands rather than millions). Not a change set: no record changes.
 */
import type { GraphNode, NodeKind } from '#model';
import { NODE_KINDS, columnProperties } from '#model';
import { columnsCurrent } from './column-values.ts';
import { bindLabels, readCypher } from './cypher-files.ts';
import type { Backend } from '../graph-store.ts';
import { decodeNode } from './record-codec.ts';

type Row = Readonly<Record<string, unknown>>;

export interface ColumnSync {
  readonly backend: Backend;
  /** Runs one read-only statement. */
  readonly read: (text: string) => Promise<Row[]>;
  /** The stored properties of a returned node. */
  readonly propertiesOf: (value: unknown) => Row;
  /** Sets the kind's columns of these nodes from their props. */
  readonly write: (kind: NodeKind, nodes: readonly GraphNode[]) => Promise<void>;
}

/** Syncs every kind with columns; resolves with how many nodes needed it. */
export async function syncColumns(sync: ColumnSync): Promise<number> {
  let synced = 0;
  for (const kind of NODE_KINDS.filter((each) => columnProperties(each).length > 0)) {
    const rows = await sync.read(bindLabels(readCypher(sync.backend, 'nodes-with-columns'), { KIND: kind }));
    const stale = rows
      .map((row) => sync.propertiesOf(row.n))
      .map((stored) => ({ node: decodeNode(kind, stored), stored }))
      .filter(({ node, stored }) => !columnsCurrent(node, stored))
      .map(({ node }) => node);
    if (stale.length > 0) await sync.write(kind, stale);
    synced += stale.length;
  }
  return synced;
}
