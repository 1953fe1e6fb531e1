/**
 * `npm run bench:import [-- --rows 100000] [--no-neo4j] [--no-kuzu]`: generates a synthetic 企业名单 of N rows as CSV
 * and XLSX (title row, 序号, legal names, a domain and the district per row: each row is one entity and
 * two relationships) and imports it into a fresh embedded store seeded from seed/kenli, then again
 * (every row unchanged: the graph is as that import left it, recognised by the import's digest), then
 * again after another change to the graph (every row matched and its records read back and compared),
 * then the XLSX; then the same into a real Neo4j 5.26 (started from Maven Central), next to Neo4j's own
 * LOAD CSV creating the same nodes and relationships from the same file. Prints rows per second per
 * phase, where the resolve step's time goes, and Markdown tables for docs/benchmarks.md.
 */
import { createServer } from 'node:http';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import neo4j from 'neo4j-driver';
import { importSeedDirectory } from '../server/src/ingest/seed-if-empty.ts';
import { importSheets, readSheetFiles, type ImportProgress } from '../server/src/ingest/import-sheets.ts';
import { createKuzuStore, createNeo4jStore, startNeo4j, type GraphStore } from '../server/src/store/index.ts';

const args = process.argv.slice(2);
const ROWS = Number(args[args.indexOf('--rows') + 1] ?? 0) || 100_000;
const WITH_NEO4J = !args.includes('--no-neo4j');
const WITH_KUZU = !args.includes('--no-kuzu');
const ROOT = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'kg-bench-'));

const DOMAINS = ['石油化工', '新能源', '生物医药', '现代农业', '新材料', '高端装备', '电子信息', '节能环保'];
const CITIES = ['山东', '东营', '垦利', '山东省东营市'];

function row(i: number): string[] {
  const code = `91370521MA${String(i).padStart(8, '0')}`;
  return [
    String(i + 1),
    `${CITIES[i % CITIES.length]}合成测试${i}化工有限公司`,
    code,
    DOMAINS[i % DOMAINS.length] ?? '',
    '垦利区',
  ];
}

const HEADER = ['序号', '企业名称', '统一社会信用代码', '所属领域', '所在地区'];

function writeCsv(path: string): void {
  const lines = ['垦利区企业名单（合成数据 synthetic）', HEADER.join(',')];
  for (let i = 0; i < ROWS; i++) lines.push(row(i).join(','));
  writeFileSync(path, lines.join('\r\n') + '\r\n');
}

async function writeXlsx(path: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const sheet = workbook.addWorksheet('企业名单');
  sheet.addRow(['垦利区企业名单（合成数据 synthetic）']).commit();
  sheet.addRow(HEADER).commit();
  for (let i = 0; i < ROWS; i++) sheet.addRow(row(i)).commit();
  await workbook.commit();
}

interface Timing {
  readonly label: string;
  readonly seconds: number;
  readonly read: number;
  readonly resolve: number;
  readonly write: number;
  readonly written: string;
  /** CPU seconds this process used (all its threads, kuzu's included): less sensitive to a busy machine. */
  readonly cpu: number;
  readonly load: number;
  /** Seconds per step of resolving (names, people, identify, records, merge). */
  readonly steps: Readonly<Record<string, number>>;
}

async function timedImport(store: GraphStore, path: string, label: string): Promise<Timing> {
  const marks: Partial<Record<ImportProgress['phase'], number>> = {};
  const load = loadavg()[0] ?? 0;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const steps: Record<string, number> = {};
  const report = await importSheets(store, await readSheetFiles([path], ROOT), {
    onProgress: (progress) => (marks[progress.phase] ??= performance.now()),
    onStep: (step, ms) => (steps[step] = (steps[step] ?? 0) + ms / 1000),
  });
  const end = performance.now();
  const cpuUsed = process.cpuUsage(cpuStart);
  if (report.problems.length > 0) throw new Error(JSON.stringify(report.problems.slice(0, 3)));
  const resolving = marks.resolving ?? end;
  const writing = marks.writing ?? marks.done ?? end;
  const timing: Timing = {
    label,
    seconds: (end - start) / 1000,
    read: (resolving - start) / 1000,
    resolve: (writing - resolving) / 1000,
    write: (end - writing) / 1000,
    written: `${report.nodesWritten} nodes, ${report.edgesWritten} edges`,
    cpu: (cpuUsed.user + cpuUsed.system) / 1e6,
    load,
    steps,
  };
  console.log(
    `${label}: ${timing.seconds.toFixed(2)} s = ${Math.round(ROWS / timing.seconds).toLocaleString('en')} rows/s ` +
      `(read+validate ${timing.read.toFixed(2)} s, resolve ${timing.resolve.toFixed(2)} s, write ${timing.write.toFixed(2)} s; ` +
      `CPU ${timing.cpu.toFixed(2)} s; load ${load.toFixed(1)}; ${timing.written}${report.unchangedByDigest ? '; unchanged by digest' : ''})`,
  );
  console.log(
    `  resolve steps: ${Object.entries(steps)
      .map(([step, s]) => `${step} ${s.toFixed(2)} s`)
      .join(', ')}`,
  );
  return timing;
}

async function seeded(create: () => Promise<GraphStore>): Promise<GraphStore> {
  const store = await create();
  await importSeedDirectory(store, join(ROOT, 'seed/kenli'), ROOT);
  return store;
}

const csvPath = join(dir, '企业名单.csv');
const xlsxPath = join(dir, '企业名单.xlsx');
writeCsv(csvPath);
await writeXlsx(xlsxPath);
console.log(
  `${ROWS.toLocaleString('en')} rows: CSV ${(statSync(csvPath).size / 1e6).toFixed(1)} MB, XLSX ${(statSync(xlsxPath).size / 1e6).toFixed(1)} MB; ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB`,
);

