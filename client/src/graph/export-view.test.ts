// Tests exporting the visible view: what counts as visible (headless Cytoscape), CSV safety and JSON shape.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { STRINGS } from '../i18n/strings.ts';
import { NO_FILTERS } from '../view/view-state.ts';
import { csvCell, edgesCsv, exportFileName, nodesCsv, viewJson, visibleSubgraph } from './export-view.ts';
import { districtNetwork, edge, node } from './fixtures.ts';
import { buildStylesheet } from './stylesheet.ts';
import { subgraphToElements } from './to-elements.ts';
import { applyViewClasses } from './view-classes.ts';

describe('visibleSubgraph', () => {
  it('leaves out filtered and hidden nodes and their relationships', () => {
    const graph = districtNetwork();
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet('zh'),
      elements: subgraphToElements(graph),
    });
    applyViewClasses(cy, {
      filters: { ...NO_FILTERS, hiddenKinds: ['Region'] },
      hidden: ['u:upc'],
      pinned: [],
      expanded: [],
      focusId: null,
    });
    const visible = visibleSubgraph(cy, graph);
    expect(visible.nodes.map((n) => n.id).sort()).toEqual(['d:nc', 'd:pc', 'e:hd', 'e:hy', 'p:nc']);
    expect(visible.edges.map((e) => e.id).sort()).toEqual([
      'IN_DOMAIN:p:nc->d:nc',
      'PARTICIPATES_IN:e:hd->p:nc',
      'SUBFIELD_OF:d:nc->d:pc',
    ]);
    cy.destroy();
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and defuses formulas from spreadsheets', () => {
    expect(csvCell('合益化工')).toBe('合益化工');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+86 546')).toBe("'+86 546");
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
  });

  it('writes entities with bilingual headers and a byte-order mark for Excel', () => {
    const text = nodesCsv(districtNetwork(), 'zh', STRINGS.zh);
    expect(text.startsWith('\uFEFF编号(id),类型(kind),名称(name)')).toBe(true);
    expect(text).toContain('e:hd,企业,汇东新能源,,,3\r\n');
  });

  it('writes relationships with both ends named, properties and quotes', () => {
    const graph = {
      nodes: [
        node('a', 'Enterprise', '合益化工'),
        node('b', 'University', '大连光明研究院', { nameEn: 'Dalian' }),
      ],
      edges: [
        edge('COOPERATES_WITH', 'a', 'b', {
          properties: [{ key: 'year', label: '年份', value: '2020' }],
          sources: [
            { file: 'x.csv', sheet: null, row: 2, quote: '合益化工与大连光明研究院合作', document: null },
          ],
        }),
      ],
      truncated: false,
    };
    const text = edgesCsv(graph, 'en', STRINGS.en);
    expect(text).toContain(
      'COOPERATES_WITH:a->b,cooperates with,a,合益化工,b,Dalian,year=2020,合益化工与大连光明研究院合作',
    );
  });
});

describe('JSON and file names', () => {
  it('exports the nodes and edges as the API gives them', () => {
    const parsed = JSON.parse(viewJson(districtNetwork())) as { nodes: unknown[]; edges: unknown[] };
    expect(parsed.nodes).toHaveLength(9);
    expect(parsed.edges).toHaveLength(10);
  });

  it('names files after the focus and the date, without characters file systems refuse', () => {
    expect(exportFileName('合益/化工: 1', 'png', new Date('2026-11-25T10:00:00Z'))).toBe(
      'kg-合益_化工_1-2026-11-25.png',
    );
  });
});
