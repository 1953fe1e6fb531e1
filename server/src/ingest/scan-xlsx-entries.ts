/**
 * The pass over a workbook before exceljs reads it, so that what exceljs holds stays bounded.
 *
 * Only the parts exceljs reads are taken from the zip (workbook, its relationships, styles, shared
 * strings, worksheets). Each is decompressed as a stream, the actual bytes counted (declared sizes are
 * never trusted), and its XML scanned as it comes (xml-run-scanner.ts): the pass stops the moment the
 * upload's decompressed bytes, a part's own cap, a cell's length, a row number or a column is over its
 * limit. Merged ranges (`<mergeCell ref=…>`) are collected on the way. exceljs then reads a zip rebuilt
 * from exactly the parts checked, in an order that lets it stream every worksheet (no temporary files),
 * with every size in the local headers: what it decompresses is what was counted.
 */
import { crc32, createInflateRaw } from 'node:zlib';
import { isAppError, type AppError } from '#model';
import { tooLargeError, type ReadBudget } from './read-limits.ts';
import type { XmlRunScanner } from './xml-run-scanner.ts';
import {
  PlainScanner,
  SharedStringsScanner,
  WorksheetScanner,
  notXlsx,
  type ScanContext,
} from './xlsx-part-scanners.ts';
import { writeZip, zipEntries, ZipFormatError, type ZipEntry, type ZipWriteEntry } from './zip-archive.ts';

const MIB = 1024 * 1024;
const RELS = 'xl/_rels/workbook.xml.rels';
const WORKBOOK = 'xl/workbook.xml';
const STYLES = 'xl/styles.xml';
const SHARED_STRINGS = 'xl/sharedStrings.xml';
/** The worksheets exceljs reads (it ignores any other name). */
const WORKSHEET = /^xl\/worksheets\/sheet\d+\.xml$/u;

/** Caps of the parts read whole or held whole by exceljs, whatever the limits. */
const PART_CAPS: Readonly<Record<string, number>> = {
  [RELS]: 4 * MIB,
  [WORKBOOK]: 8 * MIB,
  // exceljs holds every style; 16 MB of them take about 60 MB.
  [STYLES]: 16 * MIB,
};
/**
 * exceljs holds every shared string, at 3 (plain) to 4 (rich text) times the size of their XML: they may
 * take a quarter of the decompressed bytes allowed.
 */
const SHARED_STRINGS_SHARE = 4;
export const MAX_WORKSHEETS = 1_000;
const CHUNK = 64 * 1024;

export interface ScannedWorkbook {
  /** The workbook rebuilt from the checked parts, for exceljs. */
  readonly zip: Uint8Array;
  /** Merged ranges (`A1:C3`) by worksheet name. */
  readonly merges: ReadonlyMap<string, readonly string[]>;
}

/** An entry's decompressed bytes, chunk by chunk; `use` may throw to stop. */
async function eachChunk(entry: ZipEntry, use: (chunk: Buffer) => void, chunkSize: number): Promise<void> {
  const data = Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength);
  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += chunkSize) use(data.subarray(at, at + chunkSize));
    return;
  }
  // zlib's smallest chunk is 64 bytes.
  const inflater = createInflateRaw({ chunkSize: Math.max(chunkSize, 64) });
  inflater.end(data);
  try {
    for await (const chunk of inflater) use(chunk as Buffer);
  } finally {
    inflater.destroy();
  }
}

function partTooLarge(file: string, part: string, cap: number): AppError {
  const mb = `${Math.floor(cap / MIB).toLocaleString('en')} MB`;
  const share = part === SHARED_STRINGS;
  return tooLargeError(
    { file },
    `${part} 解压后超过 ${mb}${share ? `（共享字符串最多占环境变量 IMPORT_MAX_DECOMPRESSED_MB 所定上限的 1/${SHARED_STRINGS_SHARE}）` : ''}`,
    `${part} is over ${mb} once decompressed${share ? ` (shared strings may take 1/${SHARED_STRINGS_SHARE} of the limit set by IMPORT_MAX_DECOMPRESSED_MB)` : ''}`,
  );
}

/** Decompresses and scans one part; returns its size, and its bytes when `keep`. */
async function scanPart(
  entry: ZipEntry,
  context: ScanContext,
  scanner: XmlRunScanner,
  keep = false,
): Promise<{ size: number; bytes?: Buffer }> {
  const limit = context.budget.limits.maxDecompressedBytes;
  const cap =
    PART_CAPS[entry.name] ??
    (entry.name === SHARED_STRINGS ? Math.floor(limit / SHARED_STRINGS_SHARE) : Number.POSITIVE_INFINITY);
  const kept: Buffer[] = [];
  let size = 0;
  try {
    await eachChunk(
      entry,
      (chunk) => {
        size += chunk.length;
        context.budget.addBytes(chunk.length, { file: context.file, sheet: context.sheet });
        if (size > cap) throw partTooLarge(context.file, entry.name, cap);
        scanner.push(chunk);
        if (keep) kept.push(chunk);
      },
      context.chunkSize,
    );
    scanner.end();
  } catch (error) {
    throw isAppError(error) ? error : notXlsx(context.file, error);
  }
  return keep ? { size, bytes: Buffer.concat(kept) } : { size };
}

