/**
 * The zip container of a workbook, read from its central directory and written back: just enough of
 * PKWARE's format for XLSX files (stored and deflated entries, zip64 sizes and offsets, no encryption,
 * no multi-disk archives). Entries are handed out still compressed; nothing here trusts a declared
 * uncompressed size, and nothing is decompressed (see scan-xlsx-entries.ts).
 */

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly time: number;
  readonly date: number;
  /** The size the archive claims once decompressed: for messages only, never trusted. */
  readonly declaredSize: number;
  /** Offset of the local header: the order a streaming reader meets the entries in. */
  readonly offset: number;
  /** The entry's bytes as stored (compressed). */
  readonly data: Uint8Array;
}

export class ZipFormatError extends Error {}

function fail(reason: string): never {
  throw new ZipFormatError(reason);
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function endOfDirectory(bytes: Uint8Array, dv: DataView): { count: number; offset: number } {
  const last = bytes.length - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) {
    if (dv.getUint32(at, true) !== END_OF_DIRECTORY) continue;
    if (dv.getUint16(at + 4, true) !== 0 || dv.getUint16(at + 6, true) !== 0) fail('multi-disk archive');
    let count = dv.getUint16(at + 10, true);
    let offset = dv.getUint32(at + 16, true);
    const locator = at - 20;
    if ((count === 0xffff || offset === 0xffffffff) && locator >= 0) {
      if (dv.getUint32(locator, true) !== ZIP64_LOCATOR) fail('zip64 locator missing');
      const end = Number(dv.getBigUint64(locator + 8, true));
      if (end + 56 > bytes.length || dv.getUint32(end, true) !== ZIP64_END) fail('zip64 end record missing');
      count = Number(dv.getBigUint64(end + 32, true));
      offset = Number(dv.getBigUint64(end + 48, true));
    }
    return { count, offset };
  }
  return fail('no end of central directory');
}

/** Sizes and offset from the zip64 extra field, for those the central header marks 0xffffffff. */
function zip64Extra(
  dv: DataView,
  start: number,
  end: number,
  fields: { size: number; compressed: number; offset: number },
): { size: number; compressed: number; offset: number } {
  const result = { ...fields };
  for (let at = start; at + 4 <= end;) {
    const id = dv.getUint16(at, true);
    const length = dv.getUint16(at + 2, true);
    if (id === 0x0001) {
      let p = at + 4;
      const next = () => {
        if (p + 8 > at + 4 + length) fail('short zip64 extra field');
        const value = Number(dv.getBigUint64(p, true));
        p += 8;
        return value;
      };
      if (fields.size === 0xffffffff) result.size = next();
      if (fields.compressed === 0xffffffff) result.compressed = next();
      if (fields.offset === 0xffffffff) result.offset = next();
      return result;
    }
    at += 4 + length;
  }
  return result;
}

/**
 * The entries of a zip archive whose names `wanted` accepts, in the order of their local headers (the
 * order a streaming reader such as exceljs' meets them). Throws ZipFormatError for anything malformed.
 */
