/**
 * A workbook cell's value as the text a planner sees in it. Nothing is evaluated: a formula gives its
 * cached result (or nothing), rich text its characters, a hyperlink its text, a date `YYYY-MM-DD`;
 * characters that show nothing are left out (visibleText).
 */
import { visibleText } from '#model';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  // exceljs gives a cell's local date and time as the same figures in UTC.
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const time = date.getUTCHours() * 3600 + date.getUTCMinutes() * 60 + date.getUTCSeconds();
  return time === 0 ? day : `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}

function numberText(value: number): string {
  if (!Number.isFinite(value)) return '';
  // Round away binary noise (0.1 + 0.2) without losing the digits a planner typed.
  return String(Number(value.toPrecision(15)));
}

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return visibleText(value);
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (Array.isArray(object.richText)) {
      return object.richText.map((part) => cellText((part as { text?: unknown }).text)).join('');
    }
    if ('formula' in object || 'sharedFormula' in object) return cellText(object.result);
    if ('error' in object) return '';
    if ('text' in object) return cellText(object.text);
    if ('result' in object) return cellText(object.result);
  }
  return '';
}
