/**
 * An import end to end: read → map → validate → resolve → write, the last as one transaction.
 * Valid rows are written and rejected rows reported; with `strict`, any rejected row stops the whole
 * import; with `dryRun`, nothing is written. Either way the report says what each sheet was taken to be,
 * which sheets were skipped as instructions and why, which columns were not recognised (ignored), what
 * would change and every problem. New records go to the store's fast path (WriteBatch.newNodes).
 */
import { basename, relative } from 'node:path';
import type { ChangeMeta, ChangeSetSummary } from '#model';
import type { GraphStore } from '../store/index.ts';
import { InputDigest } from './import-digest.ts';
import type { ImportProblem } from './import-problem.ts';
import { boundProblems, LISTED, type ImportReport } from './import-report.ts';
import { HEADER_SEARCH_ROWS, mapHeader, mapRow, type SheetMapping, type SkippedSheet } from './map-sheet.ts';
import { EMPTY_MAPPING, ruleFor, type MappingFile } from './mapping-file.ts';
import { isSheetStream, sheetRows, sheetsFromFile, type SheetInput, type SheetRow } from './read-sheet.ts';
import { recogniseInstructionSheet } from './recognise-instruction-sheet.ts';
import type { OutcomeCounts, UncertainPolicy } from './resolve-batch.ts';
import { prefetchGraph, resolveImport, type OnStep } from './resolve-import.ts';
import { sheetNotes } from './sheet-notes.ts';
import { validateRow, type Draft } from './validate-rows.ts';
import { importReviewPairs } from './import-review-pairs.ts';
import { PinyinPrefetch } from './pinyin-prefetch.ts';

export interface ImportProgress {
  readonly phase: 'reading' | 'resolving' | 'writing' | 'done';
  /** Data rows read so far. */
  readonly rows: number;
  readonly bytesDone?: number;
  readonly bytesTotal?: number;
}

export interface ImportOptions {
  /** The document the rows' quotes come from, recorded in provenance. */
  readonly document?: string;
  readonly strict?: boolean;
  readonly dryRun?: boolean;
  readonly mapping?: MappingFile;
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Who imports, recorded with the import's change set (kind `import` unless given). */
  readonly change?: ChangeMeta;
  /**
   * A row whose entity may or may not be one already in the graph: `create` (the default) creates it
   * beside the candidate, `hold` leaves it out; either way the pair is listed for review.
   */
  readonly uncertain?: UncertainPolicy;
  /** Called with the time each step of resolving took (resolve-import.ts). */
  readonly onStep?: OnStep;
}

export type { ImportReport } from './import-report.ts';

const PROGRESS_EVERY = 5_000;

/** Reads, maps and validates every row of the sheets: drafts for valid rows, problems for the others. */
export async function draftsOf(
  sheets: readonly SheetInput[],
  options: Pick<ImportOptions, 'document' | 'mapping' | 'onProgress'> & {
    prefetch?: PinyinPrefetch;
    digest?: InputDigest;
  } = {},
): Promise<{
  mappings: SheetMapping[];
  skipped: SkippedSheet[];
  drafts: Draft[];
  problems: ImportProblem[];
  rejected: Record<string, number>;
  rows: number;
}> {
  const mappings: SheetMapping[] = [];
  const skipped: SkippedSheet[] = [];
  const drafts: Draft[] = [];
  const problems: ImportProblem[] = [];
  const rejected: Record<string, number> = {};
  let rows = 0;
  for (const sheet of sheets) {
    const iterator = sheetRows(sheet)[Symbol.asyncIterator]();
    const head: SheetRow[] = [];
    while (head.length < HEADER_SEARCH_ROWS) {
      const next = await iterator.next();
      if (next.done) break;
      head.push(next.value);
    }
    const mappingFile = options.mapping ?? EMPTY_MAPPING;
    // A mapping file rule naming the sheet says it is data; otherwise instructions are skipped.
    const named = ruleFor(mappingFile, sheet.file, sheet.sheet)?.sheet !== undefined;
    const skip = named ? null : recogniseInstructionSheet(sheet.file, sheet.sheet, head);
    if (skip)
      skipped.push({ file: sheet.file, ...(sheet.sheet ? { sheet: sheet.sheet } : {}), reason: skip });
    const header = skip ? null : mapHeader(sheet.file, sheet.sheet, head, mappingFile);
    if (!header?.ok) {
      if (header) problems.push(header.problem);
      // Drain a stream so its file is closed.
      if (isSheetStream(sheet)) while (!(await iterator.next()).done);
      continue;
    }
    const mapping = header.mapping;
    mappings.push(mapping);
    options.digest?.sheet(sheet.file, sheet.sheet);
    const target = mapping.target;
    const kindLabel =
      target.type === 'nodes' ? target.kind : target.type === 'statistics' ? 'Region' : 'relationships';
    const take = (row: SheetRow) => {
      options.digest?.row(row);
      const mapped = mapRow(mapping, row);
      if (!mapped) return;
      rows += 1;
      const result = validateRow(mapped, mapping, options);
      if (result.ok) {
        drafts.push(result.value);
        const prefetch = options.prefetch;
        if (prefetch && result.value.type === 'node') {
          const draft = result.value.draft;
          prefetch.add(draft.name);
          for (const alias of draft.aliases) prefetch.add(alias);
          for (const link of draft.links ?? []) for (const ref of link.refs) prefetch.add(ref);
        }
      } else {
        problems.push(...result.problems);
        rejected[kindLabel] = (rejected[kindLabel] ?? 0) + 1;
      }
      if (options.onProgress && rows % PROGRESS_EVERY === 0) {
        const bytes = isSheetStream(sheet) ? sheet.progress?.() : undefined;
        options.onProgress({
          phase: 'reading',
          rows,
          ...(bytes ? { bytesDone: bytes.done, bytesTotal: bytes.total } : {}),
        });
      }
    };
    head.forEach(take);
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) take(next.value);
  }
  return { mappings, skipped, drafts, problems, rejected, rows };
}

