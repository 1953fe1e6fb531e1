/**
 * Steps 1–3 of a recommendation, pure: the enterprise and its surroundings as read (AnchorContext), the
 * fields the question is about (the need's words, the enterprise's fields and those of its projects and
 * needs) and the field hierarchy around them: broader, narrower and sibling fields count too, less.
 */
import { normalizeName, type GraphNode, type NodeKind, type RelKind } from '#model';
import { fallbackTerms } from '../search/search-entities.ts';
import type { AnchorContext, FieldRow, Step } from '../store/index.ts';
import type { EvidencePath } from './score-candidates.ts';
import { DOMAIN_RELATION_STRENGTH, ENTERPRISE_FIELDS_WITH_NEED, VIA_PROJECT } from './signal-weights.ts';
import { byId, capPerGroup, extend, link, offer, other, type Link, type Reach } from './reach.ts';

/** The question as the recommender reads it, and what steps 1–3 made of it. */
export interface QuestionFrame {
  readonly anchor: GraphNode | null;
  /** The enterprise's id ('' without one). */
  readonly x: string;
  /** Every relationship of the enterprise, in id order, and the kind at its other end. */
  readonly anchorLinks: readonly Link[];
  readonly anchorKinds: ReadonlyMap<string, NodeKind>;
  /** Current partners and co-participants in its projects: left out unless asked for. */
  readonly existing: ReadonlySet<string>;
  readonly start: EvidencePath;
  /** The need's fields, the enterprise's and its projects' and needs'. */
  readonly origins: ReadonlyMap<string, Reach>;
  /** The origins and the fields around them in the hierarchy, each with its strength. */
  readonly fields: ReadonlyMap<string, Reach>;
  /** The fields the need's words name. */
  readonly needFields: readonly FieldRow[];
  /** One step beyond the enterprise's neighbours (AnchorContext.beyond). */
  readonly beyond: AnchorContext['beyond'];
}

export function neighboursOf(frame: Pick<QuestionFrame, 'anchorLinks'>, kind: RelKind): Link[] {
  return frame.anchorLinks.filter((edge) => edge.kind === kind);
}

/** Domains named in a need's text: 硼烷 医药中间体 → 硼烷, 医药中间体 (any of its words in their keys). */
export function domainsOfText(tree: readonly FieldRow[], text: string): FieldRow[] {
  const normal = normalizeName(text);
  const terms = fallbackTerms(text);
  if (terms.length === 0) return [];
  return tree
    .filter((domain) => terms.some((term) => domain.searchText.includes(term)))
    .filter((domain) =>
      [domain.name, ...domain.aliases].some((name) => {
        const key = normalizeName(name);
        return (
          key.length >= 2 && (normal.includes(key) || terms.some((term) => term.length >= 2 && key === term))
        );
      }),
    );
}

/** Steps beyond the given neighbours through the given relationships, as the former per-kind reads cut them. */
export function stepsBeyond(
  frame: Pick<QuestionFrame, 'beyond' | 'anchorKinds' | 'x'>,
  near: ReadonlySet<string>,
  rels: readonly RelKind[],
  kinds: readonly NodeKind[] | null,
): Array<{ link: Link; near: string; far: string; kind: NodeKind }> {
  const wanted = new Set(rels);
  const farKinds = kinds ? new Set(kinds) : null;
  const rows = frame.beyond
    .filter((step) => near.has(step.via) && wanted.has(step.link.kind) && step.id !== frame.x)
    .filter((step) => !farKinds || farKinds.has(step.kind))
    .map((step) => ({ link: step.link as Link, near: step.via, far: step.id, kind: step.kind }));
  const kept = capPerGroup(
    rows,
    (row) => `${row.link.from === row.near ? 'out' : 'in'}|${frame.anchorKinds.get(row.near) ?? ''}`,
    (row) => [row.near, row.far, row.link.kind],
  );
  return kept.sort((a, b) => byId(a.link.id, b.link.id));
}

/** Parents and children of the origins, as the hierarchy's relationships (out, then in, by id). */
function treeAround(tree: readonly FieldRow[], origins: ReadonlyMap<string, Reach>): Link[] {
  const out = tree
    .filter((row) => row.parent && origins.has(row.id))
    .map((row) => link('SUBFIELD_OF', row.id, row.parent as string));
  const into = tree
    .filter((row) => row.parent && origins.has(row.parent))
    .map((row) => link('SUBFIELD_OF', row.id, row.parent as string));
  return [...out, ...into].sort((a, b) => byId(a.id, b.id));
}

