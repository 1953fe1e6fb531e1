/**
 * A byte-level scan of the XML inside a workbook as it is decompressed, before any XML parser sees it:
 * it bounds how much text one cell (or any single text, tag or comment) may hold, so that a 150 MB cell
 * is refused after its first few hundred kilobytes, and it hands the tags a subclass cares about (cells,
 * rows, merged ranges) to `onTag` with their attributes. Chunks may cut anything anywhere: an unfinished
 * tag is carried over to the next chunk. Nothing is recursive and nothing grows with the input except
 * what a subclass keeps.
 */

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const COLON = 0x3a;
const BANG = 0x21;
const QUESTION = 0x3f;

/** Tag names longer than this are none of ours. */
const MAX_NAME = 64;

const COMMENT_END = Buffer.from('-->');
const CDATA_END = Buffer.from(']]>');
const PI_END = Buffer.from('?>');

export type ScanProblem = 'run' | 'doctype';

export abstract class XmlRunScanner {
  private carry: Buffer | null = null;
  /** Absolute offset of the current data's first byte. */
  private base = 0;
  /** Terminator of the comment, CDATA section or processing instruction being skipped. */
  private until: Buffer | null = null;
  /** Start of the current run: the last `<` outside a cell, or the start of the cell. */
  protected runStart = 0;
  /** Inside a cell (worksheet `<c>`, shared string `<si>`): its whole content is one run. */
  protected inCell = false;

  /** `cap`: the longest run in bytes. */
  constructor(protected readonly cap: number) {}

  /**
   * A tag of interest or not: `<` at `lt`, local name (after any prefix) in [name, nameEnd). Returns where
   * to go on, or -1 when the tag's end is not in `data` yet (not `final`).
   */
  protected abstract onTag(
    data: Buffer,
    lt: number,
    name: number,
    nameEnd: number,
    closing: boolean,
    final: boolean,
  ): number;

  /** Throws: a run longer than the cap, or a document type declaration. */
  protected abstract refuse(problem: ScanProblem): never;

  /** Absolute offset of a position in the current data. */
  protected at(index: number): number {
    return this.base + index;
  }

  push(chunk: Buffer): void {
    this.scan(chunk, false);
  }

  end(): void {
    this.scan(Buffer.alloc(0), true);
  }

  private scan(chunk: Buffer, final: boolean): void {
    let data = chunk;
    if (this.carry) {
      // `base` is already the carried bytes' offset.
      data = Buffer.concat([this.carry, chunk]);
      this.carry = null;
    }
    let pos = 0;
    while (pos < data.length) {
      if (this.until) {
        const end = data.indexOf(this.until, pos);
        if (end < 0) {
          pos = Math.max(pos, data.length - this.until.length + 1);
          break;
        }
        pos = end + this.until.length;
        this.until = null;
        continue;
      }
      const lt = data.indexOf(LT, pos);
      if (lt < 0) {
        pos = data.length;
        break;
      }
      if (this.base + lt - this.runStart > this.cap) this.refuse('run');
      if (!this.inCell) this.runStart = this.base + lt;
      const next = this.tag(data, lt, final);
      if (next < 0) {
        pos = lt;
        break;
      }
      pos = next;
    }
    if (this.base + data.length - this.runStart > this.cap) this.refuse('run');
    if (pos < data.length && !final) {
      this.carry = Buffer.from(data.subarray(pos));
      this.base += pos;
    } else this.base += data.length;
  }

  private tag(data: Buffer, lt: number, final: boolean): number {
    let p = lt + 1;
    if (p >= data.length) return final ? data.length : -1;
    const first = data[p];
    if (first === BANG || first === QUESTION) return this.special(data, lt, final);
    const closing = first === SLASH;
    if (closing) p += 1;
    let name = p;
    for (; p < data.length; p++) {
      const byte = data[p] ?? 0;
      if (byte <= 0x20 || byte === GT || byte === SLASH) break;
      if (byte === COLON) name = p + 1;
      if (p - lt > MAX_NAME) return p;
    }
    if (p >= data.length && !final) return -1;
    return this.onTag(data, lt, name, p, closing, final);
  }

  /** `<!--`, `<![CDATA[`, `<?`: skipped to their end as one run; `<!DOCTYPE` refused. */
  private special(data: Buffer, lt: number, final: boolean): number {
    if (lt + 9 > data.length && !final) return -1;
    const head = data.toString('latin1', lt, Math.min(data.length, lt + 9));
    if (head.startsWith('<!--')) {
      this.until = COMMENT_END;
      return lt + 4;
    }
    if (head.startsWith('<![CDATA[')) {
      this.until = CDATA_END;
      return lt + 9;
    }
    if (head.startsWith('<?')) {
      this.until = PI_END;
      return lt + 2;
    }
    // OOXML parts have no DTD; a declaration could only be there to define entities.
    if (head.toUpperCase().startsWith('<!DOCTYPE')) this.refuse('doctype');
    return lt + 2;
  }
}

/** The tag's end: the index of its `>`, or -1 when it is not in `data`. */
export function tagEnd(data: Buffer, from: number): number {
  return data.indexOf(GT, from);
}

export function isSelfClosing(data: Buffer, gt: number): boolean {
  return data[gt - 1] === SLASH;
}

/** Whether the bytes [start, end) spell `name` (ASCII). */
export function nameIs(data: Buffer, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false;
  for (let i = 0; i < name.length; i++) if (data[start + i] !== name.charCodeAt(i)) return false;
  return true;
}

/**
 * The value of an attribute inside a tag's bytes [from, to): [start, end) of the text between its quotes,
 * or null. Linear: every byte is looked at a bounded number of times.
 */
export function attribute(data: Buffer, from: number, to: number, name: string): [number, number] | null {
  const last = name.length - 1;
  for (let p = from; p < to; p++) {
    // An attribute name starts after white space, ends before `=` (white space allowed around it).
    const before = data[p - 1] ?? 0;
    if (before > 0x20 || data[p] !== name.charCodeAt(0) || !nameIs(data, p, p + last + 1, name)) continue;
    let q = p + last + 1;
    while (q < to && (data[q] ?? 0) <= 0x20) q++;
    if (data[q] !== 0x3d) continue;
    q++;
    while (q < to && (data[q] ?? 0) <= 0x20) q++;
    const quote = data[q];
    if (quote !== 0x22 && quote !== 0x27) return null;
    const close = data.indexOf(quote, q + 1);
    return close < 0 || close > to ? null : [q + 1, close];
  }
  return null;
}
