/**
 * The surroundings of the enterprises a recommendation starts from (the anchor-contexts statement of
 * recommender-reads.ts) found in the graph snapshot: every relationship of each enterprise, and one step
 * further from each neighbour that is not a field or a programme, the step back along the first
 * relationship included (as the statement's walks go). At 100,000 entities that walk through a district
 * reaches thousands of entities, about 50 ms in the embedded store; here it is a few lookups. The
 * enterprise's own record comes from the store. Pure.
 */
import { edgeId, type GraphNode } from '#model';
import type { AnchorContext, LinkRef, Step } from '../store/index.ts';
import type { GraphIndex, IndexedEdge } from './learn/graph-index.ts';

const linkOf = (edge: IndexedEdge): LinkRef => ({
  id: edge.id ?? edgeId(edge.kind, edge.from, edge.to),
  kind: edge.kind,
  from: edge.from,
  to: edge.to,
});

const otherEnd = (edge: IndexedEdge, near: string) => (edge.from === near ? edge.to : edge.from);

/** One anchor's context; its record as stored, its relationships from the snapshot. */
export function indexAnchor(index: GraphIndex, node: GraphNode): AnchorContext {
  const links: Step[] = [];
  const beyond: Array<Step & { via: string }> = [];
  // A neighbour met through two relationships is walked from once.
  const walked = new Set<string>();
  const touching = index.touching(node.id);
  for (const first of touching) {
    const middle = otherEnd(first, node.id);
    const kind = index.kindOf(middle);
    if (!kind) continue;
    links.push({ link: linkOf(first), id: middle, kind });
    const onward = kind === 'Domain' || kind === 'Programme' ? [first] : index.touching(middle);
    for (const second of onward) {
      const far = otherEnd(second, middle);
      const farKind = index.kindOf(far);
      const link = linkOf(second);
      if (!farKind || walked.has(`${middle}|${link.id}`)) continue;
      walked.add(`${middle}|${link.id}`);
      beyond.push({ via: middle, link, id: far, kind: farKind });
    }
  }
  return { node, degree: touching.length, links, beyond };
}
