// Tests that the stylesheet and the kind styles cover every declared node kind.
import { describe, expect, it } from 'vitest';
import { NODE_KINDS } from '#model';
import { KIND_STYLES } from './node-styles.ts';
import { buildStylesheet } from './stylesheet.ts';

function ruleFor(selector: string, lang: 'zh' | 'en' = 'zh'): Record<string, unknown> | undefined {
  const block = buildStylesheet(lang).find((b) => b.selector === selector);
  if (!block) return undefined;
  return ('style' in block ? block.style : block.css) as Record<string, unknown>;
}

describe('node kind styles', () => {
  it.each(NODE_KINDS)('gives %s a rule with its own colour and shape', (kind) => {
    const rule = ruleFor(`node[kind = "${kind}"]`);
    expect(rule).toEqual({ 'background-color': KIND_STYLES[kind].color, shape: KIND_STYLES[kind].shape });
    expect(KIND_STYLES[kind].color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('gives every kind a different colour and a different shape', () => {
    const styles = NODE_KINDS.map((kind) => KIND_STYLES[kind]);
    expect(new Set(styles.map((s) => s.color)).size).toBe(NODE_KINDS.length);
    expect(new Set(styles.map((s) => s.shape)).size).toBe(NODE_KINDS.length);
  });

  it('declares styles for no kind that the domain does not know', () => {
    expect(Object.keys(KIND_STYLES).sort()).toEqual([...NODE_KINDS].sort());
  });
});

describe('labels', () => {
  it('labels nodes and edges in Chinese by default and in English when asked', () => {
    expect(ruleFor('node', 'zh')?.['label']).toBe('data(labelZh)');
    expect(ruleFor('edge', 'zh')?.['label']).toBe('data(labelZh)');
    expect(ruleFor('node', 'en')?.['label']).toBe('data(labelEn)');
    expect(ruleFor('edge', 'en')?.['label']).toBe('data(labelEn)');
  });

  it('hides edge labels until zoomed in, and shows them on hover and for the selected node', () => {
    expect(Number(ruleFor('edge')?.['min-zoomed-font-size'])).toBeGreaterThan(
      Number(ruleFor('edge')?.['font-size']),
    );
    expect(ruleFor('edge.hover, edge.linked, edge:selected')?.['min-zoomed-font-size']).toBe(0);
  });
});
