/**
 * The command line: `npm run import -- <files…> [--strict] [--dry-run]`.
 * It writes into the same store the server uses; the embedded store can be opened by one process
 * at a time, so with the server running it says to stop the server (or to use Neo4j).
 */
import { Command } from 'commander';
import { readConfig } from '../config.ts';
import { isAppError } from '../domain/app-error.ts';
import { importSheets, readSheetFiles } from '../ingest/import-sheets.ts';
import { openStore } from '../store/open-store.ts';
import { formatReport } from './format-report.ts';

const program = new Command()
  .name('kenli-graph')
  .description('产学研知识图谱命令行 · command line of the industry–academia graph');

program
  .command('import')
  .description('导入 CSV 表格 · import CSV spreadsheets into the graph')
  .argument('<files...>', 'CSV 文件 · CSV files')
  .option('--strict', '有任何被拒绝的行就什么都不写 · write nothing if any row is rejected', false)
  .option('--dry-run', '只报告，不写入 · report only, write nothing', false)
  .action(async (files: string[], options: { strict: boolean; dryRun: boolean }) => {
    const store = await openStore(readConfig());
    try {
      const report = await importSheets(store, await readSheetFiles(files), options);
      console.log(formatReport(report, options));
      if (options.strict && report.problems.length > 0) process.exitCode = 1;
    } finally {
      await store.close();
    }
  });

program.parseAsync().catch((error: unknown) => {
  console.error(isAppError(error) ? error.message : error);
  process.exitCode = 2;
});
