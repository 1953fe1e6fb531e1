import { describe, expect, it } from 'vitest';
import { parseMeasure, parseShare, parseYuan } from './parse-measure.ts';

describe('parsing amounts in yuan', () => {
  it('reads plain, grouped, full-width and 万元/亿元 amounts', () => {
    expect(parseYuan('500000')).toEqual({ ok: true, value: 500_000 });
    expect(parseYuan('1,200,000')).toEqual({ ok: true, value: 1_200_000 });
    expect(parseYuan('５００万元')).toEqual({ ok: true, value: 5_000_000 });
    expect(parseYuan('约5亿元')).toEqual({ ok: true, value: 500_000_000 });
    expect(parseYuan('2565.89万')).toEqual({ ok: true, value: 25_658_900 });
  });

  it('refuses negative amounts, percentages, other currencies and words, in both languages', () => {
    expect(parseYuan('-5万元')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/不能为负.*negative/u),
    });
    expect(parseYuan('30%')).toMatchObject({ ok: false, message: expect.stringMatching(/比例.*share/u) });
    expect(parseYuan('100万美元')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/人民币.*yuan/u),
    });
    expect(parseYuan('很多钱')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/“很多钱”不是金额.*not an amount/u),
    });
  });
});

describe('parsing shares', () => {
  it('reads 30%, 0.3 and a plain 30 as the same share', () => {
    for (const text of ['30%', '３０％', '0.3', '30', '30 %'])
      expect(parseShare(text), text).toEqual({ ok: true, value: 0.3 });
    expect(parseShare('1')).toEqual({ ok: true, value: 1 });
    expect(parseShare('100')).toEqual({ ok: true, value: 1 });
  });

  it('refuses shares outside 0–100 % and text that is not a share', () => {
    for (const text of ['150%', '150', '-10%'])
      expect(parseShare(text), text).toMatchObject({
        ok: false,
        message: expect.stringMatching(/0 到 100%.*between 0 and 100 %/u),
      });
    expect(parseShare('三成')).toMatchObject({ ok: false, message: expect.stringMatching(/30% 或 0\.3/u) });
  });
});

describe('parseMeasure', () => {
  it('checks each declared measure as what it is', () => {
    expect(parseMeasure('year', '2020年')).toEqual({ ok: true, value: 2020 });
    expect(parseMeasure('yuan', '5亿元')).toEqual({ ok: true, value: 5e8 });
    expect(parseMeasure('share', '30%')).toEqual({ ok: true, value: 0.3 });
  });
});
