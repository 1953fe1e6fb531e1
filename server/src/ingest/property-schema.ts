/**
 * The zod schema of one declared property (node-kinds.ts, relationship-kinds.ts), used for every column
 * that carries it: an enumeration accepts only its declared values (and their synonyms, match-allowed.ts);
 * a measured number is checked as a year, an amount in yuan or a share (parse-measure.ts), a day as a date
 * written YYYY-MM-DD (parse-date.ts); other numbers
 * must be numbers, integers whole. An empty cell is no value. A refusal is a zod issue whose message is
 * bilingual; validate-rows.ts turns it into a problem at the row and column.
 */
import { z } from 'zod';
import { parseNumber, type PropValue, type PropertySpec } from '#model';
import { matchAllowed } from './match-allowed.ts';
import { parseDate } from './parse-date.ts';
import { parseMeasure } from './parse-measure.ts';
import { quoteCell } from './quote-cell.ts';

type ParsedProperty =
  { readonly ok: true; readonly value: PropValue } | { readonly ok: false; readonly message: string };

/** One non-empty cell read as the property's value. */
export function parseProperty(spec: PropertySpec, text: string): ParsedProperty {
  if (spec.measure === 'date') return parseDate(text);
  if (spec.type === 'string') {
    if (!spec.values) return { ok: true, value: text };
    const allowed = matchAllowed(text, spec.values);
    return allowed !== null
      ? { ok: true, value: allowed }
      : {
          ok: false,
          message: `“${quoteCell(text)}”不是允许的${spec.zh}，可选：${spec.values.join('、')} / “${quoteCell(text)}” is not an allowed ${spec.en}; allowed: ${spec.values.join(', ')}`,
        };
  }
  if (spec.measure) return parseMeasure(spec.measure, text);
  const value = parseNumber(text);
  if (value === null || (spec.type === 'integer' && !Number.isInteger(value))) {
    const [zh, en] = spec.type === 'integer' ? ['整数', 'a whole number'] : ['数字', 'a number'];
    return { ok: false, message: `“${quoteCell(text)}”不是${zh} / “${quoteCell(text)}” is not ${en}` };
  }
  return { ok: true, value };
}

export function propertySchema(spec: PropertySpec) {
  return z
    .string()
    .optional()
    .transform((raw, ctx): PropValue | undefined => {
      const text = (raw ?? '').trim();
      if (text === '') return undefined;
      const parsed = parseProperty(spec, text);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: 'custom', message: parsed.message });
      return z.NEVER;
    });
}

/** The zod shape of a list of properties, key by key. */
export function propsShape(specs: readonly PropertySpec[]) {
  return Object.fromEntries(specs.map((spec) => [spec.key, propertySchema(spec)]));
}
