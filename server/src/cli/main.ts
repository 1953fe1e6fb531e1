/**
 * The command line.
 *
 * `npm run import -- <files…> [--mapping m.yaml] [--strict] [--dry-run] [--hold-uncertain]` imports .xlsx and .csv files into
 * the store the server uses (DATA_DIR, or Neo4j when NEO4J_URI is set). The embedded store can be opened by
 * one process at a time: with the server running, it says to stop the server or to use the import page.
 * Exit status: 0 done (rejected rows are listed), 1 nothing written because of --strict, 2 could not run.
 *
 * `npm run template -- [file.xlsx]` writes the blank import template.
 *
 * `npm run history -- [--entity id] [--editor name] [--limit n]` lists change sets, newest first;
 * `npm run undo -- <id>` undoes one (history-commands.ts). The editor recorded is KG_EDITOR, or the
 * user name of the account running the command.
 *
 * `npm run fit:match` refits the recommender's ranking model on the graph's own history (fit-command.ts).
 */
import { writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Command } from 'commander';
import { AppError, isAppError } from '#model';
import { importSheets, readSheetFiles } from '../ingest/import-sheets.ts';
import { EMPTY_MAPPING, parseMappingFile } from '../ingest/mapping-file.ts';
import { cliEditor, openForImport } from './open-for-import.ts';
import { formatReport } from './format-report.ts';
import { addHistoryCommands } from './history-commands.ts';
import { addFitCommand } from './fit-command.ts';
import { progressReporter } from './progress-reporter.ts';
import { templateBytes } from './write-template.ts';

const program = new Command()
  .name('kenli-graph')
  .description('产学研知识图谱命令行 · command line of the industry–academia graph');

program
  .command('import')
  .description('导入 XLSX/CSV 表格 · import XLSX and CSV spreadsheets into the graph')
  .argument('<files...>', 'XLSX 或 CSV 文件 · .xlsx or .csv files')
  .option('--mapping <file>', '映射文件（JSON 或 YAML） · mapping file (JSON or YAML)')
  .option('--strict', '有任何被拒绝的行就什么都不写 · write nothing if any row is rejected', false)
  .option('--dry-run', '只报告将做的改动，不写入 · report what would change, write nothing', false)
  .option('--document <title>', '“来源”列原文所出自的文档 · the document the quotes come from')
  .option(
    '--hold-uncertain',
    '不确定是否为已有实体的行先不导入（默认另建并列出待确认） · leave out rows whose match is uncertain (default: create them, listed for review)',
    false,
  )
  .action(
    async (
      files: string[],
      options: {
        strict: boolean;
        dryRun: boolean;
        mapping?: string;
        document?: string;
        holdUncertain: boolean;
      },
    ) => {
      for (const file of [...files, ...(options.mapping ? [options.mapping] : [])]) {
        if (!existsSync(file))
          throw new AppError('BAD_INPUT', `找不到文件 ${file} / file not found: ${file}`, { file });
      }
      const mapping = options.mapping
        ? parseMappingFile(readFileSync(options.mapping, 'utf8'), basename(options.mapping))
        : EMPTY_MAPPING;
      const sheets = await readSheetFiles(files);
      const store = await openForImport();
      const progress = progressReporter();
      try {
        const { holdUncertain, ...rest } = options;
        const report = await importSheets(store, sheets, {
          ...rest,
          uncertain: holdUncertain ? 'hold' : 'create',
          mapping,
          onProgress: progress.onProgress,
          change: { editor: cliEditor(), kind: 'import' },
        });
        progress.stop();
        console.log(formatReport(report, options));
        if (options.strict && report.problems.length > 0) process.exitCode = 1;
      } finally {
        progress.stop();
        await store.close();
      }
    },
  );

program
  .command('template')
  .description('写出空白导入模板 · write the blank import template (XLSX)')
  .argument('[file]', '输出文件 · output file', '导入模板-import-template.xlsx')
  .action(async (file: string) => {
    await writeFile(file, await templateBytes());
    console.log(`已写出模板 wrote the template: ${file}`);
  });

addHistoryCommands(program, openForImport);
addFitCommand(program, openForImport);

program.parseAsync().catch((error: unknown) => {
  console.error(isAppError(error) ? error.message : error);
  process.exitCode = 2;
});