export async function importSheets(
  store: GraphStore,
  sheets: readonly SheetInput[],
  options: ImportOptions = {},
): Promise<ImportReport> {
  const prefetch = new PinyinPrefetch(store.searchKeys);
  try {
    return await runImport(store, sheets, options, prefetch);
  } finally {
    await prefetch.close();
  }
}

async function runImport(
  store: GraphStore,
  sheets: readonly SheetInput[],
  options: ImportOptions,
  prefetch: PinyinPrefetch,
): Promise<ImportReport> {
  const uncertain = options.uncertain ?? 'create';
  const input = new InputDigest([options.mapping ?? null, options.document ?? null, uncertain]);
  // The names and the newest change set are read while the rows are.
  const graph = prefetchGraph(store);
  prefetch.skipKnown(
    graph.then(({ names }) => {
      const known = new Set(names.flatMap((entry) => [entry.name, ...entry.aliases]));
      return (name: string) => known.has(name);
    }),
  );
  const read = await draftsOf(sheets, { ...options, prefetch, digest: input });
  const problems = [...read.problems];
  options.onProgress?.({ phase: 'resolving', rows: read.rows });
  const digest = input.digest();
  const { resolved, vouched, expect } = await resolveImport(
    store,
    read.drafts,
    {
      aliases: options.mapping?.aliases ?? {},
      uncertain,
    },
    { digest, graph, onStep: options.onStep },
  );
  problems.push(...resolved.problems);
  const counts: Record<string, OutcomeCounts> = { ...resolved.counts };
  for (const [kind, rejected] of Object.entries(read.rejected)) {
    counts[kind] ??= { created: 0, updated: 0, unchanged: 0, rejected: 0 };
    counts[kind].rejected += rejected;
  }

  const nodesWritten = resolved.newNodes.length + resolved.changedNodes.length;
  const edgesWritten = resolved.newEdges.length + resolved.changedEdges.length;
  const blocked = options.dryRun === true || (options.strict === true && problems.length > 0);
  const hasChanges = nodesWritten + edgesWritten > 0;
  let changeSet: ChangeSetSummary | null = null;
  if (!blocked && hasChanges) {
    await prefetch.settle();
    options.onProgress?.({ phase: 'writing', rows: read.rows });
    changeSet = await store.write(
      {
        nodes: resolved.changedNodes,
        edges: resolved.changedEdges,
        newNodes: resolved.newNodes,
        newEdges: resolved.newEdges,
        reviewPairs: await importReviewPairs(store, resolved.review),
        expect,
      },
      {
        editor: options.change?.editor ?? 'system',
        kind: options.change?.kind ?? 'import',
        note: options.change?.note ?? importNote(sheets),
        digest,
      },
    );
  }
  options.onProgress?.({ phase: 'done', rows: read.rows });
  const notes = [...sheetNotes(read.mappings, read.skipped), ...resolved.notes];
  return {
    mappings: read.mappings,
    skipped: read.skipped,
    counts,
    problems: boundProblems(problems),
    problemCount: problems.length,
    notes: boundProblems(notes),
    noteCount: notes.length,
    matches: resolved.matches.slice(0, LISTED),
    matchCount: resolved.matches.length,
    review: resolved.review,
    held: resolved.held,
    createdNear: resolved.created.slice(0, LISTED),
    createdNearCount: resolved.created.length,
    rows: read.rows,
    written: !blocked && hasChanges,
    nodesWritten: blocked ? 0 : nodesWritten,
    edgesWritten: blocked ? 0 : edgesWritten,
    changeSet,
    unchangedByDigest: vouched > 0 && nodesWritten + edgesWritten === 0,
    vouchedRows: vouched,
  };
}

/** The files an import read, as its change set's note. */
function importNote(sheets: readonly SheetInput[]): string {
  const files = [...new Set(sheets.map((sheet) => sheet.file))];
  const shown = files.slice(0, 5).join('、');
  return files.length > 5 ? `${shown} 等 ${files.length} 个文件 / and ${files.length - 5} more files` : shown;
}

/** How a file is named in provenance: relative to `root` (the repository by default) when inside it. */
export function provenanceName(path: string, root = process.cwd()): string {
  const inside = relative(root, path);
  return inside.startsWith('..') || inside === '' ? basename(path) : inside;
}

/** Reads spreadsheet files from disk: CSV as streams, every sheet of each workbook. */
export async function readSheetFiles(paths: readonly string[], root = process.cwd()): Promise<SheetInput[]> {
  const sheets: SheetInput[] = [];
  for (const path of paths) sheets.push(...(await sheetsFromFile(path, provenanceName(path, root))));
  return sheets;
}
