/**
 * The import command as a planner runs it, in a child process on a real embedded store seeded from
 * seed/kenli: bureau spreadsheets land on the seed's entities, re-importing changes nothing, --strict with
 * one bad row writes nothing, a running server is named as the reason the store cannot open, and killing
 * the process inside its write transaction (at a fail point it reports, so the kill is deterministic) leaves
 * the graph exactly as it was.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { importSeedDirectory } from '../ingest/seed-if-empty.ts';
import {
  FAIL_POINT_ENV,
  createKuzuStore,
  createNeo4jStore,
  failPointMessage,
  type GraphStore,
} from '../store/index.ts';
import { testBackends } from '../../test-support/test-backends.ts';
import { bureauWorkbook, specialistsCsvGbk } from '../../test-support/bureau-sheets.ts';
import { REPO_ROOT } from '../../test-support/start-seeded-app.ts';
import { scratchDir } from '../../test-support/scratch-dir.ts';

const dir = scratchDir('cli');
const dataDir = join(dir, 'data');
const dbPath = join(dataDir, 'graph.kuzu');
const open = () => createKuzuStore({ path: dbPath, bufferPoolBytes: 256 * 1024 * 1024 });

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function cli(
  args: string[],
  onStderr?: (text: string, kill: () => void) => void,
  env: Record<string, string> = { DATA_DIR: dataDir, NEO4J_URI: '' },
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/cli/main.ts', ...args], {
      cwd: REPO_ROOT,
      // Its temporary files (an import's COPY files, left behind when a test kills it) go in the scratch too.
      env: { ...process.env, TMPDIR: dir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      onStderr?.(stderr, () => child.kill('SIGKILL'));
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Everything a graph holds, as one digest. */
async function snapshot(store: GraphStore): Promise<string> {
  const names = (await store.listNames()).map((entry) => entry.id).sort();
  const nodes = await store.getNodes(names);
  const edges = await store.edgesAmong(names);
  const text = JSON.stringify([
    nodes.sort((a, b) => (a.id < b.id ? -1 : 1)),
    edges.map((edge) => JSON.stringify(edge)).sort(),
  ]);
  return createHash('sha256').update(text).digest('hex');
}

async function snapshotOnDisk(): Promise<string> {
  const store = await open();
  try {
    return await snapshot(store);
  } finally {
    await store.close();
  }
}

const csvPath = join(dir, '特派员名单.csv');
const bookPath = join(dir, '垦利区科技工作台账.xlsx');
const badPath = join(dir, '台账-有错.xlsx');

beforeAll(async () => {
  const store = await open();
  await importSeedDirectory(store, join(REPO_ROOT, 'seed/kenli'), REPO_ROOT);
  await store.close();
  writeFileSync(csvPath, specialistsCsvGbk());
  writeFileSync(bookPath, await bureauWorkbook());
  writeFileSync(badPath, await bureauWorkbook({ badRow: true }));
});

