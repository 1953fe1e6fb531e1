/**
 * "Who could help company X": candidates and their raw signals come from the store's feature queries
 * (one Cypher file per signal per backend, read through feature-reads.ts); combining them, choosing the
 * evidence and scoring (score-candidates.ts, with the weights of signal-weights.ts) is this shared,
 * deterministic TypeScript. Works from an enterprise, a typed need (硼烷 医药中间体), or both.
 */
import {
  AppError,
  NODE_KINDS,
  edgeId,
  normalizeName,
  type GraphNode,
  type NodeKind,
  type RelKind,
} from '#model';
import { fallbackTerms } from '../search/search-entities.ts';
import type { GraphStore } from '../store/index.ts';
import {
  scoreCandidates,
  type CandidateFeatures,
  type EvidencePath,
  type ScoredCandidate,
} from './score-candidates.ts';
import {
  BUREAU_PARTNER,
  DOMAIN_RELATION_STRENGTH,
  ENTERPRISE_FIELDS_WITH_NEED,
  RELEVANCE_SIGNALS,
  RELEVANCE_THRESHOLD,
  SIGNAL_WEIGHTS,
  SUPPORT_WITHOUT_RELEVANCE,
  VIA_PROJECT,
  type Signal,
} from './signal-weights.ts';
import { textTokens, tokenCoverage } from './text-tokens.ts';
import {
  CAP,
  byId,
  enterpriseAround,
  factsOf,
  link,
  linksAround,
  type Known,
  type Link,
} from './feature-reads.ts';

export const DEFAULT_CANDIDATE_KINDS: readonly NodeKind[] = [
  'University',
  'Academician',
  'Specialist',
  'Platform',
  'Enterprise',
];
export const MAX_RECOMMENDATIONS = 50;

export interface RecommendQuery {
  readonly enterpriseId?: string;
  readonly need?: string;
  readonly kinds: readonly NodeKind[];
  readonly limit: number;
  readonly includeExisting: boolean;
}

export interface Recommendation extends ScoredCandidate {
  readonly node: GraphNode;
}

export interface RecommendResult {
  readonly anchor: GraphNode | null;
  /** The fields the question was read as (enterprise's and need's domains). */
  readonly fields: readonly GraphNode[];
  readonly recommendations: readonly Recommendation[];
}

/** Candidates each generating query returns, strongest first. */
const PER_SIGNAL = 300;
/** Candidates enriched with track record, proximity and text, best by the signals already known. */
const SHORTLIST = 60;
const NETWORK_RELS: readonly RelKind[] = [
  'COOPERATES_WITH',
  'WORKS_AT',
  'HOSTS',
  'PARTICIPATES_IN',
  'PART_OF',
  'ADVISES',
  'RECRUITED',
];
/**
 * Fields at least this strong make enterprises similar: every field related to the question, down to
 * the siblings of the enterprise's own fields, but not the weaker relatives of those.
 */
const SIMILAR_FIELD = DOMAIN_RELATION_STRENGTH.sibling * ENTERPRISE_FIELDS_WITH_NEED;
const HUB_KINDS: ReadonlySet<NodeKind> = new Set(['Region', 'Domain', 'Programme']);
/** Relationships that tie an entity to a district: pointing at it, and leaving it. */
const LOCAL_IN: readonly RelKind[] = ['LOCATED_IN', 'ADVISES', 'COOPERATES_WITH'];
const LOCAL_OUT: readonly RelKind[] = ['RECRUITED', 'COOPERATES_WITH', 'HOSTS'];
const BUREAU_RELS: readonly RelKind[] = ['COOPERATES_WITH', 'ADVISES'];

interface Reach {
  readonly strength: number;
  readonly path: EvidencePath;
}

const other = (edge: Link, id: string) => (edge.from === id ? edge.to : edge.from);
const extend = (path: EvidencePath, edge: Link, node: string): EvidencePath => ({
  nodes: [...path.nodes, node],
  edges: [...path.edges, edge.id],
});
/** Integer thousandths, so that weights add up alike on every backend. */
const thousandths = (strength: number) => Math.round(strength * 1000);

