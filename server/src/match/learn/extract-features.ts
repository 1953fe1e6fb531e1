/**
 * The ranking features of every candidate for one enterprise, computed on a graph in memory (GraphIndex):
 * the reference the recommender's store-backed pipeline is checked against, and what fitting and the
 * evaluation use. Candidates are those with some evidence (a related field, a similar enterprise they
 * helped, a shared neighbour, or being in the enterprise's district); current partners and co-participants
 * of its projects are left out. Pure and deterministic.
 *
 * A candidate's expertise is the fields it declares; the enterprise's profile is the fields it declares
 * (and a typed need's), with those of its projects and needs as a separate, weaker feature (fieldWork) —
 * on both generated networks, mixing them in was noise (docs/benchmarks.md).
 */
import type { NodeKind } from '#model';
import type { GraphIndex } from './graph-index.ts';
import {
  fieldEntrants,
  helpedInField,
  profileOf,
  regionChain,
  treeOf,
  type EntityProfile,
  type Tree,
} from './index-lookups.ts';
import { logCount, logMatch, zeroVector, type Feature, type FeatureVector } from './ranking-features.ts';

/** How a candidate's field relates to a wanted one, by their place in the hierarchy. */
export const FIELD_RELATION = { same: 1, narrower: 0.7, broader: 0.45, sibling: 0.25 } as const;
export const VIA_PROJECT = 0.8;
/** The enterprise's own fields weigh this much when a need is also given. */
export const OWN_WITH_NEED = 0.6;
/** Fields at least this close to the enterprise's make other enterprises "similar". */
export const SIMILAR_FIELD = 0.25;
const HUB_KINDS: ReadonlySet<NodeKind> = new Set(['Region', 'Domain', 'Programme', 'Agency']);

export interface FeatureQuestion {
  readonly enterprise: string;
  readonly kinds: readonly NodeKind[];
  /** Fields a typed need names (they weigh 1, the enterprise's own then 0.6). */
  readonly needFields?: readonly string[];
  /** Keep current partners and co-participants among the candidates (the API's includeExisting). */
  readonly keepExisting?: boolean;
}

export interface CandidateVector {
  readonly id: string;
  readonly values: FeatureVector;
}

/** The fields an origin reaches through the hierarchy, with the relation's strength. */
export function reachOf(tree: Tree, origin: string): Map<string, number> {
  const reach = new Map<string, number>([[origin, FIELD_RELATION.same]]);
  const offer = (id: string, strength: number) => {
    if ((reach.get(id) ?? 0) < strength) reach.set(id, strength);
  };
  for (const child of tree.children.get(origin) ?? []) offer(child, FIELD_RELATION.narrower);
  const parent = tree.parent.get(origin);
  if (parent) {
    offer(parent, FIELD_RELATION.broader);
    for (const sibling of tree.children.get(parent) ?? []) offer(sibling, FIELD_RELATION.sibling);
  }
  return reach;
}

type Origins = Map<string, number>;

/** The enterprise's profile (own or a need's fields) and its work (its projects' and needs' fields). */
export function originsOf(index: GraphIndex, question: FeatureQuestion): { own: Origins; work: Origins } {
  const offer = (map: Origins, id: string, weight: number) => {
    if ((map.get(id) ?? 0) < weight) map.set(id, weight);
  };
  const own: Origins = new Map();
  const work: Origins = new Map();
  const needs = question.needFields ?? [];
  const ownWeight = needs.length > 0 ? OWN_WITH_NEED : 1;
  const x = question.enterprise;
  for (const edge of index.out(x, 'IN_DOMAIN')) offer(own, edge.to, ownWeight);
  for (const item of [...index.out(x, 'PARTICIPATES_IN'), ...index.out(x, 'HAS_NEED')])
    for (const edge of index.out(item.to, 'IN_DOMAIN')) offer(work, edge.to, ownWeight * VIA_PROJECT);
  for (const field of needs) offer(own, field, 1);
  // An enterprise that declares no field is read by its work.
  if (own.size === 0) for (const [field, weight] of work) own.set(field, weight);
  return { own, work };
}

