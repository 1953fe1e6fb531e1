/**
 * A day written as Excel's serial number: a date cell whose date format was lost (values pasted, a column
 * exported as General) shows 44197 for 2021-01-01. In a column declared a year or a date, five digits
 * rarely mean anything else; only serials from 1980 on are read (29221), so that a mistyped year (20231)
 * is still refused. Serials count days from 1899-12-30.
 */

const SERIAL = /^(\d{5})(?:\.\d+)?$/u;
const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);
/** 1980-01-01: a bureau's dates are recent, and below this a five-digit number is more likely a typo. */
const FIRST = 29_221;

/** The day `YYYY-MM-DD` a five-digit serial stands for, or null when the text is not one. */
export function excelSerialDay(text: string): string | null {
  const match = SERIAL.exec(text);
  if (!match?.[1] || Number(match[1]) < FIRST) return null;
  return new Date(EPOCH + Number(match[1]) * DAY_MS).toISOString().slice(0, 10);
}
