import { describe, expect, it } from 'vitest';
import { EARLIEST_YEAR, parseYear } from './parse-year.ts';

const year = (text: string) => parseYear(text, 2025);

describe('parseYear', () => {
  it('reads a year as planners write it, and the year of a date', () => {
    for (const text of [
      '2023',
      '2023年',
      '2023年度',
      '２０２３',
      ' 2023 ',
      '2023-03-05',
      '2023/3/5',
      '2023.3',
    ])
      expect(year(text), text).toEqual({ ok: true, value: 2023 });
    for (const text of ['2023年3月', '2023年3月5日', '2023年以来', '2023-03-05 10:30'])
      expect(year(text), text).toEqual({ ok: true, value: 2023 });
  });

  it('refuses Chinese numerals with the digits to write, in Chinese and English', () => {
    expect(year('二〇二三年')).toEqual({
      ok: false,
      message: expect.stringMatching(/汉字数字.*写作 2023.*Chinese numerals.*write 2023/u),
    });
    expect(year('二零二零')).toMatchObject({ ok: false, message: expect.stringContaining('2020') });
  });

  it('refuses a year in the future and one implausibly old, saying which', () => {
    expect(year('2026')).toEqual({
      ok: false,
      message: expect.stringMatching(/还没有到.*今年是 2025.*future/u),
    });
    expect(year('2025')).toEqual({ ok: true, value: 2025 });
    expect(year(String(EARLIEST_YEAR - 1))).toEqual({
      ok: false,
      message: expect.stringMatching(/不像是真实的年份.*not a plausible year/u),
    });
  });

  it('refuses a span of years and text that is not a year', () => {
    expect(year('2021—2023')).toMatchObject({ ok: false, message: expect.stringMatching(/一段时间.*span/u) });
    expect(year('2021年-2023年')).toMatchObject({ ok: false, message: expect.stringMatching(/span/u) });
    for (const text of ['明年', '23年', '20231', 'abc'])
      expect(year(text), text).toMatchObject({
        ok: false,
        message: expect.stringMatching(/不是年份.*not a year/u),
      });
  });
});
