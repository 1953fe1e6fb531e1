// The Cytoscape stylesheet: colour and shape per node kind, size and label size by degree, labels that appear
// as you zoom in, the register's 对接 relationships dashed, the opportunities layer's suggestions dashed with their
// score, and the classes the explorer toggles (filters, hidden, pinned, expanded, path, flash).
// The `fast` variant is for large views: straight edges, no arrows, fewer labels.
import type { Css, StylesheetJson } from 'cytoscape';
import { NODE_KINDS } from '#model';
import type { Lang } from '../i18n/strings.ts';
import { SUGGESTED_KIND } from './to-elements.ts';
import {
  ENGAGEMENT_EDGE_KINDS,
  FALLBACK_STYLE,
  KIND_STYLES,
  MAX_NODE_SIZE,
  MIN_NODE_SIZE,
} from './node-styles.ts';

export const FONT_FAMILY = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

/** Classes the view toggles on elements. */
export const CLASS = {
  focus: 'focus',
  hover: 'hover',
  /** Edges of the selected node: drawn darker with their labels. */
  linked: 'linked',
  /** Hidden by the kind, domain, region or year filter. */
  filtered: 'filtered',
  /** Hidden by the planner (undoable). */
  hidden: 'user-hidden',
  pinned: 'pinned',
  expanded: 'expanded',
  /** On a highlighted path / everything else while a path is shown. */
  onPath: 'on-path',
  faded: 'faded',
  flash: 'flash',
} as const;

/** Drawing style: `detailed` for ordinary views, `fast` for thousands of elements. */
export type StyleMode = 'detailed' | 'fast';

const EDGE_FONT_SIZE = 9;
/** Suggested partnerships (the opportunities layer). */
const SUGGESTION_COLOR = '#c05621';

/** Edge labels appear when zoomed in past 1× (Cytoscape rounds the zoom up to a power of two here), or on hover. */
const EDGE_LABEL_MIN_ZOOMED_SIZE = 12.5;
/** Node labels: hubs get bigger text, so their names appear first as you zoom in. */
const NODE_FONT_MIN = 10;
const NODE_FONT_MAX = 15;
const NODE_LABEL_MIN_ZOOMED_SIZE = 7;
const PATH_COLOUR = '#dd6b20';

/**
 * Every node (its kind's colour follows). Thousands of nodes: every property costs on each one, so the fast
 * style keeps only what shows.
 */
function nodeStyle(labelField: string, fast: boolean): Css.Node {
  return fast
    ? {
        'background-color': FALLBACK_STYLE.color,
        shape: FALLBACK_STYLE.shape,
        width: 'data(size)',
        height: 'data(size)',
        label: labelField,
        'font-family': FONT_FAMILY,
        'font-size': NODE_FONT_MIN + 2,
        'text-valign': 'bottom',
        'min-zoomed-font-size': 14,
      }
    : {
        'background-color': FALLBACK_STYLE.color,
        shape: FALLBACK_STYLE.shape,
        width: 'data(size)',
        height: 'data(size)',
        label: labelField,
        'font-family': FONT_FAMILY,
        'font-size': `mapData(size, ${MIN_NODE_SIZE}, ${MAX_NODE_SIZE}, ${NODE_FONT_MIN}, ${NODE_FONT_MAX})`,
        color: '#1f2933',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'text-outline-opacity': 0.9,
        'min-zoomed-font-size': NODE_LABEL_MIN_ZOOMED_SIZE,
        'border-width': 1.5,
        'border-color': '#ffffff',
        'overlay-opacity': 0,
      };
}

function edgeStyle(labelField: string, fast: boolean): Css.Edge {
  return fast
    ? {
        width: 1,
        'line-color': '#c3ccd8',
        'curve-style': 'haystack',
        'haystack-radius': 0,
      }
    : {
        width: 1.4,
        'line-color': '#c3ccd8',
        'target-arrow-color': '#c3ccd8',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        label: labelField,
        'font-family': FONT_FAMILY,
        'font-size': EDGE_FONT_SIZE,
        color: '#4a5568',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'min-zoomed-font-size': EDGE_LABEL_MIN_ZOOMED_SIZE,
        'overlay-opacity': 0,
      };
}

