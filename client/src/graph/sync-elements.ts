// Brings the drawn graph in line with a new set of elements: removes what is gone, adds what is new next to
// a drawn neighbour (so an incremental layout grows it out of there), and leaves everything else in place.
import type { CollectionReturnValue, Core, ElementDefinition, NodeCollection, NodeSingular } from 'cytoscape';
import { placeOnRing } from './layout.ts';

export interface SyncResult {
  readonly added: CollectionReturnValue;
  readonly removed: number;
}

export function syncElements(cy: Core, elements: readonly ElementDefinition[]): SyncResult {
  const wanted = new Set(elements.map((e) => String(e.data.id)));
  let removed = 0;
  let added = cy.collection() as CollectionReturnValue;
  cy.batch(() => {
    const gone = cy.elements().filter((ele) => !wanted.has(ele.id()));
    removed = gone.length;
    gone.remove();
    const fresh = elements.filter((e) => cy.getElementById(String(e.data.id)).empty());
    const before = cy.nodes();
    added = cy.add(fresh);
    const newNodes = added.nodes();
    if (newNodes.empty()) return;
    if (before.empty()) {
      placeOnRing(newNodes, { x: 0, y: 0 });
      return;
    }
    // Group new nodes by a neighbour that was already drawn; nodes with none go around the middle.
    const groups = new Map<NodeSingular | null, NodeCollection>();
    newNodes.forEach((node) => {
      const anchor = node.neighborhood().nodes().intersection(before).first();
      const key = anchor.nonempty() ? (anchor as NodeSingular) : null;
      groups.set(key, (groups.get(key) ?? cy.collection()).union(node));
    });
    const box = before.boundingBox({});
    for (const [anchor, nodes] of groups) {
      const centre = anchor ? anchor.position() : { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
      placeOnRing(nodes, centre);
    }
  });
  return { added, removed };
}
