// Tests reading and writing the focus id in the query string.
import { describe, expect, it } from 'vitest';
import { formatUrlState, parseUrlState } from './url-state.ts';

describe('url state', () => {
  it('reads the focus id and depth', () => {
    expect(parseUrlState('?focus=region%3Akenli')).toEqual({ focus: 'region:kenli', depth: 1 });
    expect(parseUrlState('?focus=ent-1&depth=2')).toEqual({ focus: 'ent-1', depth: 2 });
    expect(parseUrlState('')).toEqual({ focus: null, depth: 1 });
    expect(parseUrlState('?focus=')).toEqual({ focus: null, depth: 1 });
  });

  it('writes the focus id and keeps other parameters', () => {
    expect(formatUrlState({ focus: '企业:甲', depth: 1 })).toBe('?focus=%E4%BC%81%E4%B8%9A%3A%E7%94%B2');
    expect(formatUrlState({ focus: 'a', depth: 2 }, '?debug=1')).toBe('?debug=1&focus=a&depth=2');
    expect(formatUrlState({ focus: null, depth: 2 }, '?focus=a&depth=2')).toBe('');
  });

  it('round-trips an id through the query string', () => {
    const id = 'Enterprise:山东 甲&乙/化工?';
    expect(parseUrlState(formatUrlState({ focus: id, depth: 2 }))).toEqual({ focus: id, depth: 2 });
  });
});