/** The classes the explorer toggles (hover, selection, pinned, focus, paths, flash, hidden), after the base styles. */
function classStyles(labelField: string): StylesheetJson {
  return [
    {
      selector: `edge.${CLASS.hover}, edge.${CLASS.linked}, edge:selected`,
      style: {
        label: labelField,
        'font-family': FONT_FAMILY,
        'font-size': EDGE_FONT_SIZE,
        'min-zoomed-font-size': 0,
        'line-color': '#718096',
        'target-arrow-color': '#718096',
        width: 2.4,
        'z-index': 20,
      },
    },
    {
      selector: `node.${CLASS.expanded}`,
      style: { 'border-color': '#2d3748', 'border-width': 2.5, 'border-style': 'double' },
    },
    {
      selector: `node.${CLASS.pinned}`,
      style: { 'border-color': '#1a202c', 'border-width': 3, 'border-style': 'dashed' },
    },
    {
      selector: `node.${CLASS.hover}`,
      style: { 'border-color': '#2d3748', 'border-width': 2, 'z-index': 20, 'min-zoomed-font-size': 0 },
    },
    {
      selector: 'node:selected',
      style: { 'border-color': '#1a202c', 'border-width': 3, 'z-index': 30, 'min-zoomed-font-size': 0 },
    },
    {
      selector: `node.${CLASS.focus}`,
      style: {
        'underlay-color': '#f6ad55',
        'underlay-padding': 9,
        'underlay-opacity': 0.45,
        'underlay-shape': 'ellipse',
        'font-size': 13,
        'font-weight': 'bold',
        'min-zoomed-font-size': 0,
        'z-index': 40,
      },
    },
    { selector: `.${CLASS.faded}`, style: { opacity: 0.12, 'text-opacity': 0.3 } },
    {
      selector: `node.${CLASS.onPath}`,
      style: {
        'border-color': PATH_COLOUR,
        'border-width': 4,
        'border-style': 'solid',
        'min-zoomed-font-size': 0,
        'z-index': 50,
      },
    },
    {
      selector: `edge.${CLASS.onPath}`,
      style: {
        label: labelField,
        'font-family': FONT_FAMILY,
        'font-size': EDGE_FONT_SIZE,
        'line-color': PATH_COLOUR,
        'target-arrow-color': PATH_COLOUR,
        width: 4,
        'min-zoomed-font-size': 0,
        'z-index': 50,
      },
    },
    {
      selector: `node.${CLASS.flash}`,
      style: {
        'underlay-color': '#3182ce',
        'underlay-padding': 16,
        'underlay-opacity': 0.6,
        'underlay-shape': 'ellipse',
        'min-zoomed-font-size': 0,
        'z-index': 60,
      },
    },
    { selector: `.${CLASS.filtered}, .${CLASS.hidden}`, style: { display: 'none' } },
  ];
}

export function buildStylesheet(lang: Lang, mode: StyleMode = 'detailed'): StylesheetJson {
  const labelField = lang === 'en' ? 'data(labelEn)' : 'data(labelZh)';
  const fast = mode === 'fast';
  return [
    { selector: 'node', style: nodeStyle(labelField, fast) },
    ...NODE_KINDS.map((kind) => ({
      selector: `node[kind = "${kind}"]`,
      style: { 'background-color': KIND_STYLES[kind].color, shape: KIND_STYLES[kind].shape },
    })),
    { selector: 'edge', style: edgeStyle(labelField, fast) },
    {
      selector: ENGAGEMENT_EDGE_KINDS.map((kind) => `edge[kind = "${kind}"]`).join(', '),
      style: {
        'line-style': 'dashed',
        'line-color': KIND_STYLES.Engagement.color,
        'target-arrow-color': KIND_STYLES.Engagement.color,
      },
    },
    {
      // The opportunities layer: suggested partnerships, dashed, their score always readable.
      selector: `edge[kind = "${SUGGESTED_KIND}"]`,
      style: {
        width: 2.2,
        'curve-style': 'straight',
        'line-style': 'dashed',
        'line-dash-pattern': [7, 4],
        'line-color': SUGGESTION_COLOR,
        'target-arrow-shape': 'triangle',
        'target-arrow-color': SUGGESTION_COLOR,
        label: labelField,
        'font-family': FONT_FAMILY,
        'font-size': EDGE_FONT_SIZE + 1,
        'font-weight': 'bold',
        color: SUGGESTION_COLOR,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
        'min-zoomed-font-size': 0,
      },
    },
    ...classStyles(labelField),
  ];
}
