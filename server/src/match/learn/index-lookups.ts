/**
 * What the ranking features read of a graph index again and again, worked out once per index (a
 * snapshot is one version of the graph, never changed): the field hierarchy, each field's entrants and
 * whom its enterprises cooperate with, and each entity's profile as a candidate. An enterprise at
 * 100,000 entities has ~7,000 candidates in a few fields, and the next question meets most of them
 * again. Pure: every value is a function of the index alone.
 */
import type { NodeKind } from '#model';
import type { GraphIndex } from './graph-index.ts';
import { logCount } from './ranking-features.ts';

/** Yearly decay of a cooperation's weight in the recent record. */
export const RECENCY_DECAY = 0.7;

/** The field hierarchy: each field's parent and children. */
export interface Tree {
  readonly parent: ReadonlyMap<string, string>;
  readonly children: ReadonlyMap<string, readonly string[]>;
}

/** A candidate's standing facts, whatever the question. */
export interface EntityProfile {
  /** The fields it declares, each once, in the order of its relationships. */
  readonly declared: readonly string[];
  /** Its projects' fields that it does not declare, each once. */
  readonly viaProjects: readonly string[];
  /** The regions it is in, nearest first (regionChain). */
  readonly chain: readonly string[];
  /** logCount of its cooperations, either way. */
  readonly trackRecord: number;
  /** logCount of its cooperations weighted by recency (RECENCY_DECAY a year before the latest). */
  readonly recentRecord: number;
}

/** A field's entrants: who declares it, and the members of projects that declare it, with their kinds. */
export interface FieldEntrants {
  readonly ids: readonly string[];
  readonly kinds: readonly (NodeKind | undefined)[];
  /** How many of those declaring the field are of each kind (project members aside). */
  readonly declaredByKind: ReadonlyMap<NodeKind, number>;
}

/** Whom the enterprises of a field cooperate with, and how many times, in order of first meeting. */
export interface FieldHelped {
  readonly ids: readonly string[];
  readonly counts: readonly number[];
}

interface Lookups {
  readonly tree: Tree;
  /** The latest year of any enterprise's cooperation (0 without dates). */
  readonly latest: number;
  readonly profiles: Map<string, EntityProfile>;
  readonly entrants: Map<string, FieldEntrants>;
  readonly helped: Map<string, FieldHelped>;
}

const held = new WeakMap<GraphIndex, Lookups>();

function lookupsOf(index: GraphIndex): Lookups {
  const known = held.get(index);
  if (known) return known;
  const parent = new Map<string, string>();
  const children = new Map<string, string[]>();
  for (const id of index.ofKind('Domain'))
    for (const edge of index.out(id, 'SUBFIELD_OF')) {
      parent.set(id, edge.to);
      children.set(edge.to, [...(children.get(edge.to) ?? []), id]);
    }
  let latest = 0;
  for (const id of index.ofKind('Enterprise'))
    for (const edge of index.out(id, 'COOPERATES_WITH')) latest = Math.max(latest, edge.year ?? 0);
  const lookups: Lookups = {
    tree: { parent, children },
    latest,
    profiles: new Map(),
    entrants: new Map(),
    helped: new Map(),
  };
  held.set(index, lookups);
  return lookups;
}

export const treeOf = (index: GraphIndex): Tree => lookupsOf(index).tree;

/** The regions an entity is in, nearest first: its own (a person's employer's, a platform's host's), then up. */
export function regionChain(index: GraphIndex, id: string): string[] {
  const chain: string[] = [];
  let at = index.out(id, 'LOCATED_IN')[0]?.to;
  if (!at) {
    const base = index.out(id, 'WORKS_AT')[0]?.to ?? index.into(id, 'HOSTS')[0]?.from;
    at = base ? index.out(base, 'LOCATED_IN')[0]?.to : undefined;
  }
  while (at && !chain.includes(at) && chain.length < 6) {
    chain.push(at);
    at = index.out(at, 'LOCATED_IN')[0]?.to;
  }
  return chain;
}