/** Step 3: the hierarchy around the origins; broader, narrower and sibling fields count too. */
function fieldsAround(tree: readonly FieldRow[], origins: ReadonlyMap<string, Reach>): Map<string, Reach> {
  const fields = new Map(origins);
  const parents: Array<{ parent: string; reach: Reach; via: Link }> = [];
  for (const edge of treeAround(tree, origins)) {
    const childReach = origins.get(edge.from);
    if (childReach) {
      offer(fields, edge.to, {
        strength: childReach.strength * DOMAIN_RELATION_STRENGTH.broader,
        path: extend(childReach.path, edge, edge.to),
      });
      parents.push({ parent: edge.to, reach: childReach, via: edge });
    }
    const parentReach = origins.get(edge.to);
    if (parentReach) {
      offer(fields, edge.from, {
        strength: parentReach.strength * DOMAIN_RELATION_STRENGTH.narrower,
        path: extend(parentReach.path, edge, edge.from),
      });
    }
  }
  const parentIds = new Set(parents.map((p) => p.parent));
  const siblings = tree
    .filter((row) => row.parent && parentIds.has(row.parent))
    .map((row) => ({ from: row.parent as string, id: row.id }))
    .sort((a, b) => byId(a.from, b.from) || byId(a.id, b.id));
  for (const row of siblings) {
    for (const { parent, reach, via } of parents) {
      if (row.from !== parent || origins.has(row.id)) continue;
      const path = extend(extend(reach.path, via, parent), link('SUBFIELD_OF', row.id, parent), row.id);
      offer(fields, row.id, { strength: reach.strength * DOMAIN_RELATION_STRENGTH.sibling, path });
    }
  }
  return fields;
}

/** Steps 1–3 for one question. */
export function frameQuestion(
  context: AnchorContext | null,
  tree: readonly FieldRow[],
  need: string,
): QuestionFrame {
  const anchor = context?.node ?? null;
  const x = anchor?.id ?? '';
  const steps: readonly Step[] = context?.links ?? [];
  const sorted = [...steps].sort((a, b) => byId(a.link.id, b.link.id));
  const anchorKinds = new Map(sorted.map((step) => [step.id, step.kind]));
  const anchorLinks = sorted.map((step) => step.link as Link);
  const frame = { anchorLinks, anchorKinds, x, beyond: context?.beyond ?? [] };
  const existing = new Set(neighboursOf(frame, 'COOPERATES_WITH').map((edge) => other(edge, x)));
  const start: EvidencePath = { nodes: anchor ? [x] : [], edges: [] };

  // 2. The fields wanted: the need's, the enterprise's, its projects' and needs'.
  const origins = new Map<string, Reach>();
  const ownWeight = need ? ENTERPRISE_FIELDS_WITH_NEED : 1;
  for (const edge of neighboursOf(frame, 'IN_DOMAIN'))
    offer(origins, edge.to, { strength: ownWeight, path: extend(start, edge, edge.to) });
  const work = [...neighboursOf(frame, 'PARTICIPATES_IN'), ...neighboursOf(frame, 'HAS_NEED')];
  const workIds = new Set(work.map((edge) => edge.to).filter((id) => anchorKinds.has(id)));
  for (const item of stepsBeyond(frame, workIds, ['IN_DOMAIN', 'PARTICIPATES_IN'], null)) {
    const via = work.find((w) => w.to === item.near);
    if (!via) continue;
    const path = extend(start, via, via.to);
    if (item.link.kind === 'IN_DOMAIN')
      offer(origins, item.far, {
        strength: ownWeight * VIA_PROJECT,
        path: extend(path, item.link, item.far),
      });
    else existing.add(item.far);
  }
  const needFields = need ? domainsOfText(tree, need) : [];
  for (const domain of needFields)
    offer(origins, domain.id, { strength: 1, path: { nodes: [domain.id], edges: [] } });

  return {
    anchor,
    x,
    anchorLinks,
    anchorKinds,
    existing,
    start,
    origins,
    fields: fieldsAround(tree, origins),
    needFields,
    beyond: frame.beyond,
  };
}
