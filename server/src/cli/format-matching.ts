/**
 * How an import matched names, as a planner reads it in a terminal, sheet by sheet: what merged with what
 * and why, what waits for review (both names, the score and its reasons), what was created next to a
 * similar name. At most SHOWN lines of each per sheet; the counts say how many there were.
 */
import type { ImportReport } from '../ingest/import-sheets.ts';
import type { MatchReason } from '../ingest/names/score-match.ts';
import type { NameSource } from '../ingest/review-candidate.ts';

const SHOWN = 50;

const sheetKey = (source: NameSource) => `${source.file}${source.sheet ? ` [${source.sheet}]` : ''}`;
const at = (source: NameSource) =>
  `${source.row !== undefined ? `第 ${source.row} 行 row ${source.row}` : ''}${source.column ? `，列 column “${source.column}”` : ''}`;
const why = (reasons: readonly MatchReason[]) =>
  reasons.map((reason) => `${reason.zh} ${reason.en}`).join('；');

function bySheet<T extends { source: NameSource }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = sheetKey(item.source);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}

function section<T extends { source: NameSource }>(
  title: string,
  items: readonly T[],
  total: number,
  line: (item: T) => string,
): string[] {
  if (total === 0) return [];
  const lines = ['', `${title} (${total}):`];
  for (const [sheet, group] of bySheet(items)) {
    lines.push(`  ${sheet}`);
    for (const item of group.slice(0, SHOWN)) lines.push(`    - ${line(item)}`);
    if (group.length > SHOWN)
      lines.push(`    … 另有 ${group.length - SHOWN} 条 / ${group.length - SHOWN} more`);
  }
  if (total > items.length) lines.push(`  … 另有 ${total - items.length} 条 / ${total - items.length} more`);
  return lines;
}

export function matchingLines(report: ImportReport): string[] {
  return [
    ...section(
      '合并 merged with entities named otherwise',
      report.matches,
      report.matchCount,
      (match) =>
        `${at(match.source)}：“${match.name}” → ${match.entityName}（${match.id}），${match.score.toFixed(2)}：${why(match.reasons)}`,
    ),
    ...section(
      '待确认 for review (not merged)',
      report.review,
      report.review.length,
      (pair) =>
        `${at(pair.source)}：“${pair.incoming.name}” ≟ ${pair.existing.name}（${pair.existing.id}），${pair.score.toFixed(2)}：${why(pair.reasons)}；${pair.action === 'held' ? '本行未导入 row held back' : `已另建 created as ${pair.incoming.id}`}`,
    ),
    ...section(
      '新建（有相近名称） created next to a similar name',
      report.createdNear,
      report.createdNearCount,
      (made) =>
        `${at(made.source)}：${made.name}（${made.id}）；最相近 nearest: ${made.nearest ? `${made.nearest.name}，${made.nearest.score.toFixed(2)}：${why(made.nearest.reasons)}` : '–'}`,
    ),
  ];
}
