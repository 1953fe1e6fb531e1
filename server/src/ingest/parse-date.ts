/**
 * A day as planners write it, stored `YYYY-MM-DD`: 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日, ２０２４-０３-０５,
 * a date cell (read as 2024-03-05, with its time if it has one), 20240305, 45356 (Excel's serial number of a
 * date cell that lost its format). A month alone (2024年3月) is its
 * first day. It must be a real day, not after today in the bureau's time zone and not before
 * EARLIEST_YEAR. Every refusal says what was written and what to write, in Chinese and English.
 */
import { registerToday } from '#model';
import { excelSerialDay } from './excel-serial-day.ts';
import { EARLIEST_YEAR } from './parse-year.ts';

export type ParsedDate =
  { readonly ok: true; readonly value: string } | { readonly ok: false; readonly message: string };

const SEPARATED =
  /^(\d{4})[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/u;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/u;

const pad = (value: number) => String(value).padStart(2, '0');

function refuse(raw: string, today: string): ParsedDate {
  return {
    ok: false,
    message: `“${raw}”不是日期，请写作 ${today} 或 ${today.slice(0, 4)}年${Number(today.slice(5, 7))}月${Number(today.slice(8))}日 / “${raw}” is not a date; write e.g. ${today}`,
  };
}

export function parseDate(raw: string, today: string = registerToday()): ParsedDate {
  const text = raw.normalize('NFKC').replace(/\s+/gu, ' ').trim();
  const serial = excelSerialDay(text);
  const match = SEPARATED.exec(serial ?? text) ?? COMPACT.exec(text);
  if (!match?.[1] || !match[2]) return refuse(raw, today);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = match[3] ? Number(match[3]) : 1;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return {
      ok: false,
      message: `“${raw}”不是存在的日子 / “${raw}” is not a day of the calendar`,
    };
  const value = `${year}-${pad(month)}-${pad(day)}`;
  if (value > today)
    return {
      ok: false,
      message: `${value} 还没有到（今天是 ${today}） / ${value} lies in the future (today is ${today})`,
    };
  if (year < EARLIEST_YEAR)
    return {
      ok: false,
      message: `${value} 早于 ${EARLIEST_YEAR} 年，不像是真实的日期 / ${value} is before ${EARLIEST_YEAR}: not a plausible date`,
    };
  return { ok: true, value };
}
