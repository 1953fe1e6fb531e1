/**
 * Steps 4–7 of a recommendation, pure: from the rows the store found for a question's fields and
 * surroundings, each candidate's raw evidence — who works in the fields (directly or through projects),
 * whom similar enterprises already work with, shared neighbours (Adamic–Adar) and the district's own
 * network (who is located in, serves or was brought to the district, and whom its bureau works with).
 */
import type { NodeKind, RelKind } from '#model';
import type {
  BureauRow,
  FieldSignalRow,
  FieldViaProject,
  HelpedRow,
  HelpedViaProject,
} from '../store/index.ts';
import type { EvidencePath } from './score-candidates.ts';
import { BUREAU_PARTNER, VIA_PROJECT } from './signal-weights.ts';
import { neighboursOf, stepsBeyond, type QuestionFrame } from './question-fields.ts';
import {
  byId,
  capPerGroup,
  extend,
  link,
  noisyOr,
  offer,
  other,
  type Evidence,
  type Link,
  type Reach,
} from './reach.ts';

/** Candidates each generating query keeps, strongest first. */
export const PER_SIGNAL = 300;
export const NETWORK_RELS: readonly RelKind[] = [
  'COOPERATES_WITH',
  'WORKS_AT',
  'HOSTS',
  'PARTICIPATES_IN',
  'PART_OF',
  'ADVISES',
  'RECRUITED',
];
const HUB_KINDS: ReadonlySet<NodeKind> = new Set(['Region', 'Domain', 'Programme']);
/** Relationships that tie an entity to a district: pointing at it, and leaving it. */
const LOCAL_IN: readonly RelKind[] = ['LOCATED_IN', 'ADVISES', 'COOPERATES_WITH'];
const LOCAL_OUT: readonly RelKind[] = ['RECRUITED', 'COOPERATES_WITH', 'HOSTS'];

/** A candidate of the fields: its total weight, and the fields (and projects) it is in. */
export interface FieldCandidate {
  readonly id: string;
  readonly total: number;
  readonly pairs: ReadonlyArray<{ readonly field: string; readonly project: string }>;
}

/** Whom enterprises of a field (on a project in it, if any) cooperate with: how many, and one of them. */
export interface HelpedCount {
  readonly id: string;
  readonly field: string;
  readonly project: string;
  readonly helped: number;
  readonly example: string;
}

const strongest = (list: FieldCandidate[]) =>
  list.sort((a, b) => b.total - a.total || byId(a.id, b.id)).slice(0, PER_SIGNAL);

/** Candidates directly in the fields, strongest 300. */
export function fieldCandidates(rows: readonly FieldSignalRow[]): FieldCandidate[] {
  return strongest(
    rows.map((row) => ({
      id: row.id,
      total: row.total,
      pairs: row.fields.map((field) => ({ field, project: '' })),
    })),
  );
}

/** Candidates on projects in the question's fields, weights summed per (field, project), strongest 300. */
export function fieldCandidatesViaProjects(
  rows: readonly FieldViaProject[],
  weights: ReadonlyMap<string, number>,
  anchor: string,
): FieldCandidate[] {
  const byCandidate = new Map<
    string,
    { id: string; total: number; pairs: FieldCandidate['pairs'][number][] }
  >();
  for (const row of rows) {
    const weight = weights.get(row.field);
    if (weight === undefined || row.id === anchor) continue;
    const known = byCandidate.get(row.id) ?? { id: row.id, total: 0, pairs: [] };
    known.total += weight;
    known.pairs.push({ field: row.field, project: row.project });
    byCandidate.set(row.id, known);
  }
  return strongest([...byCandidate.values()]);
}

const mostHelped = (list: HelpedCount[]) =>
  list
    .sort(
      (a, b) =>
        b.helped - a.helped || byId(a.id, b.id) || byId(a.field, b.field) || byId(a.project, b.project),
    )
    .slice(0, PER_SIGNAL);

/** For one question: enterprises of its similar fields other than its own, per candidate and field. */
export function helpedCandidates(
  rows: readonly HelpedRow[],
  fields: ReadonlySet<string>,
  anchor: string,
): HelpedCount[] {
  const counts: HelpedCount[] = [];
  for (const row of rows) {
    if (!fields.has(row.field) || row.id === anchor) continue;
    const helpers = row.helpers.filter((helper) => helper !== anchor);
    if (helpers.length === 0) continue;
    counts.push({
      id: row.id,
      field: row.field,
      project: '',
      helped: helpers.length,
      example: helpers.reduce((a, b) => (byId(a, b) <= 0 ? a : b)),
    });
  }
  return mostHelped(counts);
}