/** Keeps the stronger of two reaches (the first offered on a tie; callers offer in a fixed order). */
function offer(map: Map<string, Reach>, id: string, reach: Reach): void {
  const known = map.get(id);
  if (!known || reach.strength > known.strength) map.set(id, reach);
}

interface Evidence {
  add(id: string, reach: Reach, times?: number): void;
  value(id: string): number;
  path(id: string): EvidencePath | undefined;
  ids(): string[];
}

/** Several independent pieces of evidence combine as a noisy-or: 1 − Π(1 − sᵢ). */
function noisyOr(): Evidence {
  const misses = new Map<string, number>();
  const best = new Map<string, Reach>();
  return {
    add(id, reach, times = 1) {
      misses.set(id, (misses.get(id) ?? 1) * (1 - Math.min(1, reach.strength)) ** times);
      offer(best, id, reach);
    },
    value: (id) => 1 - (misses.get(id) ?? 1),
    path: (id) => best.get(id)?.path,
    ids: () => [...misses.keys()],
  };
}

function validate(query: RecommendQuery): void {
  if (!query.enterpriseId && !query.need?.trim()) {
    throw new AppError('BAD_INPUT', '请选择企业或填写需求 / give an enterprise or a need', {
      argument: 'enterpriseId',
    });
  }
  if (query.limit < 1 || query.limit > MAX_RECOMMENDATIONS) {
    throw new AppError(
      'BAD_INPUT',
      `limit 必须在 1 到 ${MAX_RECOMMENDATIONS} 之间 / limit must be between 1 and ${MAX_RECOMMENDATIONS}`,
      { argument: 'limit' },
    );
  }
  if ((query.need ?? '').length > 200) {
    throw new AppError(
      'BAD_INPUT',
      '需求描述太长（最多 200 字） / the need is too long (200 characters at most)',
      {
        argument: 'need',
      },
    );
  }
}

/** Domains named in a need's text: 硼烷 医药中间体 → 硼烷, 医药中间体. */
async function domainsOfText(store: GraphStore, text: string): Promise<GraphNode[]> {
  const normal = normalizeName(text);
  const terms = fallbackTerms(text);
  if (terms.length === 0) return [];
  const candidates = await store.searchCandidates({ terms, mode: 'any', kinds: ['Domain'], limit: 200 });
  return candidates.filter((domain) =>
    [domain.name, ...domain.aliases].some((name) => {
      const key = normalizeName(name);
      return (
        key.length >= 2 && (normal.includes(key) || terms.some((term) => term.length >= 2 && key === term))
      );
    }),
  );
}

