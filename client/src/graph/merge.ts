// Merges an expansion into the drawn graph without duplicates, and adds only the new elements to Cytoscape.
import type { CollectionReturnValue, Core, ElementDefinition } from 'cytoscape';
import type { Subgraph } from '../api/answers.ts';

export interface MergeResult {
  /** The drawn graph with the expansion's new nodes and edges appended. */
  readonly graph: Subgraph;
  /** Only what the expansion added. */
  readonly added: Subgraph;
}

/**
 * Nodes and edges already in `base` keep their place and data; the expansion's new ones follow in its order.
 * Edges whose ends are missing from the merged graph are dropped.
 */
export function mergeSubgraphs(base: Subgraph, expansion: Subgraph): MergeResult {
  const nodeIds = new Set(base.nodes.map((n) => n.id));
  const addedNodes = expansion.nodes.filter((n) => {
    if (nodeIds.has(n.id)) return false;
    nodeIds.add(n.id);
    return true;
  });
  const edgeIds = new Set(base.edges.map((e) => e.id));
  const addedEdges = expansion.edges.filter((e) => {
    if (edgeIds.has(e.id) || !nodeIds.has(e.from) || !nodeIds.has(e.to)) return false;
    edgeIds.add(e.id);
    return true;
  });
  return {
    graph: {
      nodes: [...base.nodes, ...addedNodes],
      edges: [...base.edges, ...addedEdges],
      truncated: base.truncated || expansion.truncated,
    },
    added: { nodes: addedNodes, edges: addedEdges, truncated: expansion.truncated },
  };
}

function elementId(element: ElementDefinition): string | undefined {
  return element.data.id;
}

/** Adds the elements whose ids Cytoscape does not have yet and returns just those; existing ones are untouched. */
export function addNewElements(cy: Core, elements: readonly ElementDefinition[]): CollectionReturnValue {
  const fresh = elements.filter((element) => {
    const id = elementId(element);
    return id === undefined || cy.getElementById(id).empty();
  });
  return cy.add(fresh);
}
