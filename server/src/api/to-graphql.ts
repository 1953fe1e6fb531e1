/**
 * Shapes domain records for the GraphQL schema: properties as labelled key/value pairs,
 * kind labels from the domain declaration.
 */
import {
  NODE_KIND_SPECS,
  REL_KIND_SPECS,
  edgePropertyLabel,
  nodePropertyLabel,
  type GraphEdge,
  type GraphNode,
  type Props,
} from '#model';

export interface PropertyView {
  readonly key: string;
  readonly label: string;
  readonly value: string;
}

function properties(props: Props, label: (key: string) => string): PropertyView[] {
  return Object.entries(props).map(([key, value]) => ({ key, label: label(key), value: String(value) }));
}

export function entityView(node: GraphNode) {
  return {
    ...node,
    kindLabel: NODE_KIND_SPECS[node.kind].zh,
    properties: properties(node.props, (key) => nodePropertyLabel(node.kind, key)),
  };
}

export function edgeView(edge: GraphEdge) {
  return {
    ...edge,
    kindLabel: REL_KIND_SPECS[edge.kind].zh,
    properties: properties(edge.props, (key) => edgePropertyLabel(edge.kind, key)),
  };
}