export async function recommendPartners(store: GraphStore, query: RecommendQuery): Promise<RecommendResult> {
  validate(query);
  const wanted = new Set<NodeKind>(query.kinds.length > 0 ? query.kinds : DEFAULT_CANDIDATE_KINDS);
  const wantedKinds = [...wanted].sort(byId);
  const need = query.need?.trim() ?? '';

  // 1. The enterprise and its surroundings.
  const around = query.enterpriseId ? await enterpriseAround(store, query.enterpriseId) : null;
  const anchor = around?.anchor ?? null;
  const x = anchor?.id ?? '';
  const anchorKinds = new Map((around?.links ?? []).map((item) => [item.far, item.kind]));
  const anchorLinks = (around?.links ?? []).map((item) => item.link);
  const kindOf = new Map<string, NodeKind>(anchorKinds);
  const known = (ids: Iterable<string>): Known[] =>
    [...ids].flatMap((id) => {
      const kind = kindOf.get(id);
      return kind ? [{ id, kind }] : [];
    });
  const neighboursOf = (kind: RelKind) => anchorLinks.filter((edge) => edge.kind === kind);
  const existing = new Set(neighboursOf('COOPERATES_WITH').map((edge) => other(edge, x)));
  const start: EvidencePath = { nodes: anchor ? [x] : [], edges: [] };

  // 2. The fields wanted: the need's, the enterprise's, its projects' and needs'.
  const origins = new Map<string, Reach>();
  const ownWeight = need ? ENTERPRISE_FIELDS_WITH_NEED : 1;
  for (const edge of neighboursOf('IN_DOMAIN'))
    offer(origins, edge.to, { strength: ownWeight, path: extend(start, edge, edge.to) });
  const work = [...neighboursOf('PARTICIPATES_IN'), ...neighboursOf('HAS_NEED')];
  for (const item of await linksAround(
    store,
    known(work.map((edge) => edge.to)),
    ['IN_DOMAIN', 'PARTICIPATES_IN'],
    NODE_KINDS,
    x,
  )) {
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
  const needFields = need ? await domainsOfText(store, need) : [];
  for (const domain of needFields)
    offer(origins, domain.id, { strength: 1, path: { nodes: [domain.id], edges: [] } });

  // 3. The domain hierarchy around them: broader, narrower and sibling fields count too.
  const fields = new Map(origins);
  const tree = await linksAround(
    store,
    [...origins.keys()].map((id) => ({ id, kind: 'Domain' as const })),
    ['SUBFIELD_OF'],
    ['Domain'],
    x,
  );
  const parents: Array<{ parent: string; reach: Reach; via: Link }> = [];
  for (const { link: edge } of tree) {
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
  const siblings = await store.features('neighbours-in', {
    given: [...new Set(parents.map((p) => p.parent))].map((id) => ({ kind: 'Domain' as const, id })),
    rels: ['SUBFIELD_OF'],
    kinds: ['Domain'],
    anchor: x,
    limit: CAP,
  });
  for (const row of siblings) {
    for (const { parent, reach, via } of parents) {
      if (row.from !== parent || origins.has(row.id)) continue;
      const path = extend(extend(reach.path, via, parent), link('SUBFIELD_OF', row.id, parent), row.id);
      offer(fields, row.id, { strength: reach.strength * DOMAIN_RELATION_STRENGTH.sibling, path });
    }
  }

  // 4–6. Candidate generation in the store, one query per signal.
  const scope = { anchor: x, kinds: wantedKinds, limit: PER_SIGNAL };
  const weightedFields = [...fields]
    .map(([id, reach]) => ({ id, weight: thousandths(reach.strength) }))
    .sort((a, b) => byId(a.id, b.id));
  // Enterprises are similar when they work in the wanted fields or next to them in the hierarchy.
  const similarFields = [...fields]
    .filter(([, reach]) => reach.strength >= SIMILAR_FIELD)
    .map(([id]) => id)
    .sort(byId);
  const middles = anchorLinks.filter((edge) => {
    const kind = anchorKinds.get(other(edge, x));
    return kind !== undefined && !HUB_KINDS.has(kind);
  });
  const middleIds = [...new Set(middles.map((edge) => other(edge, x)))].sort(byId);
  const home = neighboursOf('LOCATED_IN');
  const homeIds = home.map((edge) => edge.to);
  const localKinds = [...wantedKinds.filter((kind) => kind !== 'Enterprise'), 'Agency' as const];
  /** Who is linked to the enterprise's district(s), one direction at a time. */
  const aroundHome = (
    name: 'neighbours-in' | 'neighbours-out',
    rels: readonly RelKind[],
    kinds: readonly NodeKind[],
  ) =>
    store.features(name, {
      ...scope,
      given: homeIds.map((id) => ({ kind: 'Region' as const, id })),
      rels,
      kinds,
      limit: CAP,
    });
  const [direct, viaProjects, helpedRows, helpedViaProjects, neighbours, localIn, localOut, upper] =
    await Promise.all([
      store.features('field-candidates', { ...scope, fields: weightedFields }),
      store.features('field-candidates-via-projects', { ...scope, fields: weightedFields }),
      store.features('similar-helped', { ...scope, fields: similarFields }),
      store.features('similar-helped-via-projects', { ...scope, fields: similarFields }),
      linksAround(store, known(middleIds), NETWORK_RELS, wantedKinds, x),
      aroundHome('neighbours-in', LOCAL_IN, localKinds),
      aroundHome('neighbours-out', LOCAL_OUT, localKinds),
      aroundHome('neighbours-out', ['LOCATED_IN'], ['Region']),
    ]);
  for (const row of [...direct, ...viaProjects, ...helpedRows, ...helpedViaProjects, ...localIn, ...localOut])
    kindOf.set(row.id, row.kind);
  for (const item of neighbours) kindOf.set(item.far, item.kind);

  // 4. Who works in those fields, directly or through projects.
  const domain = noisyOr();
  for (const row of direct) {
    for (const field of [...row.fields].sort(byId)) {
      const reach = fields.get(field);
      if (reach)
        domain.add(row.id, {
          strength: reach.strength,
          path: extend(reach.path, link('IN_DOMAIN', row.id, field), row.id),
        });
    }
  }
  for (const row of viaProjects) {
    const pairs = row.fields.map((field, i) => ({ field, project: row.projects?.[i] ?? '' }));
    for (const { field, project } of pairs.sort((a, b) => byId(a.field + a.project, b.field + b.project))) {
      const reach = fields.get(field);
      if (!reach || !project) continue;
      const toProject = extend(reach.path, link('IN_DOMAIN', project, field), project);
      domain.add(row.id, {
        strength: reach.strength * VIA_PROJECT,
        path: extend(toProject, link('PARTICIPATES_IN', row.id, project), row.id),
      });
    }
  }

  // 5. Whom enterprises in the same fields already work with.
  const helped = noisyOr();
  for (const row of helpedRows) {
    const reach = fields.get(row.field);
    if (!reach) continue;
    const path = extend(
      extend(reach.path, link('IN_DOMAIN', row.example, row.field), row.example),
      link('COOPERATES_WITH', row.example, row.id),
      row.id,
    );
    helped.add(row.id, { strength: reach.strength, path }, row.helped);
  }
  for (const row of helpedViaProjects) {
    const reach = fields.get(row.field);
    if (!reach || !row.project) continue;
    const toProject = extend(reach.path, link('IN_DOMAIN', row.project, row.field), row.project);
    const path = extend(
      extend(toProject, link('PARTICIPATES_IN', row.example, row.project), row.example),
      link('COOPERATES_WITH', row.example, row.id),
      row.id,
    );
    helped.add(row.id, { strength: reach.strength * VIA_PROJECT, path }, row.helped);
  }

  // 6. Shared neighbours through people, platforms, projects and partners (Adamic–Adar).
  const network = new Map<string, { score: number; path: EvidencePath }>();
  const firstLink = new Map(middles.map((edge) => [other(edge, x), edge]));
  // A middle's degree, as far as it matters here: its links to candidates of the wanted kinds.
  const middleDegree = new Map<string, number>();
  for (const item of neighbours) middleDegree.set(item.near, (middleDegree.get(item.near) ?? 0) + 1);
  for (const item of neighbours.sort((a, b) => byId(a.link.id, b.link.id))) {
    const first = firstLink.get(item.near);
    if (!first || item.far === x) continue;
    const known = network.get(item.far);
    network.set(item.far, {
      score: (known?.score ?? 0) + 1 / Math.log(2 + (middleDegree.get(item.near) ?? 1)),
      path: known?.path ?? { nodes: [x, item.near, item.far], edges: [first.id, item.link.id] },
    });
  }
  // Current partners, when asked for, are the closest connection of all.
  if (query.includeExisting) {
    for (const edge of neighboursOf('COOPERATES_WITH')) {
      const partner = other(edge, x);
      const kind = anchorKinds.get(partner);
      if (!kind || !wanted.has(kind)) continue;
      network.set(partner, {
        score: (network.get(partner)?.score ?? 0) + 1,
        path: { nodes: [x, partner], edges: [edge.id] },
      });
    }
  }

  // 7. The district's own network: who is located in, serves or was brought to the enterprise's
  // district, and whom its science bureau already works with.
  const local = new Map<string, Reach>();
  const agencies: Array<{ id: string; path: EvidencePath }> = [];
  const homeLink = new Map(home.map((edge) => [edge.to, edge]));
  const districtLinks = [
    ...localIn.map((row) => ({ row, edge: link(row.rel, row.id, row.from) })),
    ...localOut.map((row) => ({ row, edge: link(row.rel, row.from, row.id) })),
  ].sort((a, b) => byId(a.edge.id, b.edge.id));
  for (const { row, edge } of districtLinks) {
    const toHome = homeLink.get(row.from);
    if (!toHome) continue;
    const path = { nodes: [x, row.from, row.id], edges: [toHome.id, edge.id] };
    if (row.kind === 'Agency') agencies.push({ id: row.id, path });
    else offer(local, row.id, { strength: 1, path });
  }
  for (const item of (
    await linksAround(
      store,
      agencies.map((a) => ({ id: a.id, kind: 'Agency' as const })),
      BUREAU_RELS,
      wantedKinds,
      x,
    )
  ).sort((a, b) => byId(a.link.id, b.link.id))) {
    const agency = agencies.find((a) => a.id === item.near);
    kindOf.set(item.far, item.kind);
    if (agency)
      offer(local, item.far, { strength: BUREAU_PARTNER, path: extend(agency.path, item.link, item.far) });
  }

  // 8. Names and keywords that contain the need's words.
  const textual = need
    ? await store.searchCandidates({
        terms: fallbackTerms(need),
        mode: 'any',
        kinds: wantedKinds,
        limit: SHORTLIST,
      })
    : [];
  for (const node of textual) kindOf.set(node.id, node.kind);

  const excluded = (id: string) => id === x || (!query.includeExisting && existing.has(id));
  const candidateIds = [
    ...new Set([
      ...domain.ids(),
      ...helped.ids(),
      ...network.keys(),
      ...textual.map((node) => node.id),
      ...local.keys(),
    ]),
  ].filter((id) => !excluded(id));
  // Enrich only the most promising candidates: a field shared by thousands must not cost thousands of
  // lookups. The shortlist keeps every text hit and the best by the signals already known.
  const textIds = new Set(textual.map((node) => node.id));
  const evident = (id: string) =>
    SIGNAL_WEIGHTS.domain * domain.value(id) +
    SIGNAL_WEIGHTS.similarHelped * helped.value(id) +
    SIGNAL_WEIGHTS.network * (1 - Math.exp(-(network.get(id)?.score ?? 0))) +
    SIGNAL_WEIGHTS.proximity * (local.get(id)?.strength ?? 0);
  const byEvidence = candidateIds.sort((a, b) => evident(b) - evident(a) || byId(a, b));
  const shortlist = [
    ...new Set([...byEvidence.slice(0, SHORTLIST), ...byEvidence.filter((id) => textIds.has(id))]),
  ].sort(byId);
  if (shortlist.length === 0) {
    return { anchor, fields: await store.getNodes(needFields.map((d) => d.id)), recommendations: [] };
  }

  // 9. Track record and proximity of each candidate.
  const cities = upper.map((row) => ({ district: row.from, city: row.id }));
  const places = [...homeIds, ...cities.map((c) => c.city)].sort(byId);
  const [facts, fieldFacts] = await Promise.all([
    factsOf(store, known(shortlist), places),
    factsOf(
      store,
      [...origins.keys()].sort(byId).map((id) => ({ id, kind: 'Domain' as const })),
      [],
    ),
  ]);
  const placeRows = [...facts].flatMap(([id, fact]) => fact.places.map((item) => ({ id, ...item })));
  const nodes = new Map([...facts].map(([id, fact]) => [id, fact.node]));
  const record = new Map([...facts].map(([id, fact]) => [id, fact.record]));
  const fieldNodes = [...fieldFacts.values()].map((fact) => fact.node);
  const proximity = new Map<string, Reach>(local);
  for (const row of placeRows.sort((a, b) => byId(a.id + a.place + a.rel, b.id + b.place + b.rel))) {
    const edge = link(row.rel, row.id, row.place);
    const toHome = homeLink.get(row.place);
    if (toHome) {
      offer(proximity, row.id, {
        strength: 1,
        path: { nodes: [x, row.place, row.id], edges: [toHome.id, edge.id] },
      });
      continue;
    }
    const city = cities.find((c) => c.city === row.place);
    const homeEdge = city && homeLink.get(city.district);
    if (city && homeEdge) {
      offer(proximity, row.id, {
        strength: 0.5,
        path: {
          nodes: [x, city.district, row.place, row.id],
          edges: [homeEdge.id, edgeId('LOCATED_IN', city.district, row.place), edge.id],
        },
      });
    }
  }

  // 10. Text coverage, then score and explain.
  const wantedText =
    need ||
    [anchor?.description ?? '', ...(anchor?.keywords ?? []), ...fieldNodes.map((f) => f.name)].join(' ');
  const wantedTokens = textTokens(wantedText);
  const features: CandidateFeatures[] = shortlist.map((id) => {
    const node = nodes.get(id);
    const offered = textTokens(
      [node?.name ?? '', ...(node?.keywords ?? []), node?.description ?? ''].join(' '),
    );
    const networkScore = network.get(id)?.score ?? 0;
    const values: Partial<Record<Signal, number>> = {
      domain: domain.value(id),
      text: tokenCoverage(wantedTokens, offered),
      similarHelped: helped.value(id),
      network: 1 - Math.exp(-networkScore),
      trackRecord: Math.min(1, Math.log1p(record.get(id) ?? 0) / Math.log1p(30)),
      proximity: proximity.get(id)?.strength ?? 0,
    };
    const single = { nodes: [id], edges: [] };
    const paths: Partial<Record<Signal, EvidencePath>> = {
      ...(domain.path(id) ? { domain: domain.path(id) } : {}),
      text: single,
      ...(helped.path(id) ? { similarHelped: helped.path(id) } : {}),
      ...(network.get(id) ? { network: network.get(id)?.path } : {}),
      trackRecord: single,
      ...(proximity.get(id) ? { proximity: proximity.get(id)?.path } : {}),
    };
    // Being nearby or busy helps a relevant candidate; on its own it is a weak hint, and a
    // neighbouring enterprise with nothing in common is no answer at all.
    const relevance = Math.max(...RELEVANCE_SIGNALS.map((signal) => values[signal] ?? 0));
    if (relevance < RELEVANCE_THRESHOLD) {
      if (node?.kind === 'Enterprise') return { id, values: {}, paths: {} };
      values.proximity = (values.proximity ?? 0) * SUPPORT_WITHOUT_RELEVANCE;
      values.trackRecord = (values.trackRecord ?? 0) * SUPPORT_WITHOUT_RELEVANCE;
    } else {
      // Size and nearness matter in proportion to relevance: a big, near institution in another
      // field is not a better answer than a small one in the right field.
      values.proximity = (values.proximity ?? 0) * relevance;
      values.trackRecord = (values.trackRecord ?? 0) * relevance;
    }
    return { id, values, paths };
  });
  const ranked = scoreCandidates(features).slice(0, query.limit);
  return {
    anchor,
    fields: fieldNodes,
    recommendations: ranked.flatMap((scored) => {
      const node = nodes.get(scored.id);
      return node ? [{ ...scored, node }] : [];
    }),
  };
}

export function candidateKinds(kinds: readonly NodeKind[] | null | undefined): NodeKind[] {
  return kinds && kinds.length > 0
    ? kinds.filter((kind) => NODE_KINDS.includes(kind))
    : [...DEFAULT_CANDIDATE_KINDS];
}
