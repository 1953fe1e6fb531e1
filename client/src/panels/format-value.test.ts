// Tests the side panel's value formatting: shares, money, statistics and source locations.
import { describe, expect, it } from 'vitest';
import { STRINGS } from '../i18n/strings.ts';
import {
  cleanPropertyLabel,
  formatMoney,
  formatPropertyValue,
  formatShare,
  formatSourceLocation,
  formatStatistic,
} from './format-value.ts';

describe('formatPropertyValue', () => {
  it('shows a share of 0.3 as 30%', () => {
    expect(formatPropertyValue({ key: 'share', label: '占比', value: '0.3' }, 'zh')).toBe('30%');
    expect(formatPropertyValue({ key: 'share', label: '占比', value: '0.125' }, 'en')).toBe('12.5%');
  });

  it('shows amounts in yuan as 万元 or 亿元', () => {
    expect(formatPropertyValue({ key: 'amount', label: '金额（元）', value: '3000000' }, 'zh')).toBe(
      '300 万元',
    );
    expect(formatPropertyValue({ key: 'investment', label: '投资额（元）', value: '125000000' }, 'zh')).toBe(
      '1.25 亿元',
    );
    expect(formatPropertyValue({ key: 'other', label: '补助（元）', value: '8000' }, 'zh')).toBe('8,000 元');
  });

  it('leaves text and plain numbers as they are', () => {
    expect(formatPropertyValue({ key: 'level', label: '级别', value: '省级' }, 'zh')).toBe('省级');
    expect(formatPropertyValue({ key: 'year', label: '年份', value: '2023' }, 'zh')).toBe('2023');
    expect(formatPropertyValue({ key: 'share', label: '占比', value: '约三成' }, 'zh')).toBe('约三成');
  });
});

describe('formatMoney and formatShare', () => {
  it('speaks millions and billions in English', () => {
    expect(formatMoney(30_000_000, 'en')).toBe('CNY 30 million');
    expect(formatMoney(2_500_000_000, 'en')).toBe('CNY 2.5 billion');
    expect(formatMoney(5000, 'en')).toBe('CNY 5,000');
  });

  it('takes shares above 1 as already in percent', () => {
    expect(formatShare(30, 'zh')).toBe('30%');
  });
});

describe('labels, statistics and sources', () => {
  it('drops unit hints from labels', () => {
    expect(cleanPropertyLabel('金额（元）')).toBe('金额');
    expect(cleanPropertyLabel('amount (CNY)')).toBe('amount');
    expect(cleanPropertyLabel('share (0–1)')).toBe('share');
    expect(cleanPropertyLabel('级别')).toBe('级别');
  });

  it('joins a statistic with its unit', () => {
    expect(formatStatistic(4, '家', 'zh')).toBe('4 家');
    expect(formatStatistic(1234.5, '', 'en')).toBe('1,234.5');
  });

  it('names a spreadsheet source by file, sheet and row', () => {
    const source = {
      file: 'seed/kenli/enterprises.csv',
      sheet: '企业',
      row: 12,
      quote: null,
      document: null,
    };
    expect(formatSourceLocation(source, STRINGS.zh)).toBe(
      'seed/kenli/enterprises.csv › 工作表 企业 › 第 12 行',
    );
    expect(formatSourceLocation(source, STRINGS.en)).toBe('seed/kenli/enterprises.csv › Sheet 企业 › row 12');
  });
});
