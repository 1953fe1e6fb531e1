/**
 * A data directory written before the derived counts existed opens as it is and is counted on open; one
 * written before settings existed gains their table on open; settings outlive the store that saved them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { edgeRecord, nodeRecord } from '#model';
import { createKuzuStore } from '../../index.ts';
import { cypherPath } from '../cypher-files.ts';
import { parseSchemaFile } from './kuzu-schema.ts';
import { scratchDir } from '../../../../test-support/scratch-dir.ts';

const REPO = fileURLToPath(new URL('../../../../../', import.meta.url));

/** The schema as it was: entity tables without the derived columns. */
function oldSchema(): string[] {
  return parseSchemaFile(readFileSync(cypherPath('kuzu', 'schema'), 'utf8')).map((statement) =>
    statement.replace(', degree INT64 DEFAULT 0, trackRecord INT64 DEFAULT 0', ''),
  );
}

/** The schema as it was before settings: without the Setting table. */
function schemaBeforeSettings(): string[] {
  return parseSchemaFile(readFileSync(cypherPath('kuzu', 'schema'), 'utf8')).filter(
    (statement) => !statement.includes(' Setting('),
  );
}

/**
 * Runs statements against a new data directory in another process, as an older version of the app would
 * have (kuzu keeps per-process state for a database it opened, which would not be that of an older app).
 */
function writeOlderDirectory(statements: readonly string[]): string {
  const path = join(scratchDir('kuzu-old'), 'graph.kuzu');
  const script = `import { Connection, Database } from 'kuzu';
    const db = new Database(process.env.KG_PATH); const conn = new Connection(db);
    for (const s of JSON.parse(process.env.KG_STATEMENTS)) await conn.query(s);
    await conn.close(); await db.close(); process.exit(0);`;
  execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, KG_PATH: path, KG_STATEMENTS: JSON.stringify(statements) },
    cwd: REPO,
  });
  return path;
}

describe('kuzu settings', () => {
  it('survive closing the store and opening the directory again', async () => {
    const path = join(scratchDir('kuzu-settings'), 'graph.kuzu');
    const first = await createKuzuStore({ path });
    try {
      await first.write({ nodes: [nodeRecord('Enterprise', 'e-1', '甲')], edges: [] });
      await first.saveSetting('graph.layout', '{"zoom":2}');
      await first.saveSetting('graph.layout', '{"zoom":3}');
    } finally {
      await first.close();
    }
    const second = await createKuzuStore({ path });
    try {
      expect(await second.setting('graph.layout')).toBe('{"zoom":3}');
      expect(await second.setting('other')).toBeNull();
      expect((await second.listNames()).map((entry) => entry.id)).toEqual(['e-1']);
    } finally {
      await second.close();
    }
  });

  it('get their table on open in a data directory made before settings existed, which keeps its graph', async () => {
    const path = writeOlderDirectory([
      ...schemaBeforeSettings(),
      "CREATE (:Enterprise {id: 'e-1', name: '甲', aliases: '[]', keywords: '[]', props: '{}', stats: '[]', sources: '[]', searchText: '甲'})",
    ]);
    const store = await createKuzuStore({ path });
    try {
      expect(await store.setting('graph.layout')).toBeNull();
      await store.saveSetting('graph.layout', '{"zoom":2}');
      expect(await store.setting('graph.layout')).toBe('{"zoom":2}');
      expect((await store.getNodes(['e-1'])).map((each) => each.name)).toEqual(['甲']);
      expect(await store.graphVersion()).toBe('');
    } finally {
      await store.close();
    }
  });
});

describe('kuzu data directories of the older layout', () => {
  it('gain the derived columns on open, counted from the relationships already there, and keep them', async () => {
    const statements = [
      ...oldSchema(),
      "CREATE (:Enterprise {id: 'e-1', name: '甲', aliases: '[]', keywords: '[]', props: '{}', stats: '[]', sources: '[]', searchText: '甲'})",
      "CREATE (:University {id: 'u-1', name: '乙', aliases: '[]', keywords: '[]', props: '{}', stats: '[]', sources: '[]', searchText: '乙'})",
      "MATCH (a:Enterprise {id: 'e-1'}), (b:University {id: 'u-1'}) CREATE (a)-[:COOPERATES_WITH {id: 'COOPERATES_WITH:e-1->u-1', props: '{}', sources: '[]'}]->(b)",
    ];
    const path = writeOlderDirectory(statements);

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
