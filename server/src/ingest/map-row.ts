/**
 * One data row through its sheet's mapping: cells → fields and link texts, then the sheet's defaults
 * (院士工作站 → platformType) for fields left empty and the header's money unit on plain numbers
 * (投资额（万元）: 500 → 5000000). Validation then sees the row as the sheet means it.
 */
import { parseNumber } from '#model';
import type { SheetRow } from './read-sheet.ts';
import type { MappedRow, SheetMapping } from './sheet-mapping.ts';

const JOINED = new Set(['description']);
const LISTED = new Set(['aliases', 'keywords']);

/** Defaults for empty fields, then header units on plain numbers (a cell saying 5亿元 keeps its own unit). */
function withDefaultsAndScales(
  fields: Record<string, string>,
  mapping: Pick<SheetMapping, 'columns' | 'defaults'>,
): void {
  for (const [key, value] of Object.entries(mapping.defaults)) if (!fields[key]) fields[key] = value;
  for (const column of mapping.columns) {
    if (column.use.use !== 'field' || !column.use.scale) continue;
    const text = fields[column.use.field];
    if (text) fields[column.use.field] = scaled(text, column.use.scale);
  }
}

/** A plain number times the header's unit (投资额（万元）: 500 → 5000000); any other text as it is. */
function scaled(text: string, scale: number | undefined): string {
  if (!scale || !/^[\d.,\s]+$/u.test(text.normalize('NFKC'))) return text;
  const value = parseNumber(text);
  return value === null ? text : String(Number((value * scale).toPrecision(12)));
}

/** One data row through a sheet's mapping; null for blank rows and rows above the header. */
export function mapRow(mapping: SheetMapping, row: SheetRow): MappedRow | null {
  if (row.row <= mapping.headerRow) return null;
  if (row.cells.every((cell) => cell.trim() === '')) return null;
  const fields: Record<string, string> = {};
  const headers: Record<string, string> = {};
  const links: Array<{ column: number; text: string }> = [];
  const linkFields: Array<MappedRow['linkFields'][number]> = [];
  for (const column of mapping.columns) {
    const text = (row.cells[column.index] ?? '').trim();
    const use = column.use;
    if (use.use === 'link') {
      if (text) links.push({ column: column.index, text });
      continue;
    }
    if (use.use === 'linkField') {
      if (text)
        linkFields.push({
          field: use.field,
          text: scaled(text, use.scale),
          header: column.header,
          links: use.links,
        });
      continue;
    }
    if (use.use !== 'field') continue;
    const existing = fields[use.field];
    if (existing && text && (JOINED.has(use.field) || LISTED.has(use.field))) {
      fields[use.field] = JOINED.has(use.field) ? `${existing}；${text}` : `${existing}、${text}`;
      continue;
    }
    if (existing) continue;
    fields[use.field] = text;
    headers[use.field] = column.header;
  }
  withDefaultsAndScales(fields, mapping);
  return {
    file: mapping.file,
    ...(mapping.sheet ? { sheet: mapping.sheet } : {}),
    row: row.row,
    fields,
    headers,
    links,
    linkFields,
  };
}
