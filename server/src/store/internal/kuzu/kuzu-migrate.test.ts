/** A data directory written before the derived counts existed opens as it is and is counted on open. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { edgeRecord, nodeRecord } from '#model';
import { createKuzuStore } from '../../index.ts';
import { cypherPath } from '../cypher-files.ts';
import { parseSchemaFile } from './kuzu-schema.ts';

const REPO = fileURLToPath(new URL('../../../../../', import.meta.url));

/** The schema as it was: entity tables without the derived columns. */
function oldSchema(): string[] {
  return parseSchemaFile(readFileSync(cypherPath('kuzu', 'schema'), 'utf8')).map((statement) =>
    statement.replace(', degree INT64 DEFAULT 0, trackRecord INT64 DEFAULT 0', ''),
  );
}

describe('kuzu data directories of the older layout', () => {
  it('gain the derived columns on open, counted from the relationships already there, and keep them', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'kg-kuzu-old-')), 'graph.kuzu');
    const statements = [
      ...oldSchema(),
      "CREATE (:Enterprise {id: 'e-1', name: '甲', aliases: '[]', keywords: '[]', props: '{}', stats: '[]', sources: '[]', searchText: '甲'})",
      "CREATE (:University {id: 'u-1', name: '乙', aliases: '[]', keywords: '[]', props: '{}', stats: '[]', sources: '[]', searchText: '乙'})",
      "MATCH (a:Enterprise {id: 'e-1'}), (b:University {id: 'u-1'}) CREATE (a)-[:COOPERATES_WITH {id: 'COOPERATES_WITH:e-1->u-1', props: '{}', sources: '[]'}]->(b)",
    ];
    // Written by another process, as an older version of the app would have (kuzu keeps per-process
    // state for a database it opened, which would not be that of an older app).
    const script = `import { Connection, Database } from 'kuzu';
      const db = new Database(process.env.KG_PATH); const conn = new Connection(db);
      for (const s of JSON.parse(process.env.KG_STATEMENTS)) await conn.query(s);
      await conn.close(); await db.close(); process.exit(0);`;
    execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, KG_PATH: path, KG_STATEMENTS: JSON.stringify(statements) },
      cwd: REPO,
    });

    const store = await createKuzuStore({ path });
    try {
      expect(Object.fromEntries(await store.degrees(['e-1', 'u-1']))).toEqual({ 'e-1': 1, 'u-1': 1 });
      const [facts] = await store.features('candidate-facts', { refs: [{ id: 'u-1', kind: 'University' }] });
      expect(facts?.record).toBe(1);
      await store.write({
        nodes: [nodeRecord('University', 'u-2', '丙')],
        edges: [edgeRecord('COOPERATES_WITH', 'e-1', 'u-2')],
      });
      expect(Object.fromEntries(await store.degrees(['e-1', 'u-2']))).toEqual({ 'e-1': 2, 'u-2': 1 });
    } finally {
      await store.close();
    }
  });
});
