import { describe, expect, it } from 'vitest';
import type { MappedRow, SheetTarget } from './map-sheet.ts';
import { validateRow } from './validate-rows.ts';

function row(fields: Record<string, string>): MappedRow {
  return {
    file: 'f.csv',
    row: 7,
    fields,
    headers: Object.fromEntries(Object.keys(fields).map((key) => [key, `H:${key}`])),
    links: [],
    linkFields: [],
  };
}
const platform: SheetTarget = { type: 'nodes', kind: 'Platform' };

describe('validating rows', () => {
  it('turns a good row into a draft with lists split and provenance', () => {
    const result = validateRow(
      row({ name: '天牧生物院士工作站', aliases: '甲、乙', level: '省级', year: '2020', quote: '句子。' }),
      platform,
      {
        document: '文章',
      },
    );
    expect(result).toEqual({
      ok: true,
      value: {
        type: 'node',
        draft: expect.objectContaining({
          kind: 'Platform',
          name: '天牧生物院士工作站',
          aliases: ['甲', '乙'],
          props: { level: '省级', year: 2020 },
          source: { file: 'f.csv', row: 7, quote: '句子。', document: '文章' },
        }),
      },
    });
  });

  it('names the row and column of a missing name and of a value not allowed', () => {
    const result = validateRow(row({ name: ' ', level: '世界级', year: '二〇二〇' }), platform);
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((problem) => [problem.row, problem.column])).toEqual([
      [7, 'H:name'],
      [7, 'H:level'],
      [7, 'H:year'],
    ]);
    expect(problems[1]?.message).toContain('国家级');
  });

  it('keeps formula-like and markup text as plain text', () => {
    const result = validateRow(
      row({ name: '=HYPERLINK("http://x")', description: '<img onerror=alert(1)>' }),
      platform,
    );
    expect(
      result.ok && result.value.type === 'node' && [result.value.draft.name, result.value.draft.description],
    ).toEqual(['=HYPERLINK("http://x")', '<img onerror=alert(1)>']);
  });

  it('reads relationship rows with money and share in planners’ notation', () => {
    const result = validateRow(
      row({
        kind: 'PARTICIPATES_IN',
        from: '汇东新能源',
        fromKind: 'Enterprise',
        to: '针状焦项目',
        toKind: '',
        amount: '5亿元',
        share: '30%',
      }),
      { type: 'relationships' },
    );
    expect(result.ok && result.value).toMatchObject({
      type: 'edge',
      draft: {
        kind: 'PARTICIPATES_IN',
        from: { ref: '汇东新能源', kind: 'Enterprise' },
        to: { ref: '针状焦项目' },
        props: { amount: 5e8, share: 0.3 },
      },
    });
  });

  it('accepts values as planners write them: 省级重点实验室, 2020年, relationship and kind names in Chinese', () => {
    const result = validateRow(row({ name: '甲', level: '省级重点实验室', year: '2020年' }), platform);
    expect(result.ok && result.value.type === 'node' && result.value.draft.props).toEqual({
      level: '省级',
      year: 2020,
    });
    const edge = validateRow(row({ kind: '合作', from: '甲', fromKind: '企业', to: '乙' }), {
      type: 'relationships',
    });
    expect(edge.ok && edge.value).toMatchObject({
      type: 'edge',
      draft: { kind: 'COOPERATES_WITH', from: { ref: '甲', kind: 'Enterprise' } },
    });
  });

  it('refuses a name too long to be one, in both languages', () => {
    const result = validateRow(row({ name: '很'.repeat(201) }), platform);
    expect(!result.ok && result.problems[0]?.message).toMatch(/200 个字符.*200 characters/u);
  });

  it('refuses an unknown relationship kind and a property the kind does not have', () => {
    const unknown = validateRow(row({ kind: 'LIKES', from: 'a', to: 'b' }), { type: 'relationships' });
    expect(!unknown.ok && unknown.problems[0]?.column).toBe('H:kind');
    const misplaced = validateRow(row({ kind: 'LOCATED_IN', from: 'a', to: 'b', share: '0.3' }), {
      type: 'relationships',
    });
    expect(!misplaced.ok && misplaced.problems[0]?.message).toMatch(/has no share/u);
  });

  it('refuses a year in Chinese numerals or in the future, a negative amount and a share over 100 %, naming each column', () => {
    const next = new Date().getFullYear() + 1;
    const node = validateRow(row({ name: '甲', year: '二〇二三年' }), platform);
    expect(!node.ok && node.problems).toEqual([
      expect.objectContaining({
        row: 7,
        column: 'H:year',
        message: expect.stringMatching(/写作 2023.*write 2023/u),
      }),
    ]);
    const edge = validateRow(
      row({ kind: 'PARTICIPATES_IN', from: '甲', to: '乙', year: String(next), share: '150%', amount: '-1' }),
      { type: 'relationships' },
    );
    expect(!edge.ok && edge.problems.map((problem) => problem.column)).toEqual([
      'H:year',
      'H:amount',
      'H:share',
    ]);
    expect(!edge.ok && edge.problems[0]?.message).toMatch(new RegExp(`${next}.*future`, 'u'));
  });

  it('reads levels and states by their synonyms, stored as the declared value', () => {
    const result = validateRow(row({ name: '甲', level: '县级', platformType: '工程研究中心' }), platform);
    expect(result.ok && result.value.type === 'node' && result.value.draft.props).toEqual({
      level: '区级',
      platformType: '工程技术研究中心',
    });
  });
});
