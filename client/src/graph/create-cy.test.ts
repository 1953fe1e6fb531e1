// Tests choosing the renderer settings by view size, and that both settings draw in a real Cytoscape.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { LARGE_VIEW_ELEMENTS, renderChoice } from './create-cy.ts';
import { districtNetwork } from './fixtures.ts';
import { buildStylesheet } from './stylesheet.ts';
import { subgraphToElements } from './to-elements.ts';

describe('renderChoice', () => {
  const yes = () => true;
  const no = () => false;

  it('draws ordinary views in detail on the canvas, even when WebGL is asked for', () => {
    expect(renderChoice(LARGE_VIEW_ELEMENTS - 1, true, yes)).toEqual({
      style: 'detailed',
      renderer: 'canvas',
    });
  });

  it('switches large views to the fast style, on the canvas unless WebGL is asked for and works', () => {
    expect(renderChoice(LARGE_VIEW_ELEMENTS, false, yes)).toEqual({ style: 'fast', renderer: 'canvas' });
    expect(renderChoice(LARGE_VIEW_ELEMENTS, true, no)).toEqual({ style: 'fast', renderer: 'canvas' });
    expect(renderChoice(60_000, true, yes)).toEqual({ style: 'fast', renderer: 'webgl' });
  });
});

describe('the fast stylesheet', () => {
  it('keeps kind colours and straight edges without arrows', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet('zh', 'fast'),
      elements: subgraphToElements(districtNetwork()),
    });
    expect(cy.getElementById('e:hd').style('background-color')).toBe('rgb(43,108,176)');
    expect(cy.getElementById('e:hd').style('label')).toBe('汇东新能源');
    const edge = cy.edges().first();
    expect(edge.style('curve-style')).toBe('haystack');
    expect(edge.style('target-arrow-shape')).toBe('none');
    cy.destroy();
  });
});
