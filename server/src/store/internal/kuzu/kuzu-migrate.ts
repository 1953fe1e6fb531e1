/**
 * Brings a data directory of an older layout up to date on open: entity tables created before the
 * derived counts existed get their columns (ALTER TABLE … ADD, which keeps every row); the store then
 * reopens the database (kuzu 0.11 crashes on an upsert into a table altered by the same open database)
 * and recounts every entity once, in one write transaction. Nothing to run by hand.
 */
import { NODE_KINDS } from '#model';
import { bindLabels } from '../cypher-files.ts';
import { countKeeper } from '../derived-counts.ts';
import type { WriteTx } from '../write-tx.ts';
import type { KuzuConnections } from './kuzu-connections.ts';
import { DERIVED_COLUMNS } from './kuzu-schema.ts';

/** Adds the derived columns where they are missing; true when it added any (reopen, then recount). */
export async function addDerivedColumns(db: KuzuConnections): Promise<boolean> {
  let added = false;
  for (const kind of NODE_KINDS) {
    const columns = await db.exclusive(() =>
      db.run(bindLabels("CALL table_info('__KIND__') RETURN name", { KIND: kind })),
    );
    const present = new Set(columns.map((row) => String(row.name)));
    for (const column of DERIVED_COLUMNS) {
      if (present.has(column)) continue;
      // The column name is one of the declared derived columns, the table a declared kind.
      await db.exclusive(() =>
        db.control(bindLabels(`ALTER TABLE __KIND__ ADD ${column} INT64 DEFAULT 0`, { KIND: kind })),
      );
      added = true;
    }
  }
  return added;
}

/** Counts every entity from scratch, in one write transaction. */
export async function recountEverything(
  db: KuzuConnections,
  inWriteTx: <T>(work: (tx: WriteTx) => Promise<T>) => Promise<T>,
): Promise<void> {
  await inWriteTx(async (tx) => {
    await countKeeper('kuzu', (text, params) => db.run(text, params), tx.edgesTouching).recountAll();
  });
}
