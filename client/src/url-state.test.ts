// Tests that the whole view survives the address bar: a shared link reopens exactly what was drawn.
import { describe, expect, it } from 'vitest';
import { formatUrlState, parseUrlState } from './url-state.ts';
import { INITIAL_VIEW, type ViewState } from './view/view-state.ts';

const FULL: ViewState = {
  focus: 'enterprise:合益化工',
  depth: 2,
  limit: 500,
  expanded: ['university:中国科学院上海有机化学研究所', 'project:硼烷项目'],
  hidden: ['region:垦利区'],
  pinned: ['enterprise:合益化工'],
  filters: {
    hiddenKinds: ['Platform', 'Domain'],
    domain: 'domain:生物医药',
    region: 'region:垦利区',
    years: { from: 2017, to: 2020 },
  },
  layout: 'concentric',
  path: { from: 'enterprise:汇东新能源', to: 'enterprise:合益化工', k: 5 },
};

describe('url state', () => {
  it('reads an empty address as the initial view', () => {
    expect(parseUrlState('')).toEqual(INITIAL_VIEW);
    expect(parseUrlState('?focus=')).toEqual(INITIAL_VIEW);
  });

  it('reads the focus id and depth as older links wrote them', () => {
    expect(parseUrlState('?focus=region%3Akenli')).toMatchObject({ focus: 'region:kenli', depth: 1 });
    expect(parseUrlState('?focus=ent-1&depth=2')).toMatchObject({ focus: 'ent-1', depth: 2 });
  });

  it('round-trips a full view: expansions, hidden and pinned nodes, filters, layout and path', () => {
    expect(parseUrlState(formatUrlState(FULL))).toEqual(FULL);
  });

  it('round-trips ids with commas, spaces, ampersands and Chinese', () => {
    const view = { ...INITIAL_VIEW, focus: 'Enterprise:山东 甲&乙/化工?', expanded: ['a,b', 'c d'] };
    expect(parseUrlState(formatUrlState(view))).toEqual(view);
  });

  it('leaves defaults out and keeps other parameters', () => {
    expect(formatUrlState({ ...INITIAL_VIEW, focus: 'a' }, '?debug=1')).toBe('?debug=1&focus=a');
    expect(formatUrlState(INITIAL_VIEW, '?focus=a&depth=2&expand=b')).toBe('');
  });

  it('ignores unknown kinds, layouts, malformed years and a path with one end', () => {
    const view = parseUrlState('?hideKind=Satellite&hideKind=Project&layout=spiral&years=20-2020&from=a');
    expect(view.filters.hiddenKinds).toEqual(['Project']);
    expect(view.layout).toBe('fcose');
    expect(view.filters.years).toBeNull();
    expect(view.path).toBeNull();
  });

  it('reads a path with the default number of paths', () => {
    expect(parseUrlState('?from=a&to=b').path).toEqual({ from: 'a', to: 'b', k: 3 });
  });

  it('orders a reversed year range', () => {
    expect(parseUrlState('?years=2020-2017').filters.years).toEqual({ from: 2017, to: 2020 });
  });
});
