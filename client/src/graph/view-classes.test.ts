// Tests the planner's filters, hidden and pinned nodes on a real headless Cytoscape instance (no mocks).
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { NO_FILTERS, type Filters } from '../view/view-state.ts';
import { districtNetwork } from './fixtures.ts';
import { runLayout } from './layout.ts';
import { buildStylesheet } from './stylesheet.ts';
import { edgeYear, subgraphToElements } from './to-elements.ts';
import { applyViewClasses, filteredOut, yearsOf } from './view-classes.ts';

let cy: Core | undefined;
afterEach(() => cy?.destroy());

function headless(): Core {
  cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet('zh'),
    elements: subgraphToElements(districtNetwork()),
  });
  return cy;
}

function visibleNodes(core: Core): string[] {
  return core
    .nodes(':visible')
    .map((n) => n.id())
    .sort();
}

function show(core: Core, filters: Partial<Filters>, extra: { hidden?: string[]; pinned?: string[] } = {}) {
  applyViewClasses(core, {
    filters: { ...NO_FILTERS, ...filters },
    hidden: extra.hidden ?? [],
    pinned: extra.pinned ?? [],
    expanded: [],
    focusId: 'r:kl',
  });
}

describe('filters on the drawn graph', () => {
  it('hides the nodes of a hidden kind together with their relationships', () => {
    const core = headless();
    show(core, { hiddenKinds: ['Region', 'Domain'] });
    expect(visibleNodes(core)).toEqual(['e:hd', 'e:hy', 'p:nc', 'u:upc']);
    expect(core.edges(':visible').map((e) => e.id())).toEqual(
      expect.not.arrayContaining(['LOCATED_IN:e:hd->r:kl']),
    );
  });

  it('keeps a domain, its subfields and what relates directly to them', () => {
    const core = headless();
    show(core, { domain: 'd:pc' });
    expect(visibleNodes(core)).toEqual(['d:nc', 'd:pc', 'p:nc', 'r:kl']);
  });

  it('keeps a region, its sub-regions and what relates directly to them', () => {
    const core = headless();
    show(core, { region: 'r:dy' });
    expect(visibleNodes(core)).toEqual(['d:pc', 'e:hd', 'e:hy', 'r:dy', 'r:kl', 'r:sd']);
  });

  it('hides nothing but everything for a domain that is not drawn', () => {
    const core = headless();
    expect(filteredOut(core, { ...NO_FILTERS, domain: 'd:missing' }).nodes()).toHaveLength(
      core.nodes().length,
    );
  });

  it('hides relationships dated outside the years, keeps undated ones, and drops entities left unlinked', () => {
    const core = headless();
    show(core, { years: { from: 2019, to: 2020 } });
    expect(core.getElementById('COOPERATES_WITH:e:hd->u:upc').visible()).toBe(false);
    expect(core.getElementById('PARTICIPATES_IN:e:hd->p:nc').visible()).toBe(true);
    expect(core.getElementById('LOCATED_IN:e:hd->r:kl').visible()).toBe(true);
    // 中国石油大学 still has its 2020 project.
    expect(core.getElementById('u:upc').visible()).toBe(true);

    show(core, { years: { from: 2015, to: 2018 } });
    expect(core.getElementById('u:upc').visible()).toBe(true);
    expect(core.getElementById('p:nc').visible()).toBe(true);
    expect(core.getElementById('PARTICIPATES_IN:u:upc->p:nc').visible()).toBe(false);

    show(core, { years: { from: 2021, to: 2022 } });
    expect(core.getElementById('u:upc').visible()).toBe(false);
    expect(core.getElementById('p:nc').visible()).toBe(true);
  });

  it('combines filters and clears them again without moving anything', () => {
    const core = headless();
    core.getElementById('e:hy').position({ x: 321, y: -12 });
    show(core, { hiddenKinds: ['Enterprise'], region: 'r:kl' });
    expect(core.getElementById('e:hy').visible()).toBe(false);
    show(core, {});
    expect(visibleNodes(core)).toHaveLength(9);
    expect(core.getElementById('e:hy').position()).toEqual({ x: 321, y: -12 });
  });

  it('lists the distinct years of the relationships', () => {
    expect(yearsOf(districtNetwork().edges.map((e) => ({ year: edgeYear(e) })))).toEqual([2018, 2020]);
  });
});

describe('hidden and pinned nodes', () => {
  it('hides a node the planner hid and shows it again where it was', () => {
    const core = headless();
    core.getElementById('u:upc').position({ x: 50, y: 60 });
    show(core, {}, { hidden: ['u:upc'] });
    expect(core.getElementById('u:upc').visible()).toBe(false);
    expect(core.getElementById('COOPERATES_WITH:e:hd->u:upc').visible()).toBe(false);
    show(core, {});
    expect(core.getElementById('u:upc').visible()).toBe(true);
    expect(core.getElementById('u:upc').position()).toEqual({ x: 50, y: 60 });
  });

  it('keeps a pinned node in place through a layout, and lets it move once unpinned', async () => {
    const core = headless();
    core.nodes().forEach((n, i) => {
      n.position({ x: i * 10, y: (i % 3) * 10 });
    });
    core.getElementById('e:hd').position({ x: 500, y: 500 });
    show(core, {}, { pinned: ['e:hd'] });
    expect(core.getElementById('e:hd').locked()).toBe(true);
    await runLayout(core, { name: 'concentric', mode: 'fresh', focusId: 'r:kl' }).done;
    expect(core.getElementById('e:hd').position()).toEqual({ x: 500, y: 500 });
    show(core, {});
    await runLayout(core, { name: 'concentric', mode: 'fresh', focusId: 'r:kl' }).done;
    expect(core.getElementById('e:hd').position()).not.toEqual({ x: 500, y: 500 });
  });
});