describe('npm run import', () => {
  it('with --strict and one bad row writes nothing and exits 1, naming the row and column', async () => {
    const before = await snapshotOnDisk();
    const run = await cli(['import', csvPath, badPath, '--strict']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('第 6 行');
    expect(run.stdout).toContain('总投资（万元）');
    expect(run.stdout).toContain('很多钱');
    expect(run.stdout).toMatch(/严格模式.*nothing was written/u);
    expect(await snapshotOnDisk()).toBe(before);
  });

  it('a dry run prints the mapping it chose and the counts, and writes nothing', async () => {
    const before = await snapshotOnDisk();
    const run = await cli(['import', csvPath, bookPath, '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('派出单位 → 任职于 WORKS_AT');
    expect(run.stdout).toContain('企业名称 → 提出需求 HAS_NEED');
    expect(run.stdout).toMatch(/dry run: nothing was written/u);
    expect(await snapshotOnDisk()).toBe(before);
  });

  it('imports a GBK CSV and a workbook it has never seen onto the seed’s entities, and a second time changes nothing', async () => {
    const first = await cli(['import', csvPath, bookPath]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/已写入 written: [1-9]/u);
    const store = await open();
    try {
      const ids = new Set((await store.listNames()).map((entry) => entry.id));
      // Legal names and abbreviations landed on the seed's short names, not beside them.
      for (const duplicate of [
        'enterprise:山东合益化工有限公司',
        'enterprise:东营汇东新能源有限公司',
        'enterprise:山东天牧生物科技有限公司',
        'enterprise:垦利石化集团有限公司',
        'university:石大',
        'university:山东省农科院',
      ])
        expect(ids.has(duplicate), duplicate).toBe(false);
      const needs = await store.edgesOf(['enterprise:合益化工'], ['HAS_NEED'], 10);
      expect(needs.edges.map((edge) => edge.to)).toEqual(['need:硼烷产品提纯工艺']);
      const [li] = await store.getNodes(['specialist:李青']);
      expect(li).toMatchObject({ name: '李青', props: { role: '科技特派员' } });
      // Formula-like cells and markup are kept as plain text.
      expect(li?.description).toBe('=HYPERLINK("http://evil.example","点我")');
      expect((await store.getNodes(['specialist:王五']))[0]?.description).toBe(
        '<img src=x onerror=alert(1)>',
      );
      expect((await store.getNodes(['need:=1+1']))[0]?.name).toBe('=1+1');
      const works = await store.edgesOf(['specialist:张海洋'], ['WORKS_AT', 'ADVISES'], 10);
      expect(works.edges.map((edge) => edge.to).sort()).toEqual([
        'enterprise:合益化工',
        'enterprise:汇东新能源',
        'university:中国石油大学',
      ]);
      const station = await store.edgesAmong(['academician:喻树迅', 'platform:天牧生物院士工作站']);
      expect(station.map((edge) => edge.kind)).toEqual(['WORKS_AT']);
      expect(station[0]?.sources).toEqual([{ file: '垦利区科技工作台账.xlsx', sheet: '院士工作站', row: 2 }]);
    } finally {
      await store.close();
    }
    const before = await snapshotOnDisk();
    const again = await cli(['import', csvPath, bookPath]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('已写入 written: 0 个实体 entities, 0 条关系 relationships');
    expect(again.stdout).not.toMatch(/\t[1-9]\d*\t\d+\t\d+\t\d+$/mu);
    expect(await snapshotOnDisk()).toBe(before);
  });

  it('records an import as a change set that npm run undo takes back exactly, and undoing the undo puts it back', async () => {
    const sheet = join(dir, '新企业名单.csv');
    writeFileSync(
      sheet,
      [
        '企业名称,所属领域,所在地区',
        '垦利新材料测试有限公司,新材料,垦利区',
        '山东合益化工有限公司,硼化工,垦利区',
      ].join('\n'),
    );
    const before = await snapshotOnDisk();
    const imported = await cli(['import', sheet], undefined, {
      DATA_DIR: dataDir,
      NEO4J_URI: '',
      KG_EDITOR: '王敏',
    });
    expect(imported.code).toBe(0);
    const id = /recorded as change set (cs-[\w-]+)/u.exec(imported.stdout)?.[1];
    expect(id).toBeDefined();
    const after = await snapshotOnDisk();
    expect(after).not.toBe(before);
    const history = await cli(['history', '--limit', '3']);
    expect(history.code).toBe(0);
    expect(history.stdout.split('\n')[1]).toMatch(new RegExp(`^${id}\\t.*\\t王敏\\t导入 import`, 'u'));
    const undone = await cli(['undo', id!], undefined, {
      DATA_DIR: dataDir,
      NEO4J_URI: '',
      KG_EDITOR: '李青',
    });
    expect(undone.code).toBe(0);
    expect(await snapshotOnDisk()).toBe(before);
    const undoId = /recorded as (cs-[\w-]+)/u.exec(undone.stdout)?.[1];
    expect((await cli(['undo', undoId!])).code).toBe(0);
    expect(await snapshotOnDisk()).toBe(after);
    const again = await cli(['undo', undoId!]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/已被|already undone/u);
  });

  it('says plainly to stop the server while another process holds the embedded store', async () => {
    const holder = await open();
    try {
      const run = await cli(['import', csvPath]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/停止服务器/u);
      expect(run.stderr).toMatch(/Stop the server first/u);
    } finally {
      await holder.close();
    }
  });

  it(
    'killed with SIGKILL inside its write transaction, every statement sent but not committed, leaves the graph as it was',
    { timeout: 180_000 },
    async () => {
      const big = join(dir, '企业名单-大.csv');
      const rows = ['垦利区企业名单', '序号,企业名称,所属领域,所在地区'];
      for (let i = 0; i < 5_000; i++)
        rows.push(`${i + 1},垦利测试${i}化工有限公司,石油化工、新材料${i % 50},垦利区`);
      writeFileSync(big, rows.join('\n'));
      const before = await snapshotOnDisk();
      const historyBefore = await cli(['history', '--limit', '1']);
      let killedAt = '';
      const run = await cli(
        ['import', big],
        (stderr, kill) => {
          if (!killedAt && stderr.includes(failPointMessage('before-commit'))) {
            killedAt = stderr;
            kill();
          }
        },
        { DATA_DIR: dataDir, NEO4J_URI: '', [FAIL_POINT_ENV]: 'before-commit' },
      );
      expect(killedAt).not.toBe('');
      expect(run.signal).toBe('SIGKILL');
      expect(run.stdout).not.toContain('已写入');
      expect(await snapshotOnDisk()).toBe(before);
      // Neither the change nor its record: the history is what it was.
      expect((await cli(['history', '--limit', '1'])).stdout).toBe(historyBefore.stdout);
    },
  );
});

/** A large 企业名单: enough rows that the write takes a while. */
function bigList(path: string, rows: number): void {
  const lines = ['垦利区企业名单', '序号,企业名称,所属领域,所在地区'];
  for (let i = 0; i < rows; i++)
    lines.push(`${i + 1},垦利测试${i}化工有限公司,石油化工、新材料${i % 50},垦利区`);
  writeFileSync(path, lines.join('\n'));
}

const neo4jUri = inject('neo4jUri');
describe.skipIf(!neo4jUri)('npm run import into Neo4j', () => {
  it(
    'killed with SIGKILL inside its write transaction, every statement sent but not committed, leaves the graph as it was',
    { timeout: 180_000 },
    async () => {
      const backend = testBackends().find((each) => each.name === 'neo4j');
      const seededStore = await backend!.create();
      await importSeedDirectory(seededStore, join(REPO_ROOT, 'seed/kenli'), REPO_ROOT);
      const before = await snapshot(seededStore);
      await seededStore.close();
      // Thousands of rows, so the transaction holds real work when it is killed at its fail point.
      const big = join(dir, '企业名单-neo4j.csv');
      bigList(big, 5_000);
      let killedAt = '';
      const run = await cli(
        ['import', big],
        (stderr, kill) => {
          if (!killedAt && stderr.includes(failPointMessage('before-commit'))) {
            killedAt = stderr;
            kill();
          }
        },
        { NEO4J_URI: neo4jUri!, NEO4J_PASSWORD: '', [FAIL_POINT_ENV]: 'before-commit' },
      );
      expect(killedAt).not.toBe('');
      expect(run.signal).toBe('SIGKILL');
      const after = await createNeo4jStore({
        uri: neo4jUri!,
        user: 'neo4j',
        password: '',
        database: 'neo4j',
      });
      try {
        // The server rolls back a transaction whose client vanished; give it a moment to notice.
        await expect.poll(() => snapshot(after), { timeout: 30_000, interval: 1_000 }).toBe(before);
      } finally {
        await after.close();
      }
    },
  );
});

afterAll(() => undefined);