function expand(tree: Tree, origins: Origins): Map<string, number> {
  const expanded = new Map<string, number>();
  for (const [origin, weight] of origins)
    for (const [field, strength] of reachOf(tree, origin))
      expanded.set(field, Math.max(expanded.get(field) ?? 0, weight * strength));
  return expanded;
}

/** Partners, co-participants and the enterprise itself: never proposed. */
function existingOf(index: GraphIndex, x: string): Set<string> {
  const existing = new Set<string>([x]);
  for (const edge of index.touching(x))
    if (edge.kind === 'COOPERATES_WITH') existing.add(edge.from === x ? edge.to : edge.from);
  for (const project of index.out(x, 'PARTICIPATES_IN'))
    for (const edge of index.into(project.to, 'PARTICIPATES_IN')) existing.add(edge.from);
  return existing;
}

const PEOPLE: ReadonlySet<NodeKind> = new Set(['Specialist', 'Academician']);

/** Shared neighbours (Adamic–Adar) through people, or through institutions, platforms, projects. */
function networkOf(index: GraphIndex, x: string, people: boolean): Map<string, number> {
  const network = new Map<string, number>();
  for (const edge of index.touching(x)) {
    const middle = edge.from === x ? edge.to : edge.from;
    const kind = index.kindOf(middle);
    if (!kind || HUB_KINDS.has(kind) || PEOPLE.has(kind) !== people) continue;
    const around = index.touching(middle);
    const weight = 1 / Math.log(2 + around.length);
    for (const step of around) {
      const far = step.from === middle ? step.to : step.from;
      if (far !== x && step.kind !== 'IN_DOMAIN' && step.kind !== 'LOCATED_IN')
        network.set(far, (network.get(far) ?? 0) + weight);
    }
  }
  return network;
}

/**
 * Whom similar enterprises helped: each cooperation of an enterprise in a close field (the enterprise
 * asked about aside) counts by its field's strength, added once per cooperation in field order, so that
 * the sums are the same numbers however the counts were found.
 */
function helpedOf(index: GraphIndex, x: string, similar: ReadonlyMap<string, number>): Map<string, number> {
  const helped = new Map<string, number>();
  const own = new Map<string, number>();
  for (const coop of index.out(x, 'COOPERATES_WITH')) own.set(coop.to, (own.get(coop.to) ?? 0) + 1);
  const xIn = new Set(index.out(x, 'IN_DOMAIN').map((edge) => edge.to));
  const xIsEnterprise = index.kindOf(x) === 'Enterprise';
  for (const [field, strength] of similar) {
    if (strength < SIMILAR_FIELD) continue;
    const mine = xIsEnterprise && xIn.has(field);
    const { ids, counts } = helpedInField(index, field);
    for (let at = 0; at < ids.length; at++) {
      const id = ids[at] as string;
      const times = (counts[at] as number) - (mine ? (own.get(id) ?? 0) : 0);
      if (times <= 0) continue;
      let sum = helped.get(id) ?? 0;
      for (let i = 0; i < times; i++) sum += strength;
      helped.set(id, sum);
    }
  }
  return helped;
}

