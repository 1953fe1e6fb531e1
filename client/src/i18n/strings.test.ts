// Tests the UI strings and the kind, relationship and property names drawn from the domain declaration.
import { describe, expect, it } from 'vitest';
import { NODE_KINDS, NODE_KIND_SPECS, REL_KINDS, REL_KIND_SPECS } from '#model';
import { STRINGS, displayName, nodeKindName, propertyLabel, relKindName } from './strings.ts';

describe('strings', () => {
  it('has the same keys in Chinese and English, none of them empty', () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.zh).sort());
    for (const lang of ['zh', 'en'] as const) {
      for (const [key, value] of Object.entries(STRINGS[lang])) {
        const text = typeof value === 'function' ? String((value as (n: number) => string)(2)) : value;
        expect(text, `${lang}.${key}`).not.toBe('');
      }
    }
  });

  it('names every node kind and relationship kind from the declaration', () => {
    for (const kind of NODE_KINDS) {
      expect(nodeKindName(kind, 'zh')).toBe(NODE_KIND_SPECS[kind].zh);
      expect(nodeKindName(kind, 'en')).toBe(NODE_KIND_SPECS[kind].en);
    }
    for (const kind of REL_KINDS) {
      expect(relKindName(kind, 'zh')).toBe(REL_KIND_SPECS[kind].zh);
      expect(relKindName(kind, 'en')).toBe(REL_KIND_SPECS[kind].en);
    }
    expect(nodeKindName('Satellite', 'zh')).toBe('Satellite');
  });

  it('labels declared properties in the chosen language and keeps the server label otherwise', () => {
    expect(propertyLabel({ kind: 'COOPERATES_WITH', isEdge: true }, 'share', '占比', 'en')).toBe(
      'share (0–1)',
    );
    expect(propertyLabel({ kind: 'Platform', isEdge: false }, 'level', 'level', 'zh')).toBe('级别');
    expect(propertyLabel({ kind: 'Platform', isEdge: false }, 'founder', '创始人', 'en')).toBe('创始人');
  });

  it('shows the English name in English when there is one and the Chinese name otherwise', () => {
    expect(displayName({ name: '垦利区', nameEn: 'Kenli District' }, 'en')).toBe('Kenli District');
    expect(displayName({ name: '垦利区', nameEn: 'Kenli District' }, 'zh')).toBe('垦利区');
    expect(displayName({ name: '李专家', nameEn: null }, 'en')).toBe('李专家');
  });
});