function buildProfile(index: GraphIndex, id: string, latest: number): EntityProfile {
  const declared: string[] = [];
  for (const edge of index.out(id, 'IN_DOMAIN')) if (!declared.includes(edge.to)) declared.push(edge.to);
  const viaProjects: string[] = [];
  for (const project of index.out(id, 'PARTICIPATES_IN'))
    for (const edge of index.out(project.to, 'IN_DOMAIN'))
      if (!declared.includes(edge.to) && !viaProjects.includes(edge.to)) viaProjects.push(edge.to);
  let cooperations = 0;
  let recency = 0;
  // Arriving first, then leaving: the order the recency sum has always been added in.
  for (const list of [index.into(id, 'COOPERATES_WITH'), index.out(id, 'COOPERATES_WITH')])
    for (const edge of list) {
      cooperations++;
      if (edge.year !== undefined) recency += RECENCY_DECAY ** Math.max(0, latest - edge.year);
    }
  return {
    declared,
    viaProjects,
    chain: regionChain(index, id),
    trackRecord: logCount(cooperations),
    recentRecord: logCount(recency),
  };
}

export function profileOf(index: GraphIndex, id: string): EntityProfile {
  const { profiles, latest } = lookupsOf(index);
  let profile = profiles.get(id);
  if (!profile) profiles.set(id, (profile = buildProfile(index, id, latest)));
  return profile;
}

export function fieldEntrants(index: GraphIndex, field: string): FieldEntrants {
  const { entrants } = lookupsOf(index);
  const known = entrants.get(field);
  if (known) return known;
  const ids: string[] = [];
  const kinds: (NodeKind | undefined)[] = [];
  const declaredByKind = new Map<NodeKind, number>();
  for (const edge of index.into(field, 'IN_DOMAIN')) {
    const kind = index.kindOf(edge.from);
    ids.push(edge.from);
    kinds.push(kind);
    if (kind) declaredByKind.set(kind, (declaredByKind.get(kind) ?? 0) + 1);
    if (kind === 'Project')
      for (const member of index.into(edge.from, 'PARTICIPATES_IN')) {
        ids.push(member.from);
        kinds.push(index.kindOf(member.from));
      }
  }
  const found = { ids, kinds, declaredByKind };
  entrants.set(field, found);
  return found;
}

export function helpedInField(index: GraphIndex, field: string): FieldHelped {
  const { helped } = lookupsOf(index);
  const known = helped.get(field);
  if (known) return known;
  const byId = new Map<string, number>();
  for (const edge of index.into(field, 'IN_DOMAIN')) {
    if (index.kindOf(edge.from) !== 'Enterprise') continue;
    for (const coop of index.out(edge.from, 'COOPERATES_WITH'))
      byId.set(coop.to, (byId.get(coop.to) ?? 0) + 1);
  }
  const found = { ids: [...byId.keys()], counts: [...byId.values()] };
  helped.set(field, found);
  return found;
}

/**
 * Fills every lookup of an index ahead of the questions, a slice of a few milliseconds at a time so that
 * requests keep their turn between slices (about 3 s at 100,000 entities; the first questions on a new
 * snapshot find what is ready and work out the rest themselves). Stops early once `wanted` says the
 * index has been replaced.
 */
export async function warmLookups(index: GraphIndex, wanted: () => boolean = () => true): Promise<void> {
  const work: Array<() => unknown> = [];
  for (const field of index.ofKind('Domain'))
    work.push(
      () => fieldEntrants(index, field),
      () => helpedInField(index, field),
    );
  for (const node of index.nodes.keys()) work.push(() => profileOf(index, node));
  let at = 0;
  while (at < work.length && wanted()) {
    const until = performance.now() + 5;
    while (at < work.length && performance.now() < until) (work[at++] as () => unknown)();
    await new Promise((resolve) => setImmediate(resolve));
  }
}