export function zipEntries(bytes: Uint8Array, wanted: (name: string) => boolean): ZipEntry[] {
  if (bytes.length < 22) fail('too short');
  const dv = view(bytes);
  const { count, offset } = endOfDirectory(bytes, dv);
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || dv.getUint32(at, true) !== CENTRAL_HEADER) fail('bad central directory');
    const flags = dv.getUint16(at + 8, true);
    const nameLength = dv.getUint16(at + 28, true);
    const extraLength = dv.getUint16(at + 30, true);
    const commentLength = dv.getUint16(at + 32, true);
    const nameStart = at + 46;
    if (nameStart + nameLength + extraLength > bytes.length) fail('bad central directory');
    const name = decoder.decode(bytes.subarray(nameStart, nameStart + nameLength));
    const next = nameStart + nameLength + extraLength + commentLength;
    if (wanted(name)) {
      const sizes = zip64Extra(dv, nameStart + nameLength, nameStart + nameLength + extraLength, {
        size: dv.getUint32(at + 24, true),
        compressed: dv.getUint32(at + 20, true),
        offset: dv.getUint32(at + 42, true),
      });
      const local = sizes.offset;
      if (local + 30 > bytes.length || dv.getUint32(local, true) !== LOCAL_HEADER) fail(`bad entry ${name}`);
      const dataStart = local + 30 + dv.getUint16(local + 26, true) + dv.getUint16(local + 28, true);
      if (dataStart + sizes.compressed > bytes.length) fail(`truncated entry ${name}`);
      if (flags & 0x1) fail(`encrypted entry ${name}`);
      const method = dv.getUint16(at + 10, true);
      if (method !== 0 && method !== 8) fail(`entry ${name} uses compression method ${method}`);
      entries.push({
        name,
        method,
        flags,
        crc: dv.getUint32(at + 16, true),
        time: dv.getUint16(at + 12, true),
        date: dv.getUint16(at + 14, true),
        declaredSize: sizes.size,
        offset: local,
        data: bytes.subarray(dataStart, dataStart + sizes.compressed),
      });
    }
    at = next;
  }
  return entries.sort((a, b) => a.offset - b.offset);
}

export interface ZipWriteEntry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  /** The entry's bytes as stored (compressed when method is 8). */
  readonly data: Uint8Array;
  /** Its size once decompressed. */
  readonly size: number;
  readonly time?: number;
  readonly date?: number;
}

/**
 * A zip archive of the given entries, in that order, every size in its local header (no data
 * descriptors), so that a streaming reader reads exactly these bytes. Not for archives over 4 GB.
 */
export function writeZip(entries: readonly ZipWriteEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const names = entries.map((entry) => encoder.encode(entry.name));
  const localSize = entries.reduce(
    (sum, entry, i) => sum + 30 + (names[i]?.length ?? 0) + entry.data.length,
    0,
  );
  const centralSize = names.reduce((sum, name) => sum + 46 + name.length, 0);
  if (localSize + centralSize > 0xffffffff || entries.length > 0xffff) throw new RangeError('zip too large');
  const out = new Uint8Array(localSize + centralSize + 22);
  const dv = view(out);
  const offsets: number[] = [];
  let at = 0;
  const common = (entry: ZipWriteEntry, name: Uint8Array, p: number) => {
    // Version 2.0; UTF-8 names.
    dv.setUint16(p, 20, true);
    dv.setUint16(p + 2, 0x800, true);
    dv.setUint16(p + 4, entry.method, true);
    dv.setUint16(p + 6, entry.time ?? 0, true);
    dv.setUint16(p + 8, entry.date ?? 0x21, true);
    dv.setUint32(p + 10, entry.crc >>> 0, true);
    dv.setUint32(p + 14, entry.data.length, true);
    dv.setUint32(p + 18, Math.min(entry.size, 0xffffffff), true);
    dv.setUint16(p + 22, name.length, true);
  };
  entries.forEach((entry, i) => {
    const name = names[i] ?? new Uint8Array();
    offsets.push(at);
    dv.setUint32(at, LOCAL_HEADER, true);
    common(entry, name, at + 4);
    out.set(name, at + 30);
    out.set(entry.data, at + 30 + name.length);
    at += 30 + name.length + entry.data.length;
  });
  const central = at;
  entries.forEach((entry, i) => {
    const name = names[i] ?? new Uint8Array();
    dv.setUint32(at, CENTRAL_HEADER, true);
    dv.setUint16(at + 4, 20, true);
    common(entry, name, at + 6);
    dv.setUint32(at + 42, offsets[i] ?? 0, true);
    out.set(name, at + 46);
    at += 46 + name.length;
  });
  dv.setUint32(at, END_OF_DIRECTORY, true);
  dv.setUint16(at + 8, entries.length, true);
  dv.setUint16(at + 10, entries.length, true);
  dv.setUint32(at + 12, at - central, true);
  dv.setUint32(at + 16, central, true);
  return out;
}