/** As helpedCandidates, for enterprises on projects in the fields (per candidate, field and project). */
export function helpedCandidatesViaProjects(
  rows: readonly HelpedViaProject[],
  fields: ReadonlySet<string>,
  anchor: string,
): HelpedCount[] {
  const groups = new Map<string, { id: string; field: string; project: string; helpers: string[] }>();
  for (const row of rows) {
    if (!fields.has(row.field) || row.helper === anchor || row.id === anchor) continue;
    const key = `${row.id}|${row.field}|${row.project}`;
    const group = groups.get(key) ?? { id: row.id, field: row.field, project: row.project, helpers: [] };
    group.helpers.push(row.helper);
    groups.set(key, group);
  }
  return mostHelped(
    [...groups.values()].map((group) => ({
      id: group.id,
      field: group.field,
      project: group.project,
      helped: group.helpers.length,
      example: group.helpers.reduce((a, b) => (byId(a, b) <= 0 ? a : b)),
    })),
  );
}

/** Step 4: who works in those fields, directly or through projects. */
export function domainEvidence(
  frame: QuestionFrame,
  direct: readonly FieldCandidate[],
  viaProjects: readonly FieldCandidate[],
): Evidence {
  const domain = noisyOr();
  for (const row of direct) {
    for (const field of row.pairs.map((pair) => pair.field).sort(byId)) {
      const reach = frame.fields.get(field);
      if (reach)
        domain.add(row.id, {
          strength: reach.strength,
          path: extend(reach.path, link('IN_DOMAIN', row.id, field), row.id),
        });
    }
  }
  for (const row of viaProjects) {
    for (const { field, project } of [...row.pairs].sort((a, b) =>
      byId(a.field + a.project, b.field + b.project),
    )) {
      const reach = frame.fields.get(field);
      if (!reach || !project) continue;
      const toProject = extend(reach.path, link('IN_DOMAIN', project, field), project);
      domain.add(row.id, {
        strength: reach.strength * VIA_PROJECT,
        path: extend(toProject, link('PARTICIPATES_IN', row.id, project), row.id),
      });
    }
  }
  return domain;
}

/** Step 5: whom enterprises in the same fields already work with. */
export function helpedEvidence(
  frame: QuestionFrame,
  direct: readonly HelpedCount[],
  viaProjects: readonly HelpedCount[],
): Evidence {
  const helped = noisyOr();
  for (const row of direct) {
    const reach = frame.fields.get(row.field);
    if (!reach) continue;
    const path = extend(
      extend(reach.path, link('IN_DOMAIN', row.example, row.field), row.example),
      link('COOPERATES_WITH', row.example, row.id),
      row.id,
    );
    helped.add(row.id, { strength: reach.strength, path }, row.helped);
  }
  for (const row of viaProjects) {
    const reach = frame.fields.get(row.field);
    if (!reach || !row.project) continue;
    const toProject = extend(reach.path, link('IN_DOMAIN', row.project, row.field), row.project);
    const path = extend(
      extend(toProject, link('PARTICIPATES_IN', row.example, row.project), row.example),
      link('COOPERATES_WITH', row.example, row.id),
      row.id,
    );
    helped.add(row.id, { strength: reach.strength * VIA_PROJECT, path }, row.helped);
  }
  return helped;
}

/** The enterprise's neighbours other than hubs (regions, fields, programmes): the network's middles. */
export function middlesOf(frame: QuestionFrame): Link[] {
  return frame.anchorLinks.filter((edge) => {
    const kind = frame.anchorKinds.get(other(edge, frame.x));
    return kind !== undefined && !HUB_KINDS.has(kind);
  });
}

