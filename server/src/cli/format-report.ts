/**
 * The import report as a planner reads it in a terminal: what each sheet was taken to be (a column not
 * recognised is marked “！” and said to be ignored), the sheets skipped as instructions and why, counts per
 * kind, how names were matched (format-matching.ts), then the notes and every problem with its place.
 */
import { NODE_KIND_SPECS, REL_KIND_SPECS, isNodeKind, isRelKind } from '#model';
import { describeProblem } from '../ingest/import-problem.ts';
import type { ImportReport } from '../ingest/import-sheets.ts';
import { describeColumn } from '../ingest/map-sheet.ts';
import { matchingLines } from './format-matching.ts';

function kindLabel(kind: string): string {
  if (isNodeKind(kind)) return `${NODE_KIND_SPECS[kind].zh} ${kind}`;
  if (isRelKind(kind)) return `${REL_KIND_SPECS[kind].zh} ${kind}`;
  return kind;
}

function sheetLines(report: ImportReport): string[] {
  const lines: string[] = [];
  for (const mapping of report.mappings) {
    const target =
      mapping.target.type === 'nodes'
        ? kindLabel(mapping.target.kind)
        : mapping.target.type === 'relationships'
          ? '关系 relationships'
          : '地区统计 statistics';
    lines.push(
      `${mapping.file}${mapping.sheet ? ` [${mapping.sheet}]` : ''}：${target}（${mapping.reason}）；表头第 ${mapping.headerRow} 行 header row ${mapping.headerRow}`,
    );
    for (const [key, value] of Object.entries(mapping.defaults))
      lines.push(`    默认 default ${key} = ${value}`);
    for (const column of mapping.columns) {
      if (!column.header) continue;
      const by = column.by === 'mapping' ? '（映射文件 mapping file）' : '';
      const mark = column.use.use === 'unknown' ? '  ！' : '    ';
      lines.push(`${mark}${column.header} → ${describeColumn(column)}${by}`);
    }
  }
  for (const sheet of report.skipped)
    lines.push(`${sheet.file}${sheet.sheet ? ` [${sheet.sheet}]` : ''}：${sheet.reason}`);
  return lines;
}

export function formatReport(report: ImportReport, options: { dryRun: boolean; strict: boolean }): string {
  const lines = sheetLines(report);
  lines.push('', '类型 kind\t新建 created\t更新 updated\t未变 unchanged\t拒绝 rejected');
  for (const [kind, count] of Object.entries(report.counts)) {
    lines.push(
      `${kindLabel(kind)}\t${count.created}\t${count.updated}\t${count.unchanged}\t${count.rejected}`,
    );
  }
  if (report.held > 0) lines.push(`待确认而未导入的行 rows held for review: ${report.held}`);
  lines.push(...matchingLines(report));
  const more = (shown: number, total: number) =>
    total > shown ? [`  … 另有 ${total - shown} 条 / ${total - shown} more`] : [];
  if (report.noteCount > 0) {
    lines.push('', `提示 notes (${report.noteCount}):`);
    for (const note of report.notes) lines.push(`  - ${describeProblem(note)}`);
    lines.push(...more(report.notes.length, report.noteCount));
  }
  if (report.problemCount > 0) {
    lines.push('', `问题 problems (${report.problemCount}):`);
    for (const problem of report.problems) lines.push(`  - ${describeProblem(problem)}`);
    lines.push(...more(report.problems.length, report.problemCount));
  }
  lines.push('');
  if (report.vouchedRows > 0)
    lines.push(
      `${report.vouchedRows} 项与上次同样的导入留下的一致，未再比对 / ${report.vouchedRows} rows and links as the same import left them: not compared again`,
    );
  if (options.dryRun) lines.push('试运行：未写入任何数据 / dry run: nothing was written');
  else if (options.strict && report.problems.length > 0)
    lines.push(
      '严格模式下有被拒绝的行：未写入任何数据 / strict mode and rows were rejected: nothing was written',
    );
  else
    lines.push(
      `已写入 written: ${report.nodesWritten} 个实体 entities, ${report.edgesWritten} 条关系 relationships`,
    );
  if (report.changeSet)
    lines.push(
      `记为变更 recorded as change set ${report.changeSet.id}（撤销 to undo: npm run undo -- ${report.changeSet.id}）`,
    );
  return lines.join('\n');
}
