// Converts a Subgraph from the API into Cytoscape element definitions (pure: no Cytoscape instance needed).
import type { ElementDefinition } from 'cytoscape';
import type { Edge, EntitySummary, Subgraph } from '../api/answers.ts';
import { REL_KIND_SPECS, isRelKind } from '#model';
import { nodeSize } from './node-styles.ts';
import type { SuggestionEdge } from './scene.ts';

export interface NodeData {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly nameEn: string | null;
  /** The label in Chinese mode. */
  readonly labelZh: string;
  /** The label in English mode: the English name when there is one, the Chinese name otherwise. */
  readonly labelEn: string;
  readonly degree: number;
  readonly size: number;
}

export interface EdgeData {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly kind: string;
  readonly labelZh: string;
  readonly labelEn: string;
  /** The relationship's year when it has one (for the timeline filter). */
  readonly year: number | null;
}

/** The `year` property of a relationship as a number, or null when it has none. */
export function edgeYear(edge: Pick<Edge, 'properties'>): number | null {
  const value = edge.properties.find((p) => p.key === 'year')?.value;
  const year = value === undefined ? Number.NaN : Number(value);
  return Number.isInteger(year) ? year : null;
}

export function nodeElement(node: EntitySummary): ElementDefinition {
  const data: NodeData = {
    id: node.id,
    kind: node.kind,
    name: node.name,
    nameEn: node.nameEn,
    labelZh: node.name,
    labelEn: node.nameEn || node.name,
    degree: node.degree,
    size: nodeSize(node.degree),
  };
  return { group: 'nodes', data: { ...data } };
}

export function edgeElement(edge: Edge): ElementDefinition {
  const spec = isRelKind(edge.kind) ? REL_KIND_SPECS[edge.kind] : undefined;
  const data: EdgeData = {
    id: edge.id,
    source: edge.from,
    target: edge.to,
    kind: edge.kind,
    labelZh: spec?.zh ?? edge.kindLabel,
    labelEn: spec?.en ?? edge.kindLabel,
    year: edgeYear(edge),
  };
  return { group: 'edges', data: { ...data } };
}

/** The kind a suggested partnership is drawn as (not a relationship of the graph). */
export const SUGGESTED_KIND = 'SUGGESTED';

export function suggestionElement(edge: SuggestionEdge): ElementDefinition {
  const data: EdgeData = {
    id: edge.id,
    source: edge.from,
    target: edge.to,
    kind: SUGGESTED_KIND,
    labelZh: edge.labelZh,
    labelEn: edge.labelEn,
    year: null,
  };
  return { group: 'edges', data: { ...data } };
}

/** The scene's elements: its graph, then the suggestions whose two ends are drawn. */
export function sceneElements(
  graph: Subgraph,
  suggestions: readonly SuggestionEdge[] = [],
): ElementDefinition[] {
  const elements = subgraphToElements(graph);
  const nodeIds = new Set(graph.nodes.map((node) => node.id));
  for (const edge of suggestions)
    if (nodeIds.has(edge.from) && nodeIds.has(edge.to)) elements.push(suggestionElement(edge));
  return elements;
}

/**
 * Nodes first, then the edges whose two ends are both present (Cytoscape refuses dangling edges).
 * Duplicate ids keep their first occurrence.
 */
export function subgraphToElements(subgraph: Subgraph): ElementDefinition[] {
  const nodeIds = new Set<string>();
  const elements: ElementDefinition[] = [];
  for (const node of subgraph.nodes) {
    if (nodeIds.has(node.id)) continue;
    nodeIds.add(node.id);
    elements.push(nodeElement(node));
  }
  const edgeIds = new Set<string>();
  for (const edge of subgraph.edges) {
    if (edgeIds.has(edge.id) || !nodeIds.has(edge.from) || !nodeIds.has(edge.to)) continue;
    edgeIds.add(edge.id);
    elements.push(edgeElement(edge));
  }
  return elements;
}
