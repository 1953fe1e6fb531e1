import { describe, expect, it } from 'vitest';
import { excelSerialDay } from './excel-serial-day.ts';
import { parseDate } from './parse-date.ts';
import { parseYear } from './parse-year.ts';

describe('excelSerialDay', () => {
  it('reads the days Excel shows for its serial numbers', () => {
    expect(excelSerialDay('44197')).toBe('2021-01-01');
    expect(excelSerialDay('45292')).toBe('2024-01-01');
    expect(excelSerialDay('29221')).toBe('1980-01-01');
    expect(excelSerialDay('44197.5')).toBe('2021-01-01');
  });

  it('leaves years, mistyped years, compact dates and other numbers alone', () => {
    for (const text of ['2021', '20231', '20210101', '4419', '441970', '44197年', ''])
      expect(excelSerialDay(text)).toBeNull();
  });
});

describe('years and dates given as Excel serial numbers', () => {
  it('reads a serial in a year column as its year and in a date column as its day', () => {
    expect(parseYear('44197', 2026)).toEqual({ ok: true, value: 2021 });
    expect(parseDate('44197', '2026-12-03')).toEqual({ ok: true, value: '2021-01-01' });
  });

  it('still refuses a serial that lies in the future', () => {
    expect(parseYear('99999', 2026).ok).toBe(false);
    expect(parseDate('99999', '2026-12-03').ok).toBe(false);
  });
});
