/**
 * The importSpreadsheets mutation: the editor check, base64 decoding, and the import report in GraphQL's shape.
 */
import { AppError, NODE_KIND_SPECS, REL_KIND_SPECS, isNodeKind, isRelKind } from '#model';
import type { ImportReport } from '../ingest/import-sheets.ts';
import { importUploads, MAX_UPLOAD_BYTES } from '../ingest/import-uploads.ts';
import { describeColumn } from '../ingest/map-sheet.ts';
import type { NameSource } from '../ingest/review-candidate.ts';
import { changeSetView } from './change-set-view.ts';
import { requireEditorName } from './request-auth.ts';
import type { RequestContext } from './request-context.ts';

export interface ImportArgs {
  readonly files: ReadonlyArray<{ readonly name: string; readonly contentBase64: string }>;
  readonly mapping?: string | null;
  readonly dryRun?: boolean | null;
  readonly strict?: boolean | null;
  readonly uncertain?: 'CREATE' | 'HOLD' | null;
}

const MAX_PROBLEMS = 1_000;
const BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}\s*$/u;

function label(kind: string): string {
  if (isNodeKind(kind)) return NODE_KIND_SPECS[kind].zh;
  if (isRelKind(kind)) return REL_KIND_SPECS[kind].zh;
  if (kind === 'relationships') return '关系';
  if (kind === 'statistics') return '地区统计';
  return kind;
}

const sourceKey = (source: { file: string; sheet?: string }) => `${source.file}\u0000${source.sheet ?? ''}`;

function perSheet(items: ReadonlyArray<{ readonly source: { file: string; sheet?: string } }>) {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(sourceKey(item.source), (counts.get(sourceKey(item.source)) ?? 0) + 1);
  return (file: string, sheet?: string) => counts.get(sourceKey({ file, ...(sheet ? { sheet } : {}) })) ?? 0;
}

const sourceView = (source: NameSource) => ({
  file: source.file,
  sheet: source.sheet ?? null,
  row: source.row ?? null,
  column: source.column ?? null,
});

function matchingView(report: ImportReport) {
  return {
    noteCount: report.noteCount,
    matches: report.matches.slice(0, MAX_PROBLEMS).map((match) => ({
      ...match,
      source: sourceView(match.source),
      entityId: match.id,
    })),
    matchCount: report.matchCount,
    review: report.review
      .slice(0, MAX_PROBLEMS)
      .map((pair) => ({ ...pair, source: sourceView(pair.source) })),
    reviewCount: report.review.length,
    held: report.held,
    createdNear: report.createdNear
      .slice(0, MAX_PROBLEMS)
      .map((made) => ({ ...made, source: sourceView(made.source) })),
    createdNearCount: report.createdNearCount,
    unchangedByDigest: report.unchangedByDigest,
    vouchedRows: report.vouchedRows,
  };
}

export function importReportView(report: ImportReport, dryRun: boolean) {
  const merged = perSheet(report.matches);
  const queued = perSheet(report.review);
  const near = perSheet(report.createdNear);
  return {
    ...matchingView(report),
    dryRun,
    written: report.written,
    rows: report.rows,
    nodesWritten: report.nodesWritten,
    edgesWritten: report.edgesWritten,
    changeSet: report.changeSet ? changeSetView(report.changeSet) : null,
    sheets: report.mappings.map((mapping) => {
      const target = mapping.target.type === 'nodes' ? mapping.target.kind : mapping.target.type;
      return {
        file: mapping.file,
        sheet: mapping.sheet ?? null,
        target,
        targetLabel: label(target),
        reason: mapping.reason,
        headerRow: mapping.headerRow,
        columns: mapping.columns
          .filter((column) => column.header)
          .map((column) => ({
            header: column.header,
            meaning: describeColumn(column),
            use: column.use.use,
            byMappingFile: column.by === 'mapping',
          })),
        defaults: Object.entries(mapping.defaults).map(([key, value]) => ({ key, label: key, value })),
        merged: merged(mapping.file, mapping.sheet),
        queued: queued(mapping.file, mapping.sheet),
        createdNear: near(mapping.file, mapping.sheet),
      };
    }),
    counts: Object.entries(report.counts).map(([kind, count]) => ({ kind, label: label(kind), ...count })),
    problems: report.problems.slice(0, MAX_PROBLEMS),
    problemCount: report.problemCount,
    notes: report.notes.slice(0, MAX_PROBLEMS),
  };
}

export async function importSpreadsheetsResolver(args: ImportArgs, ctx: RequestContext) {
  const editor = requireEditorName(ctx.auth);
  const files = args.files.map((file, index) => {
    if (!BASE64.test(file.contentBase64) || file.contentBase64.length > (MAX_UPLOAD_BYTES * 4) / 3 + 4) {
      throw new AppError(
        'BAD_INPUT',
        `第 ${index + 1} 个文件的内容不是 base64，或超过大小上限 / file ${index + 1} is not base64 or is too large`,
        { argument: 'files' },
      );
    }
    return { name: file.name, bytes: new Uint8Array(Buffer.from(file.contentBase64, 'base64')) };
  });
  const dryRun = args.dryRun ?? true;
  const report = await importUploads(ctx.store, files, {
    mapping: args.mapping ?? null,
    dryRun,
    strict: args.strict ?? false,
    uncertain: args.uncertain === 'HOLD' ? 'hold' : 'create',
    editor,
    ...(ctx.uploadLimits ? { limits: ctx.uploadLimits } : {}),
  });
  return importReportView(report, dryRun);
}