/** Tags named `name` (no prefix) in a small document, found in one linear pass. */
function* tagsNamed(xml: string, name: string): Generator<string> {
  for (let at = 0; ;) {
    const start = xml.indexOf(`<${name}`, at);
    if (start < 0) return;
    const end = xml.indexOf('>', start);
    if (end < 0) return;
    at = end + 1;
    const after = xml.charCodeAt(start + name.length + 1);
    // Longer tags are not what a workbook writes here (and would make the attribute patterns slow).
    if ((after <= 0x20 || after === 0x2f || after === 0x3e) && end - start < 4096)
      yield xml.slice(start, end + 1);
  }
}

function xmlText(text: string): string {
  return text
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&apos;/gu, "'")
    .replace(/&amp;/gu, '&');
}

/** Worksheet names by part (`xl/worksheets/sheet1.xml`), from the workbook and its relationships. */
function sheetNames(workbook: string, rels: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const rel of tagsNamed(rels, 'Relationship')) {
    const id = /\bId="([^"]+)"/u.exec(rel)?.[1];
    const target = /\bTarget="([^"]+)"/u.exec(rel)?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/u, 'xl/'));
  }
  const names = new Map<string, string>();
  for (const sheet of tagsNamed(workbook, 'sheet')) {
    const name = /\bname="([^"]*)"/u.exec(sheet)?.[1];
    const rid = /\br:id="([^"]+)"/u.exec(sheet)?.[1];
    const path = rid ? targets.get(rid) : undefined;
    if (name !== undefined && path) names.set(path, xmlText(name));
  }
  return names;
}

function isRead(name: string): boolean {
  return (
    name === RELS || name === WORKBOOK || name === STYLES || name === SHARED_STRINGS || WORKSHEET.test(name)
  );
}

/** A stored part written by us, for what exceljs needs to stream worksheets but the workbook lacks. */
function storedPart(name: string, xml: string): ZipWriteEntry {
  const data = Buffer.from(xml);
  return { name, method: 0, crc: crc32(data), data, size: data.length };
}

const EMPTY_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>';
const EMPTY_SHARED_STRINGS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>';

/**
 * Checks a workbook against the budget's limits while decompressing it, counting its bytes into the
 * budget; throws TOO_LARGE (or BAD_INPUT for a broken file) the moment something is over. `chunkSize`
 * (bytes decompressed at a time) is for tests.
 */
export async function scanXlsx(
  bytes: Uint8Array,
  file: string,
  budget: ReadBudget,
  chunkSize = CHUNK,
): Promise<ScannedWorkbook> {
  let entries: ZipEntry[];
  try {
    entries = zipEntries(bytes, isRead);
  } catch (error) {
    throw error instanceof ZipFormatError ? notXlsx(file, error) : error;
  }
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.name)) throw notXlsx(file, new Error(`${entry.name} appears twice`));
    seen.add(entry.name);
  }
  const find = (name: string) => entries.find((entry) => entry.name === name);
  const context = (part: string, sheet?: string): ScanContext => ({
    file,
    part,
    sheet,
    budget,
    chunkSize,
  });
  const out: ZipWriteEntry[] = [];
  const add = (entry: ZipEntry, size: number) => out.push({ ...entry, size });

  const texts: Record<string, string> = {};
  for (const name of [RELS, WORKBOOK, STYLES]) {
    const entry = find(name);
    if (!entry) continue;
    const part = await scanPart(entry, context(name), new PlainScanner(context(name)), name !== STYLES);
    if (part.bytes) texts[name] = part.bytes.toString('utf-8');
    add(entry, part.size);
  }
  const names = sheetNames(texts[WORKBOOK] ?? '', texts[RELS] ?? '');
  const strings = find(SHARED_STRINGS);
  if (strings) {
    const part = context(SHARED_STRINGS);
    add(strings, (await scanPart(strings, part, new SharedStringsScanner(part))).size);
  } else out.push(storedPart(SHARED_STRINGS, EMPTY_SHARED_STRINGS));
  // Without both, exceljs writes every worksheet to a temporary file to read it at the end.
  if (!find(RELS)) out.unshift(storedPart(RELS, EMPTY_RELS));

  const worksheets = entries.filter((entry) => WORKSHEET.test(entry.name));
  if (worksheets.length > MAX_WORKSHEETS)
    throw tooLargeError(
      { file },
      `工作表超过 ${MAX_WORKSHEETS} 个`,
      `more than ${MAX_WORKSHEETS.toLocaleString('en')} worksheets`,
    );
  const merges = new Map<string, string[]>();
  const mergeCount = { value: budget.mergedRanges };
  let rowsBefore = budget.rows;
  for (const entry of worksheets) {
    const name = names.get(entry.name);
    const part = context(entry.name, name ?? entry.name);
    const scanner = new WorksheetScanner(part, rowsBefore, mergeCount);
    add(entry, (await scanPart(entry, part, scanner)).size);
    rowsBefore += scanner.maxRow;
    if (name !== undefined && scanner.merges.length > 0) merges.set(name, scanner.merges);
  }
  budget.mergedRanges = mergeCount.value;
  return { zip: writeZip(out), merges };
}
