/**
 * The numbers a declared property measures (PropertySpec.measure), checked as well as parsed:
 * - year: see parse-year.ts;
 * - yuan: 500000, 1,000, 500万元, 5亿元, full-width digits; never negative, never a percentage or another
 *   currency (a 万元/亿元 header has already scaled plain numbers, see map-row.ts);
 * - share: 30% and 0.3 alike; a plain number above 1 and up to 100 is a percentage (30 → 0.3); 0 to 100 %.
 * Every refusal says what was written and what to write, in Chinese and English.
 */
import { parseNumber, type Measure } from '#model';
import { parseYear } from './parse-year.ts';
import { quoteCell } from './quote-cell.ts';

export type Parsed =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

const round = (value: number) => Number(value.toPrecision(12));

export function parseYuan(raw: string): Parsed {
  const shown = quoteCell(raw);
  const text = raw
    .normalize('NFKC')
    .trim()
    .replace(/^(约|近|逾)/u, '');
  if (/%$/u.test(text))
    return { ok: false, message: `“${shown}”是比例，不是金额 / “${shown}” is a share, not an amount` };
  if (/美元|欧元|日元|港元|港币|英镑|usd|eur|\$|€|£/iu.test(text))
    return {
      ok: false,
      message: `“${shown}”不是人民币金额，请换算为元 / “${shown}” is not in yuan; convert it to CNY`,
    };
  const value = parseNumber(text);
  if (value === null)
    return {
      ok: false,
      message: `“${shown}”不是金额，请写数字，可带单位：500万元、5亿元 / “${shown}” is not an amount; write a number, with a unit if you like: 500万元, 5亿元`,
    };
  if (value < 0) return { ok: false, message: `金额“${shown}”不能为负 / the amount “${shown}” is negative` };
  return { ok: true, value };
}

export function parseShare(raw: string): Parsed {
  const shown = quoteCell(raw);
  const text = raw.normalize('NFKC').trim();
  const value = parseNumber(text);
  if (value === null)
    return {
      ok: false,
      message: `“${shown}”不是比例，请写 30% 或 0.3 / “${shown}” is not a share; write 30% or 0.3`,
    };
  const share = !/%$/u.test(text) && value > 1 && value <= 100 ? round(value / 100) : value;
  if (share < 0 || share > 1)
    return {
      ok: false,
      message: `比例“${shown}”不在 0 到 100% 之间 / the share “${shown}” is not between 0 and 100 %`,
    };
  return { ok: true, value: share };
}

/** A measured number (dates are strings: parse-date.ts). */
export function parseMeasure(measure: Exclude<Measure, 'date'>, text: string): Parsed {
  switch (measure) {
    case 'year':
      return parseYear(text);
    case 'yuan':
      return parseYuan(text);
    case 'share':
      return parseShare(text);
  }
}
