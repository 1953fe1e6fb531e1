// Creates the Cytoscape instance with the renderer a view needs: the plain canvas for ordinary views; for
// thousands of elements the fast stylesheet and viewport optimisations (a cached texture while panning and
// zooming, edges and labels hidden meanwhile), and Cytoscape's WebGL renderer when asked for and available.
import cytoscape, { type Core } from 'cytoscape';
import type { Lang } from '../i18n/strings.ts';
import { buildStylesheet, type StyleMode } from './stylesheet.ts';

/** From this many elements (nodes + edges) a view is drawn with the fast settings. */
export const LARGE_VIEW_ELEMENTS = 2_000;

export type RendererName = 'canvas' | 'webgl';

export interface RenderChoice {
  readonly style: StyleMode;
  readonly renderer: RendererName;
}

/** True when this browser can give Cytoscape's WebGL renderer a WebGL 2 context. */
export function webglAvailable(): boolean {
  try {
    return document.createElement('canvas').getContext('webgl2') !== null;
  } catch {
    return false;
  }
}

/**
 * The canvas renderer unless WebGL is asked for, the view is large and WebGL 2 works here. WebGL stays opt-in
 * (`?renderer=webgl`): on the test machine's headless Chromium it stalled on ReadPixels (see docs/benchmarks.md).
 */
export function renderChoice(
  elementCount: number,
  preferWebgl: boolean,
  canWebgl: () => boolean,
): RenderChoice {
  const large = elementCount >= LARGE_VIEW_ELEMENTS;
  return {
    style: large ? 'fast' : 'detailed',
    renderer: large && preferWebgl && canWebgl() ? 'webgl' : 'canvas',
  };
}

export function createCy(container: HTMLElement, choice: RenderChoice, lang: Lang): Core {
  const fast = choice.style === 'fast';
  const options = {
    container,
    style: buildStylesheet(lang, choice.style),
    minZoom: 0.02,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: 'single',
    ...(fast
      ? {
          textureOnViewport: true,
          hideEdgesOnViewport: true,
          hideLabelsOnViewport: true,
          motionBlur: false,
          pixelRatio: 1,
        }
      : {}),
    ...(choice.renderer === 'webgl' ? { renderer: { name: 'canvas', webgl: true } } : {}),
  };
  return cytoscape(options as cytoscape.CytoscapeOptions);
}
