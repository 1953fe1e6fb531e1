/**
 * Imports of uploaded files (the GraphQL mutation, the import page): bytes in memory, read as XLSX or CSV,
 * then the same pipeline as the command line. Imports into one store run one at a time, so two planners
 * uploading together never interleave between matching and writing.
 */
import { AppError } from '#model';
import type { GraphStore } from '../store/index.ts';
import { importSheets, type ImportReport } from './import-sheets.ts';
import type { UncertainPolicy } from './resolve-batch.ts';
import { EMPTY_MAPPING, parseMappingFile } from './mapping-file.ts';
import { DEFAULT_UPLOAD_LIMITS, ReadBudget, type ReadLimits } from './read-limits.ts';
import { sheetsFromBytes, type SheetInput } from './read-sheet.ts';

export interface UploadedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface UploadOptions {
  /** Mapping file text (JSON or YAML). */
  readonly mapping?: string | null;
  readonly dryRun: boolean;
  readonly strict: boolean;
  /**
   * What the files may unpack into, all files together (bytes, rows, cells) and per row and cell;
   * DEFAULT_UPLOAD_LIMITS unless given (readLimitsFromEnv reads them from IMPORT_MAX_*).
   */
  readonly limits?: ReadLimits;
  /** The signed-in editor, recorded with the import's change set. */
  readonly editor?: string;
  /** Rows matched uncertainly: created beside the candidate (default) or held back (import-sheets.ts). */
  readonly uncertain?: UncertainPolicy;
}

/** Largest upload, all files together. */
export const MAX_UPLOAD_BYTES = 16 * 1024 * 1024;
export const MAX_UPLOAD_FILES = 20;

const running = new WeakMap<GraphStore, Promise<unknown>>();

function oneAtATime<T>(store: GraphStore, work: () => Promise<T>): Promise<T> {
  const before = running.get(store) ?? Promise.resolve();
  const run = before.then(work, work);
  running.set(
    store,
    run.catch(() => undefined),
  );
  return run;
}

/** A file name as provenance shows it: no folders, no control characters, at most 120 characters. */
export function uploadName(name: string): string {
  const base = name
    .replace(/^.*[\\/]/u, '')
    .replace(/\p{Cc}/gu, '')
    .trim();
  return (base || 'upload').slice(0, 120);
}

export async function importUploads(
  store: GraphStore,
  files: readonly UploadedFile[],
  options: UploadOptions,
): Promise<ImportReport> {
  if (files.length === 0)
    throw new AppError('BAD_INPUT', '没有文件 / no files were given', { argument: 'files' });
  if (files.length > MAX_UPLOAD_FILES)
    throw new AppError(
      'TOO_LARGE',
      `一次最多 ${MAX_UPLOAD_FILES} 个文件 / at most ${MAX_UPLOAD_FILES} files at once`,
      {
        argument: 'files',
      },
    );
  const size = files.reduce((sum, file) => sum + file.bytes.length, 0);
  if (size > MAX_UPLOAD_BYTES)
    throw new AppError(
      'TOO_LARGE',
      `文件共 ${(size / 2 ** 20).toFixed(1)} MB，超过 ${MAX_UPLOAD_BYTES / 2 ** 20} MB；更大的文件请用命令行导入 / the files come to ${(size / 2 ** 20).toFixed(1)} MB, over ${MAX_UPLOAD_BYTES / 2 ** 20} MB; import larger files with the command line`,
      { argument: 'files' },
    );
  const mapping = options.mapping?.trim() ? parseMappingFile(options.mapping, 'mapping') : EMPTY_MAPPING;
  // Read inside the queue too, so that uploads arriving together are not all held in memory at once.
  return oneAtATime(store, async () => {
    const budget = new ReadBudget(options.limits ?? DEFAULT_UPLOAD_LIMITS);
    const sheets: SheetInput[] = [];
    for (const file of files)
      sheets.push(...(await sheetsFromBytes(uploadName(file.name), file.bytes, budget)));
    return importSheets(store, sheets, {
      dryRun: options.dryRun,
      strict: options.strict,
      mapping,
      ...(options.uncertain ? { uncertain: options.uncertain } : {}),
      ...(options.editor ? { change: { editor: options.editor, kind: 'import' as const } } : {}),
    });
  });
}
