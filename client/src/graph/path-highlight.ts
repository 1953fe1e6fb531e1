// Highlights paths between two entities: their nodes and relationships stand out, everything else fades.
import type { Core } from 'cytoscape';
import { CLASS } from './stylesheet.ts';

export interface PathIds {
  readonly nodeIds: readonly string[];
  readonly edgeIds: readonly string[];
}

/** Highlights the given paths (none: back to normal). Ids not drawn are ignored. */
export function highlightPaths(cy: Core, paths: readonly PathIds[]): void {
  cy.batch(() => {
    cy.elements().removeClass(`${CLASS.onPath} ${CLASS.faded}`);
    if (paths.length === 0) return;
    const ids = new Set<string>();
    for (const path of paths) {
      for (const id of path.nodeIds) ids.add(id);
      for (const id of path.edgeIds) ids.add(id);
    }
    cy.elements().forEach((ele) => {
      ele.addClass(ids.has(ele.id()) ? CLASS.onPath : CLASS.faded);
    });
  });
}
