/**
 * Workbooks made in memory for the tests of bounded reading: minimal XLSX parts around worksheet XML
 * given as pieces, where a piece may repeat a text many times. A repeated text is deflated once (a block
 * ending on a full flush) and the block repeated, so that a 150 MB cell costs a few milliseconds and a
 * few hundred kilobytes, never the 150 MB. Plus a measure of the memory and time a read takes.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { writeZip, type ZipWriteEntry } from '../src/ingest/zip-archive.ts';

/** A piece of a part: text, or a text repeated `times`. */
export type Piece = string | { readonly repeat: string; readonly times: number };

/** One part deflated from pieces, without ever holding the whole text. */
export function deflatedPart(name: string, pieces: readonly Piece[]): ZipWriteEntry {
  const blocks: Buffer[] = [];
  let crc = 0;
  let size = 0;
  for (const piece of pieces) {
    const unit = Buffer.from(typeof piece === 'string' ? piece : piece.repeat);
    const times = typeof piece === 'string' ? 1 : piece.times;
    // A full flush ends the block on a byte boundary with no back-references beyond it: it can repeat.
    const block = deflateRawSync(unit, { finishFlush: constants.Z_FULL_FLUSH, level: 6 });
    for (let i = 0; i < times; i++) {
      blocks.push(block);
      crc = crc32(unit, crc);
    }
    size += unit.length * times;
  }
  blocks.push(deflateRawSync(Buffer.alloc(0)));
  return { name, method: 8, crc, data: Buffer.concat(blocks), size };
}

/** A part stored as it is (no compression), for reading in chunks of any size. */
export function storedPart(name: string, text: string): ZipWriteEntry {
  const data = Buffer.from(text);
  return { name, method: 0, crc: crc32(data), data, size: data.length };
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const WORKSHEET_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>`;
export const WORKSHEET_TAIL = '</sheetData></worksheet>';

/** The parts around worksheets named `names` (sheet1.xml, sheet2.xml …), stored. */
export function workbookParts(names: readonly string[]): ZipWriteEntry[] {
  const sheets = names.map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  const rels = names.map(
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  return [
    storedPart(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    storedPart(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets.join('')}</sheets></workbook>`,
    ),
    storedPart(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
    ),
  ];
}

/** A workbook of one worksheet `Sheet1` whose sheetData is made of `rows` (pieces of `<row>` XML). */
export function oneSheetWorkbook(rows: readonly Piece[], after = ''): Uint8Array {
  return writeZip([
    ...workbookParts(['Sheet1']),
    deflatedPart('xl/worksheets/sheet1.xml', [WORKSHEET_HEAD, ...rows, `</sheetData>${after}</worksheet>`]),
  ]);
}

export interface Measured<T> {
  readonly value?: T;
  readonly error?: unknown;
  /** Highest resident set size seen during the call, above what it was before, in MB. */
  readonly rssMb: number;
  /** Highest heap use seen during the call, above what it was before, in MB. */
  readonly heapMb: number;
  readonly ms: number;
}

/** Runs `work`, sampling memory every few milliseconds (reading yields often enough for the samples). */
export async function measure<T>(work: () => Promise<T>): Promise<Measured<T>> {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage();
  let rss = before.rss;
  let heap = before.heapUsed;
  const sample = () => {
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss);
    heap = Math.max(heap, now.heapUsed);
  };
  const timer = setInterval(sample, 5);
  const start = performance.now();
  let value: T | undefined;
  let error: unknown;
  try {
    value = await work();
  } catch (caught) {
    error = caught;
  }
  const ms = performance.now() - start;
  sample();
  clearInterval(timer);
  const mb = (bytes: number) => bytes / 2 ** 20;
  return { value, error, rssMb: mb(rss - before.rss), heapMb: mb(heap - before.heapUsed), ms };
}
