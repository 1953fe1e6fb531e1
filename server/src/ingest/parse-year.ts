/**
 * A year as planners write it: 2023, 2023年, 2023年度, ２０２３, 2023-03-05 (a date cell), 2023.3, 2023年3月,
 * 2023年以来, 44927 (a date cell that lost its format: Excel's serial number). It must lie between EARLIEST_YEAR and this year. Chinese numerals (二〇二三年) and spans
 * (2021—2023) are refused with what to write instead, in Chinese and English.
 */
import type { Parsed } from './parse-measure.ts';
import { excelSerialDay } from './excel-serial-day.ts';
import { quoteCell } from './quote-cell.ts';

/** Before this, a year in a bureau's spreadsheet is a typing error. */
export const EARLIEST_YEAR = 1900;

const HAN_DIGITS: Readonly<Record<string, string>> = {
  〇: '0',
  零: '0',
  '○': '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

const MONTH = '(?:0?[1-9]|1[0-2])';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
/** 2023 · 2023年… · 2023-3(-5)( 10:30) · 2023.0 as a number cell exported from a float column. */
const YEAR = new RegExp(
  `^(\\d{4})(?:年(?:${MONTH}月(?:${DAY}日)?)?\\D*|[-/.]${MONTH}(?:[-/.]${DAY})?(?:T?\\d{1,2}:\\d{2}(?::\\d{2})?)?|\\.0+)?$`,
  'u',
);
const SPAN = /^\d{4}年?[-—–~～至到]+\d{4}/u;
const HAN_YEAR = /^([〇零○一二三四五六七八九]{4})年?/u;

export function parseYear(raw: string, thisYear = new Date().getFullYear()): Parsed {
  const text = raw.normalize('NFKC').replace(/\s+/gu, '');
  const shown = quoteCell(raw);
  const han = HAN_YEAR.exec(text);
  if (han?.[1]) {
    const digits = [...han[1]].map((char) => HAN_DIGITS[char] ?? '').join('');
    return {
      ok: false,
      message: `“${shown}”是汉字数字，请写作 ${digits} / “${shown}” is in Chinese numerals; write ${digits}`,
    };
  }
  if (SPAN.test(text))
    return {
      ok: false,
      message: `“${shown}”是一段时间，请只写一个年份（如开始的年份） / “${shown}” is a span of years; write one year (e.g. the first)`,
    };
  const match = YEAR.exec(excelSerialDay(text) ?? text);
  if (!match?.[1])
    return {
      ok: false,
      message: `“${shown}”不是年份，请写作 ${thisYear} 或 ${thisYear}年 / “${shown}” is not a year; write e.g. ${thisYear}`,
    };
  const year = Number(match[1]);
  if (year > thisYear)
    return {
      ok: false,
      message: `${year} 年还没有到（今年是 ${thisYear} 年） / ${year} lies in the future (this year is ${thisYear})`,
    };
  if (year < EARLIEST_YEAR)
    return {
      ok: false,
      message: `${year} 年早于 ${EARLIEST_YEAR} 年，不像是真实的年份 / ${year} is before ${EARLIEST_YEAR}: not a plausible year`,
    };
  return { ok: true, value: year };
}