/** Step 6: shared neighbours through people, platforms, projects and partners (Adamic–Adar). */
export function networkEvidence(
  frame: QuestionFrame,
  wanted: readonly NodeKind[],
  includeExisting: boolean,
  kindOf: Map<string, NodeKind>,
): Map<string, { score: number; path: EvidencePath }> {
  const { x } = frame;
  const middles = middlesOf(frame);
  const neighbours = stepsBeyond(frame, new Set(middles.map((edge) => other(edge, x))), NETWORK_RELS, wanted);
  for (const item of neighbours) kindOf.set(item.far, item.kind);
  const network = new Map<string, { score: number; path: EvidencePath }>();
  const firstLink = new Map(middles.map((edge) => [other(edge, x), edge]));
  // A middle's degree, as far as it matters here: its links to candidates of the wanted kinds.
  const middleDegree = new Map<string, number>();
  for (const item of neighbours) middleDegree.set(item.near, (middleDegree.get(item.near) ?? 0) + 1);
  for (const item of neighbours) {
    const first = firstLink.get(item.near);
    if (!first || item.far === x) continue;
    const known = network.get(item.far);
    network.set(item.far, {
      score: (known?.score ?? 0) + 1 / Math.log(2 + (middleDegree.get(item.near) ?? 1)),
      path: known?.path ?? { nodes: [x, item.near, item.far], edges: [first.id, item.link.id] },
    });
  }
  // Current partners, when asked for, are the closest connection of all.
  if (includeExisting) {
    const wantedKinds = new Set(wanted);
    for (const edge of neighboursOf(frame, 'COOPERATES_WITH')) {
      const partner = other(edge, x);
      const kind = frame.anchorKinds.get(partner);
      if (!kind || !wantedKinds.has(kind)) continue;
      network.set(partner, {
        score: (network.get(partner)?.score ?? 0) + 1,
        path: { nodes: [x, partner], edges: [edge.id] },
      });
    }
  }
  return network;
}

/** The district's own network, before the bureau's partners: who is there, and its agencies. */
export interface District {
  readonly local: Map<string, Reach>;
  readonly agencies: Array<{ id: string; path: EvidencePath }>;
  /** The districts the enterprise is LOCATED_IN and the cities those are in. */
  readonly homes: readonly Link[];
  readonly cities: ReadonlyArray<{ district: string; city: string }>;
}

/** Step 7, first half: who is located in, serves or was brought to the enterprise's district. */
export function districtOf(
  frame: QuestionFrame,
  wanted: readonly NodeKind[],
  kindOf: Map<string, NodeKind>,
): District {
  const { x } = frame;
  const homes = neighboursOf(frame, 'LOCATED_IN');
  const homeIds = new Set(homes.map((edge) => edge.to));
  const localKinds = [...wanted.filter((kind) => kind !== 'Enterprise'), 'Agency' as const];
  const around = (rels: readonly RelKind[], kinds: readonly NodeKind[], direction: 'in' | 'out') =>
    stepsBeyond(frame, homeIds, rels, kinds).filter(
      (item) => (item.link.to === item.near) === (direction === 'in'),
    );
  const localIn = around(LOCAL_IN, localKinds, 'in');
  const localOut = around(LOCAL_OUT, localKinds, 'out');
  const upper = around(['LOCATED_IN'], ['Region'], 'out');
  for (const item of [...localIn, ...localOut]) kindOf.set(item.far, item.kind);
  const local = new Map<string, Reach>();
  const agencies: Array<{ id: string; path: EvidencePath }> = [];
  const homeLink = new Map(homes.map((edge) => [edge.to, edge]));
  const districtLinks = [...localIn, ...localOut].sort((a, b) => byId(a.link.id, b.link.id));
  for (const { near, far, kind, link: edge } of districtLinks) {
    const toHome = homeLink.get(near);
    if (!toHome) continue;
    const path = { nodes: [x, near, far], edges: [toHome.id, edge.id] };
    if (kind === 'Agency') agencies.push({ id: far, path });
    else offer(local, far, { strength: 1, path });
  }
  const cities = upper
    .sort((a, b) => byId(a.near, b.near) || byId(a.far, b.far))
    .map((item) => ({ district: item.near, city: item.far }));
  return { local, agencies, homes, cities };
}

/** Step 7, second half: whom the district's science bureau already works with. */
export function addBureauPartners(
  district: District,
  rows: readonly BureauRow[],
  anchor: string,
  kindOf: Map<string, NodeKind>,
): void {
  const agencies = new Set(district.agencies.map((agency) => agency.id));
  const capped = capPerGroup(
    rows.filter((row) => agencies.has(row.agency) && row.id !== anchor),
    (row) => (row.link.from === row.agency ? 'out' : 'in'),
    (row) => [row.agency, row.id, row.link.kind],
  ).sort((a, b) => byId(a.link.id, b.link.id));
  for (const row of capped) {
    const agency = district.agencies.find((a) => a.id === row.agency);
    kindOf.set(row.id, row.kind);
    if (agency)
      offer(district.local, row.id, {
        strength: BUREAU_PARTNER,
        path: extend(agency.path, row.link, row.id),
      });
  }
}