const results: Timing[] = [];
let kuzuPath = 0;
const kuzu = () =>
  createKuzuStore({
    path: join(dir, `kuzu-${kuzuPath++}`, 'graph.kuzu'),
    bufferPoolBytes: 1024 * 1024 * 1024,
  });
if (WITH_KUZU) {
  const store = await seeded(kuzu);
  results.push(await timedImport(store, csvPath, 'embedded (kuzu), CSV, first import'));
  results.push(await timedImport(store, csvPath, 'embedded (kuzu), CSV, same file again'));
  // Another change in between: the digest no longer vouches for the graph, every record is read back.
  await importSheets(store, [
    {
      file: 'Domain.csv',
      rows: [
        ['名称', '描述'],
        ['合成测试领域', '基准测试用'],
      ],
    },
  ]);
  results.push(await timedImport(store, csvPath, 'embedded (kuzu), CSV, same file after another change'));
  await store.close();
}
if (WITH_KUZU) {
  const store = await seeded(kuzu);
  results.push(await timedImport(store, xlsxPath, 'embedded (kuzu), XLSX, first import'));
  await store.close();
}

if (WITH_NEO4J) {
  // One transaction of 100,000 entities and 200,000 relationships needs more than the test launcher's 1 GB
  // heap (Neo4j allows a transaction 70% of it): give it 4 GB, as a production server would have.
  const server = await startNeo4j({ jvmArgs: ['-Xmx4g'] });
  const options = { uri: server.uri, user: 'neo4j', password: '', database: 'neo4j' };
  const driver = neo4j.driver(server.uri);
  const clear = async () => {
    // CALL … IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeQuery.
    const session = driver.session({ database: 'neo4j' });
    try {
      await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS');
    } finally {
      await session.close();
    }
  };

  try {
    {
      const store = await seeded(() => createNeo4jStore(options));
      results.push(await timedImport(store, csvPath, 'Neo4j 5.26, CSV, first import'));
      results.push(await timedImport(store, csvPath, 'Neo4j 5.26, CSV, same file again'));
      await store.close();
    }
    await clear();
    {
      const store = await seeded(() => createNeo4jStore(options));
      results.push(await timedImport(store, xlsxPath, 'Neo4j 5.26, XLSX, first import'));
      await store.close();
    }
    await clear();
    // Neo4j's own LOAD CSV, same file, same nodes and relationships (without our matching and provenance).
    const store = await seeded(() => createNeo4jStore(options));
    await store.close();
    const body = readFileSync(csvPath, 'utf8').split('\r\n').slice(1).join('\n');
    const http = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' });
      res.end(body);
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const address = http.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/rows.csv`;
    const start = performance.now();
    await driver.executeQuery(
      `LOAD CSV WITH HEADERS FROM $url AS line
       MATCH (region:Entity {id: 'region:垦利区'})
       MERGE (domain:Entity {id: 'domain:' + line.所属领域}) ON CREATE SET domain:Domain, domain.name = line.所属领域
       CREATE (e:Entity:Enterprise {id: 'enterprise:' + line.企业名称, name: line.企业名称,
         props: '{"creditCode":"' + line.统一社会信用代码 + '"}', aliases: '[]', keywords: '[]', stats: '[]',
         sources: '[{"file":"rows.csv","row":' + line.序号 + '}]', searchText: '|' + line.企业名称 + '|'})
       CREATE (e)-[:IN_DOMAIN {id: 'IN_DOMAIN:' + e.id + '->' + domain.id, props: '{}', sources: '[]'}]->(domain)
       CREATE (e)-[:LOCATED_IN {id: 'LOCATED_IN:' + e.id + '->region:垦利区', props: '{}', sources: '[]'}]->(region)`,
      { url },
      { database: 'neo4j' },
    );
    const seconds = (performance.now() - start) / 1000;
    http.close();
    console.log(
      `Neo4j LOAD CSV (one transaction): ${seconds.toFixed(2)} s = ${Math.round(ROWS / seconds).toLocaleString('en')} rows/s`,
    );
    results.push({
      label: 'Neo4j 5.26, its own LOAD CSV of the same rows',
      seconds,
      read: 0,
      resolve: 0,
      write: seconds,
      written: '',
      cpu: 0,
      load: loadavg()[0] ?? 0,
      steps: {},
    });
  } finally {
    await driver.close();
    await server.stop();
  }
}

console.log(
  '\n| Run | Rows/s | Total | Read + validate | Resolve | Write | CPU of this process | Load average |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const result of results) {
  const s = (value: number) => (value ? `${value.toFixed(2)} s` : '–');
  console.log(
    `| ${result.label} | ${Math.round(ROWS / result.seconds).toLocaleString('en')} | ${s(result.seconds)} | ${s(result.read)} | ${s(result.resolve)} | ${s(result.write)} | ${s(result.cpu)} | ${result.load.toFixed(1)} |`,
  );
}

const STEPS = ['names', 'people', 'identify', 'changes since', 'records', 'merge'];
console.log(`\n| Run (resolve step) | ${STEPS.join(' | ')} |`);
console.log(`| --- |${STEPS.map(() => ' ---: |').join('')}`);
for (const result of results) {
  if (Object.keys(result.steps).length === 0) continue;
  const cells = STEPS.map((step) =>
    result.steps[step] !== undefined ? `${result.steps[step].toFixed(2)} s` : '–',
  );
  console.log(`| ${result.label} | ${cells.join(' | ')} |`);
}

// The generated files and the databases (about 1 GB at 100,000 rows) go when the figures are out.
rmSync(dir, { recursive: true, force: true });
