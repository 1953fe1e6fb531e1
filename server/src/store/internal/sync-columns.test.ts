/**
 * A database written before the need register's columns existed (values in the props only) gets them on
 * open, on both backends: the register then filters and counts those needs like new ones.
 */
import { join } from 'node:path';
import { Connection, Database } from 'kuzu';
import neo4j from 'neo4j-driver';
import { describe, expect, inject, it } from 'vitest';
import { nodeRecord } from '#model';
import '../../../test-support/test-backends.ts';
import { createKuzuStore } from './kuzu/create-kuzu-store.ts';
import { createNeo4jStore } from './neo4j/create-neo4j-store.ts';
import { scratchDir } from '../../../test-support/scratch-dir.ts';

const SOLVED = nodeRecord('Need', 'n-old', '老需求', {
  props: { status: '已解决', needType: '技术', raisedOn: '2023-05-01', solvedOn: '2023-09-01' },
});

describe('columns filled from the props on open', () => {
  it('fills a kuzu database’s empty columns from the props', async () => {
    const path = join(scratchDir('sync'), 'graph.kuzu');
    const first = await createKuzuStore({ path, bufferPoolBytes: 64 * 1024 * 1024 });
    await first.write({ nodes: [SOLVED], edges: [] });
    await first.close();
    // As an older version left it: the values in the props, the columns empty.
    const db = new Database(path, 64 * 1024 * 1024);
    const conn = new Connection(db);
    const result = await conn.query(
      'MATCH (n:Need) SET n.status = NULL, n.needType = NULL, n.solvedOn = NULL',
    );
    // A result left open pins buffer-pool pages and crashes the binding on close.
    for (const each of Array.isArray(result) ? result : [result]) each.close();
    await conn.close();
    await db.close();
    const store = await createKuzuStore({ path, bufferPoolBytes: 64 * 1024 * 1024 });
    try {
      expect(
        (await store.matchNeeds({ statuses: ['已解决'], needTypes: ['技术'] })).map((n) => n.id),
      ).toEqual(['n-old']);
      expect(await store.registerFigure('needs-by-year', {})).toContainEqual({
        period: '2023',
        series: 'solved',
        count: 1,
      });
    } finally {
      await store.close();
    }
  });

  const uri = inject('neo4jUri');
  it.runIf(uri)('fills a Neo4j database’s missing properties', async () => {
    const options = { uri: uri ?? '', user: 'neo4j', password: '', database: 'neo4j' };
    const driver = neo4j.driver(options.uri);
    try {
      await driver.executeQuery('MATCH (n) DETACH DELETE n');
      const first = await createNeo4jStore(options);
      await first.write({ nodes: [SOLVED], edges: [] });
      await first.close();
      await driver.executeQuery('MATCH (n:Need) REMOVE n.status, n.needType, n.solvedOn');
      const store = await createNeo4jStore(options);
      try {
        const found = await store.matchNeeds({ statuses: ['已解决'], needTypes: ['技术'] });
        expect(found.map((n) => n.id)).toEqual(['n-old']);
      } finally {
        await store.close();
      }
    } finally {
      await driver.close();
    }
  });
});
