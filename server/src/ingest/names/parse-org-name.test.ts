import { describe, expect, it } from 'vitest';
import { parseOrgName } from './parse-org-name.ts';

const parts = (name: string, family: 'enterprise' | 'institution' | 'plain' = 'enterprise') => {
  const parsed = parseOrgName(name, family);
  return { ...parsed, places: parsed.places.map((place) => place.written) };
};

describe('splitting an organisation’s name into its parts', () => {
  it('splits a registered enterprise name into place, trade name, industry and form', () => {
    expect(parts('山东华兴化工集团股份有限公司')).toMatchObject({
      places: ['山东'],
      trade: '华兴',
      industry: '化工',
      sectors: ['chemical'],
      form: '集团股份有限公司',
      branch: null,
    });
    expect(parts('东营市润泽膜技术开发有限公司')).toMatchObject({
      places: ['东营市'],
      trade: '润泽',
      industry: '膜技术开发',
      sectors: ['membrane'],
    });
    expect(parts('山东一邦农业科技开发有限公司')).toMatchObject({ trade: '一邦', industry: '农业科技开发' });
  });

  it('gives a short name the same trade name as its legal name', () => {
    expect(parts('润泽膜').trade).toBe(parts('东营市润泽膜技术开发有限公司').trade);
    expect(parts('石大胜华').trade).toBe(parts('石大胜华新材料科技股份有限公司').trade);
    expect(parts('天牧生物').trade).toBe(parts('山东天牧生物科技有限公司').trade);
  });

  it('reads places at every level, in brackets, and full-width forms', () => {
    expect(parts('山东省东营市垦利区华兴化工有限公司').places).toEqual(['山东省', '东营市', '垦利区']);
    expect(parts('合益化工（东营）有限公司')).toMatchObject({
      places: ['东营'],
      trade: '合益',
      form: '有限公司',
    });
    expect(parts('锦旭膜科技（河南省周口市）有限责任公司')).toMatchObject({
      places: ['河南省', '周口市'],
      trade: '锦旭',
    });
    expect(parts('ＡＢＣ　化工（集团）有限公司')).toMatchObject({ trade: 'abc', industry: '化工' });
  });

  it('keeps a place as the trade name when nothing else names the company', () => {
    expect(parts('垦利石化集团有限公司')).toMatchObject({
      trade: '垦利',
      tradeIs: 'place',
      industry: '石化',
    });
    expect(parts('东营市垦利区石化有限公司')).toMatchObject({ trade: '垦利', places: ['东营市'] });
  });

  it('splits a branch off its head office, its label a place in short form', () => {
    expect(parts('山东合益化工有限公司东营分公司')).toMatchObject({ trade: '合益', branch: '东营' });
    expect(parts('合益化工东营分公司')).toMatchObject({ trade: '合益', branch: '东营' });
    expect(parts('合益化工有限公司垦利区分公司').branch).toBe('垦利');
  });

  it('keeps an institution’s discipline in its trade name, and knows a child by its parent', () => {
    expect(parts('山东农业大学', 'institution').trade).not.toBe(parts('山东大学', 'institution').trade);
    expect(parts('山东省农业科学院', 'institution').trade).toBe(parts('山东农业科学院', 'institution').trade);
    expect(parts('大连光明研究院', 'institution')).toMatchObject({
      places: ['大连'],
      trade: '光明',
      form: '研究院',
    });
    expect(parts('中国科学院上海有机化学研究所', 'institution')).toMatchObject({
      parent: '中国科学院',
      form: '研究所',
    });
    expect(parts('中国石油大学（华东）', 'institution').trade).not.toBe(
      parts('中国石油大学', 'institution').trade,
    );
    expect(parts('垦利区科技局', 'institution').trade).not.toBe(parts('东营市科技局', 'institution').trade);
  });

  it('parses a hundred thousand names in a few seconds at most, on a busy machine', () => {
    const start = performance.now();
    for (let i = 0; i < 100_000; i++) parseOrgName(`山东省东营市合成测试${i}化工有限公司`, 'enterprise');
    expect(performance.now() - start).toBeLessThan(3_000);
  });
});