/** The field features of one candidate. */
function fieldFeatures(
  values: Record<Feature, number>,
  fields: EntityProfile,
  own: ReadonlyArray<{ weight: number; specificity: number; reach: Map<string, number> }>,
  all: ReadonlyArray<{ weight: number; reach: Map<string, number> }>,
  ownExpanded: ReadonlyMap<string, number>,
): void {
  let covered = 0;
  let total = 0;
  let best = 0;
  let shared = 0;
  for (const { weight, specificity, reach } of own) {
    let match = 0;
    for (const field of fields.declared) match = Math.max(match, reach.get(field) ?? 0);
    covered += weight * specificity * match;
    shared += weight * match;
    total += weight * specificity;
    best = Math.max(best, weight * match);
  }
  values.fieldBest = logMatch(best);
  values.fieldsShared = shared;
  values.fieldCoverage = logMatch(total > 0 ? covered / total : 0);
  let focus = 0;
  for (const field of fields.declared) focus += ownExpanded.get(field) ?? 0;
  values.fieldFocus = fields.declared.length > 0 ? focus / fields.declared.length : 0;
  let work = 0;
  for (const { weight, reach } of all) {
    for (const field of fields.declared) work = Math.max(work, weight * (reach.get(field) ?? 0));
    for (const field of fields.viaProjects)
      work = Math.max(work, weight * VIA_PROJECT * (reach.get(field) ?? 0));
  }
  values.fieldWork = work;
}

/** Every candidate's features for one question. */
export function extractFeatures(index: GraphIndex, question: FeatureQuestion): CandidateVector[] {
  const x = question.enterprise;
  const wanted = new Set(question.kinds);
  const tree = treeOf(index);
  const { own, work } = originsOf(index, question);
  const ownExpanded = expand(tree, own);
  const allOrigins = new Map(own);
  for (const [field, weight] of work) allOrigins.set(field, Math.max(allOrigins.get(field) ?? 0, weight));
  const allExpanded = expand(tree, allOrigins);
  const existing = question.keepExisting ? new Set([x]) : existingOf(index, x);
  const candidates = new Set<string>();
  const consider = (id: string, kind = index.kindOf(id)) => {
    if (kind && wanted.has(kind) && !existing.has(id)) candidates.add(id);
  };
  for (const field of allExpanded.keys()) {
    const { ids, kinds } = fieldEntrants(index, field);
    for (let at = 0; at < ids.length; at++) consider(ids[at] as string, kinds[at]);
  }
  const helped = helpedOf(index, x, ownExpanded);
  const network = networkOf(index, x, false);
  const viaPeople = networkOf(index, x, true);
  for (const id of [...helped.keys(), ...network.keys(), ...viaPeople.keys()]) consider(id);
  // Asked to include them, its current partners and co-participants are candidates whatever they share.
  if (question.keepExisting) for (const id of existingOf(index, x)) consider(id);
  const home = regionChain(index, x);
  const district = home[0];
  if (district)
    for (const edge of [...index.into(district, 'LOCATED_IN'), ...index.into(district, 'ADVISES')])
      consider(edge.from);

  // Specificity of each wanted field: how few candidates declare it.
  const members = (field: string) => {
    let count = 0;
    for (const [kind, declaring] of fieldEntrants(index, field).declaredByKind)
      if (wanted.has(kind)) count += declaring;
    return count;
  };
  const ownReach = [...own].map(([origin, weight]) => ({
    weight,
    specificity: 1 / Math.log(2 + members(origin)),
    reach: reachOf(tree, origin),
  }));
  const allReach = [...allOrigins].map(([origin, weight]) => ({ weight, reach: reachOf(tree, origin) }));

  return [...candidates].sort().map((id) => {
    const values = zeroVector();
    const facts = profileOf(index, id);
    fieldFeatures(values, facts, ownReach, allReach, ownExpanded);
    values.similarHelped = logCount(helped.get(id) ?? 0);
    values.network = logCount(network.get(id) ?? 0);
    values.networkPeople = logCount(viaPeople.get(id) ?? 0);
    values.trackRecord = facts.trackRecord;
    values.recentRecord = facts.recentRecord;
    const chain = facts.chain;
    const serves = district !== undefined && index.out(id, 'ADVISES').some((edge) => edge.to === district);
    const level = home.findIndex((region) => chain.includes(region));
    values.sameDistrict = serves || level === 0 ? 1 : 0;
    values.sameCity = level === 1 ? 1 : 0;
    values.sameProvince = level === 2 ? 1 : 0;
    return { id, values };
  });
}
