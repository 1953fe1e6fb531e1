// The Cytoscape stylesheet: colour and shape per node kind, labels in the chosen language, quiet edges.
import type { StylesheetJson } from 'cytoscape';
import { NODE_KINDS } from '../../../server/src/domain/node-kinds.ts';
import type { Lang } from '../i18n/strings.ts';
import { FALLBACK_STYLE, KIND_STYLES } from './node-styles.ts';

export const FONT_FAMILY = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

/** Classes the view toggles on elements. */
export const CLASS = {
  focus: 'focus',
  hover: 'hover',
  /** Edges of the selected node: drawn darker with their labels. */
  linked: 'linked',
  hiddenKind: 'hidden-kind',
} as const;

const EDGE_FONT_SIZE = 9;
/** Edge labels appear when zoomed in past 1× (Cytoscape rounds the zoom up to a power of two here), or on hover. */
const EDGE_LABEL_MIN_ZOOMED_SIZE = 12.5;

export function buildStylesheet(lang: Lang): StylesheetJson {
  const labelField = lang === 'en' ? 'data(labelEn)' : 'data(labelZh)';
  return [
    {
      selector: 'node',
      style: {
        'background-color': FALLBACK_STYLE.color,
        shape: FALLBACK_STYLE.shape,
        width: 'data(size)',
        height: 'data(size)',
        label: labelField,
        'font-family': FONT_FAMILY,
        'font-size': 11,
        color: '#1f2933',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'text-outline-opacity': 0.9,
        'min-zoomed-font-size': 5,
        'border-width': 1.5,
        'border-color': '#ffffff',
        'overlay-opacity': 0,
      },
    },
    ...NODE_KINDS.map((kind) => ({
      selector: `node[kind = "${kind}"]`,
      style: { 'background-color': KIND_STYLES[kind].color, shape: KIND_STYLES[kind].shape },
    })),
    {
      selector: 'edge',
      style: {
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
      },
    },
    {
      selector: `edge.${CLASS.hover}, edge.${CLASS.linked}, edge:selected`,
      style: {
        'min-zoomed-font-size': 0,
        'line-color': '#718096',
        'target-arrow-color': '#718096',
        width: 2.4,
        'z-index': 20,
      },
    },
    {
      selector: `node.${CLASS.hover}`,
      style: { 'border-color': '#2d3748', 'border-width': 2, 'z-index': 20 },
    },
    {
      selector: 'node:selected',
      style: { 'border-color': '#1a202c', 'border-width': 3, 'z-index': 30 },
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
        'z-index': 40,
      },
    },
    {
      selector: `.${CLASS.hiddenKind}`,
      style: { display: 'none' },
    },
  ];
}
