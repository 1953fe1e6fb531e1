// Applies the planner's view to the drawn graph as classes: filters (kind, domain, region, year), hidden,
// pinned (locked) and expanded nodes. Positions are kept, so clearing a filter brings nodes back where they were.
import type { Collection, Core, NodeCollection } from 'cytoscape';
import type { RelKind } from '#model';
import type { Filters, YearRange } from '../view/view-state.ts';
import { CLASS } from './stylesheet.ts';

export interface ViewClasses {
  readonly filters: Filters;
  readonly hidden: readonly string[];
  readonly pinned: readonly string[];
  readonly expanded: readonly string[];
  /** Never hidden by the year filter: the entity the view is drawn around. */
  readonly focusId: string | null;
}

/** The entity and, transitively, the entities of its own kind below it by `kind` (subfields, sub-regions). */
function withDescendants(cy: Core, id: string, kind: RelKind): NodeCollection {
  let scope = cy.getElementById(id).filter((ele) => ele.isNode()) as NodeCollection;
  const treeKind = String(scope.data('kind'));
  let frontier = scope;
  while (frontier.nonempty()) {
    const below = frontier
      .incomers(`edge[kind = "${kind}"]`)
      .sources()
      .filter((n) => n.data('kind') === treeKind)
      .difference(scope) as NodeCollection;
    scope = scope.union(below);
    frontier = below;
  }
  return scope;
}

/** The entity, its sub-entities, and every entity directly related to any of them. */
function relatedTo(cy: Core, id: string, kind: RelKind): NodeCollection {
  const scope = withDescendants(cy, id, kind);
  return scope.union(scope.neighborhood().nodes());
}

function outsideYears(year: unknown, range: YearRange): boolean {
  return typeof year === 'number' && (year < range.from || year > range.to);
}

/** What the filters hide: nodes and relationships (edges of hidden nodes disappear with them). */
export function filteredOut(cy: Core, filters: Filters, focusId: string | null = null): Collection {
  let out = cy.collection();
  const hiddenKinds = new Set<string>(filters.hiddenKinds);
  if (hiddenKinds.size > 0)
    out = out.union(cy.nodes().filter((n) => hiddenKinds.has(String(n.data('kind')))));
  if (filters.domain) out = out.union(cy.nodes().difference(relatedTo(cy, filters.domain, 'SUBFIELD_OF')));
  if (filters.region) out = out.union(cy.nodes().difference(relatedTo(cy, filters.region, 'LOCATED_IN')));
  const years = filters.years;
  if (years) {
    const edges = cy.edges().filter((e) => outsideYears(e.data('year'), years));
    out = out.union(edges);
    // Entities whose every relationship lies outside the years go too: they were not linked then.
    const stranded = edges
      .connectedNodes()
      .filter((n) => n.id() !== focusId && n.connectedEdges().difference(edges).empty());
    out = out.union(stranded);
  }
  return out;
}

export function applyViewClasses(cy: Core, view: ViewClasses): void {
  const hidden = new Set(view.hidden);
  const pinned = new Set(view.pinned);
  const expanded = new Set(view.expanded);
  const out = filteredOut(cy, view.filters, view.focusId);
  cy.batch(() => {
    cy.elements().forEach((ele) => {
      ele.toggleClass(CLASS.filtered, out.has(ele));
    });
    cy.nodes().forEach((node) => {
      const id = node.id();
      node.toggleClass(CLASS.hidden, hidden.has(id));
      node.toggleClass(CLASS.expanded, expanded.has(id));
      const pin = pinned.has(id);
      node.toggleClass(CLASS.pinned, pin);
      if (pin) node.lock();
      else node.unlock();
    });
  });
}

/** The distinct years of the drawn relationships, ascending (for the timeline slider). */
export function yearsOf(edges: ReadonlyArray<{ readonly year: number | null }>): number[] {
  const years = new Set<number>();
  for (const edge of edges) if (edge.year !== null) years.add(edge.year);
  return [...years].sort((a, b) => a - b);
}
