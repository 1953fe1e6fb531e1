import { describe, expect, it } from 'vitest';
import { parseNumber } from './parse-number.ts';

describe('parseNumber', () => {
  it('reads plain, grouped and full-width numbers', () => {
    expect(parseNumber('1000')).toBe(1000);
    expect(parseNumber('1,000')).toBe(1000);
    expect(parseNumber('１２３')).toBe(123);
    expect(parseNumber(' 0.3 ')).toBe(0.3);
  });

  it('applies Chinese money units and percentages', () => {
    expect(parseNumber('5亿元')).toBe(500_000_000);
    expect(parseNumber('2565.89万元')).toBe(25_658_900);
    expect(parseNumber('30%')).toBe(0.3);
    expect(parseNumber('100余')).toBe(100);
  });

  it('returns null for text that is not a number', () => {
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('三十')).toBeNull();
    expect(parseNumber('=HYPERLINK("x")')).toBeNull();
    expect(parseNumber('12abc')).toBeNull();
  });
});
