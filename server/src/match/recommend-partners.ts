/**
 * "Who could help company X": candidates and their signals are gathered from the store by
 * traversals (the same `edgesOf` queries on every backend), then scored and explained by the pure
 * score-candidates.ts with the weights of signal-weights.ts. Works from an enterprise, a typed need
 * (硼烷 医药中间体), or both.
 */
import { AppError } from '../domain/app-error.ts';
import { NODE_KINDS, type NodeKind } from '../domain/node-kinds.ts';
import { normalizeName } from '../domain/normalize-name.ts';
import type { GraphEdge, GraphNode } from '../domain/records.ts';
import { REL_KINDS, type RelKind } from '../domain/relationship-kinds.ts';
import { fallbackTerms } from '../search/search-entities.ts';
import type { GraphStore } from '../store/graph-store.ts';
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

/** Most relationships read per traversal step; hubs beyond it are sampled, never exhausted. */
const CAP = 5_000;
const NETWORK_RELS: readonly RelKind[] = [
  'COOPERATES_WITH',
  'WORKS_AT',
  'HOSTS',
  'PARTICIPATES_IN',
  'PART_OF',
  'ADVISES',
  'RECRUITED',
];
const RECORD_RELS: readonly RelKind[] = [
  'COOPERATES_WITH',
  'PARTICIPATES_IN',
  'IN_PROGRAMME',
  'HOSTS',
  'ADVISES',
];
/** Candidates enriched with track record and proximity, best by the cheaper signals first. */
const SHORTLIST = 300;
const HUB_KINDS: ReadonlySet<NodeKind> = new Set(['Region', 'Domain', 'Programme']);
const LOCAL_RELS: readonly RelKind[] = ['LOCATED_IN', 'ADVISES', 'RECRUITED', 'COOPERATES_WITH', 'HOSTS'];

interface Reach {
  readonly strength: number;
  readonly path: EvidencePath;
}

const other = (edge: GraphEdge, id: string) => (edge.from === id ? edge.to : edge.from);
const extend = (path: EvidencePath, edge: GraphEdge, node: string): EvidencePath => ({
  nodes: [...path.nodes, node],
  edges: [...path.edges, edge.id],
});

/** Keeps the stronger of two reaches. */
function offer(map: Map<string, Reach>, id: string, reach: Reach): void {
  const known = map.get(id);
  if (!known || reach.strength > known.strength) map.set(id, reach);
}

interface Evidence {
  add(id: string, reach: Reach): void;
  value(id: string): number;
  path(id: string): EvidencePath | undefined;
  ids(): string[];
}

/** Several independent pieces of evidence combine as a noisy-or: 1 − Π(1 − sᵢ). */
function noisyOr(): Evidence {
  const misses = new Map<string, number>();
  const best = new Map<string, Reach>();
  return {
    add(id, reach) {
      misses.set(id, (misses.get(id) ?? 1) * (1 - Math.min(1, reach.strength)));
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
  const need = query.need?.trim() ?? '';

  // 1. The enterprise and its surroundings.
  let anchor: GraphNode | null = null;
  let anchorEdges: GraphEdge[] = [];
  if (query.enterpriseId) {
    [anchor = null] = await store.getNodes([query.enterpriseId]);
    if (!anchor) {
      throw new AppError(
        'NOT_FOUND',
        `没有编号为 ${query.enterpriseId} 的企业 / no enterprise has the id ${query.enterpriseId}`,
      );
    }
    if (anchor.kind !== 'Enterprise') {
      throw new AppError('BAD_INPUT', `${anchor.name} 不是企业 / ${anchor.name} is not an enterprise`, {
        argument: 'enterpriseId',
      });
    }
    anchorEdges = (await store.edgesOf([anchor.id], REL_KINDS, CAP)).edges;
  }
  const x = anchor?.id ?? '';
  const start: EvidencePath = { nodes: anchor ? [x] : [], edges: [] };
  const anchorKinds = await store.kindsOf(anchorEdges.map((edge) => other(edge, x)));
  const neighboursOf = (kind: RelKind) => anchorEdges.filter((edge) => edge.kind === kind);
  const existing = new Set(neighboursOf('COOPERATES_WITH').map((edge) => other(edge, x)));

  // 2. The fields wanted: the need's, the enterprise's, its projects' and needs'.
  const origins = new Map<string, Reach>();
  const ownWeight = need ? ENTERPRISE_FIELDS_WITH_NEED : 1;
  for (const edge of neighboursOf('IN_DOMAIN'))
    offer(origins, edge.to, { strength: ownWeight, path: extend(start, edge, edge.to) });
  const work = [...neighboursOf('PARTICIPATES_IN'), ...neighboursOf('HAS_NEED')];
  if (work.length > 0) {
    const around = await store.edgesOf(
      work.map((edge) => edge.to),
      ['IN_DOMAIN', 'PARTICIPATES_IN'],
      CAP,
    );
    for (const edge of around.edges) {
      const via = work.find((w) => w.to === edge.from || w.to === edge.to);
      if (!via) continue;
      const path = extend(start, via, via.to);
      if (edge.kind === 'IN_DOMAIN')
        offer(origins, edge.to, { strength: ownWeight * VIA_PROJECT, path: extend(path, edge, edge.to) });
      else if (edge.from !== x) existing.add(edge.from);
    }
  }
  const needFields = need ? await domainsOfText(store, need) : [];
  for (const domain of needFields)
    offer(origins, domain.id, { strength: 1, path: { nodes: [domain.id], edges: [] } });

  // 3. The domain hierarchy around them: broader, narrower and sibling fields count too.
  const fields = new Map(origins);
  if (origins.size > 0) {
    const tree = (await store.edgesOf([...origins.keys()], ['SUBFIELD_OF'], CAP)).edges;
    const parents: Array<{ parent: string; reach: Reach; via: GraphEdge }> = [];
    for (const edge of tree) {
      const childReach = origins.get(edge.from);
      if (childReach) {
        const reach = {
          strength: childReach.strength * DOMAIN_RELATION_STRENGTH.broader,
          path: extend(childReach.path, edge, edge.to),
        };
        offer(fields, edge.to, reach);
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
    if (parents.length > 0) {
      const siblings = (
        await store.edgesOf(
          parents.map((p) => p.parent),
          ['SUBFIELD_OF'],
          CAP,
        )
      ).edges;
      for (const edge of siblings) {
        for (const { parent, reach, via } of parents) {
          if (edge.to !== parent || origins.has(edge.from)) continue;
          const path = extend(extend(reach.path, via, parent), edge, edge.from);
          offer(fields, edge.from, { strength: reach.strength * DOMAIN_RELATION_STRENGTH.sibling, path });
        }
      }
    }
  }

  // 4. Who works in those fields, directly or through projects; which enterprises are similar.
  const domain = noisyOr();
  const similar = new Map<string, Reach>();
  const fieldLinks =
    fields.size > 0 ? (await store.edgesOf([...fields.keys()], ['IN_DOMAIN'], CAP)).edges : [];
  const linkKinds = await store.kindsOf(fieldLinks.map((edge) => edge.from));
  const projects = new Map<string, Reach>();
  for (const edge of fieldLinks) {
    const reach = fields.get(edge.to);
    const kind = linkKinds.get(edge.from);
    if (!reach || !kind || edge.from === x) continue;
    const found = { strength: reach.strength, path: extend(reach.path, edge, edge.from) };
    if (wanted.has(kind)) domain.add(edge.from, found);
    if (kind === 'Project') offer(projects, edge.from, found);
    if (kind === 'Enterprise') offer(similar, edge.from, found);
  }
  if (projects.size > 0) {
    const participants = (await store.edgesOf([...projects.keys()], ['PARTICIPATES_IN'], CAP)).edges;
    const kinds = await store.kindsOf(participants.map((edge) => edge.from));
    for (const edge of participants) {
      const reach = projects.get(edge.to);
      const kind = kinds.get(edge.from);
      if (!reach || !kind || edge.from === x) continue;
      const found = { strength: reach.strength * VIA_PROJECT, path: extend(reach.path, edge, edge.from) };
      if (wanted.has(kind)) domain.add(edge.from, found);
      if (kind === 'Enterprise') offer(similar, edge.from, found);
    }
  }

  // 5. Whom similar enterprises already work with.
  const helped = noisyOr();
  if (similar.size > 0) {
    const links = (await store.edgesOf([...similar.keys()], ['COOPERATES_WITH'], CAP)).edges;
    const kinds = await store.kindsOf(links.map((edge) => edge.to));
    for (const edge of links) {
      const reach = similar.get(edge.from);
      const kind = kinds.get(edge.to);
      if (!reach || !kind || !wanted.has(kind) || edge.to === x) continue;
      helped.add(edge.to, { strength: reach.strength, path: extend(reach.path, edge, edge.to) });
    }
  }

  // 6. Shared neighbours through people, platforms, projects and partners (Adamic–Adar).
  const network = new Map<string, { score: number; path: EvidencePath }>();
  const middles = anchorEdges.filter((edge) => {
    const kind = anchorKinds.get(other(edge, x));
    return kind !== undefined && !HUB_KINDS.has(kind);
  });
  if (middles.length > 0) {
    const links = (
      await store.edgesOf(
        middles.map((edge) => other(edge, x)),
        NETWORK_RELS,
        CAP,
      )
    ).edges;
    const degree = new Map<string, number>();
    for (const edge of links)
      for (const id of [edge.from, edge.to]) degree.set(id, (degree.get(id) ?? 0) + 1);
    const kinds = await store.kindsOf(links.flatMap((edge) => [edge.from, edge.to]));
    for (const first of middles) {
      const middle = other(first, x);
      for (const edge of links) {
        if (edge.from !== middle && edge.to !== middle) continue;
        const candidate = other(edge, middle);
        const kind = kinds.get(candidate);
        if (candidate === x || !kind || !wanted.has(kind)) continue;
        const known = network.get(candidate);
        const add = 1 / Math.log(2 + (degree.get(middle) ?? 1));
        network.set(candidate, {
          score: (known?.score ?? 0) + add,
          path: known?.path ?? { nodes: [x, middle, candidate], edges: [first.id, edge.id] },
        });
      }
    }
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

  // 7. Names and keywords that contain the need's words.
  const textual = need
    ? await store.searchCandidates({
        terms: fallbackTerms(need),
        mode: 'any',
        kinds: [...wanted],
        limit: 200,
      })
    : [];

  // 8. The district's own network: who is located in, serves or was brought to the enterprise's
  // district, and whom its science bureau already works with.
  const home = neighboursOf('LOCATED_IN');
  const local = new Map<string, Reach>();
  if (home.length > 0) {
    const around = (
      await store.edgesOf(
        home.map((edge) => edge.to),
        LOCAL_RELS,
        CAP,
      )
    ).edges;
    const aroundKinds = await store.kindsOf(around.flatMap((edge) => [edge.from, edge.to]));
    const agencies: Array<{ id: string; path: EvidencePath }> = [];
    for (const edge of around) {
      const homeEdge = home.find((h) => h.to === edge.from || h.to === edge.to);
      if (!homeEdge) continue;
      const place = homeEdge.to;
      const candidate = other(edge, place);
      const kind = aroundKinds.get(candidate);
      const path = { nodes: [x, place, candidate], edges: [homeEdge.id, edge.id] };
      if (kind === 'Agency') agencies.push({ id: candidate, path });
      if (!kind || !wanted.has(kind) || candidate === x) continue;
      offer(local, candidate, { strength: 1, path });
    }
    if (agencies.length > 0) {
      const agencyIds = agencies.map((agency) => agency.id);
      const partners = (await store.edgesOf(agencyIds, ['COOPERATES_WITH', 'ADVISES'], CAP)).edges;
      const partnerKinds = await store.kindsOf(partners.flatMap((edge) => [edge.from, edge.to]));
      for (const edge of partners) {
        const agency = agencies.find((a) => a.id === edge.from || a.id === edge.to);
        if (!agency) continue;
        const partner = other(edge, agency.id);
        const kind = partnerKinds.get(partner);
        if (!kind || !wanted.has(kind)) continue;
        offer(local, partner, { strength: BUREAU_PARTNER, path: extend(agency.path, edge, partner) });
      }
    }
  }

  const excluded = (id: string) => id === x || (!query.includeExisting && existing.has(id));
  const candidateIds = [
    ...new Set([
      ...domain.ids(),
      ...helped.ids(),
      ...network.keys(),
      ...textual.map((node) => node.id),
      ...local.keys(),
    ]),
  ]
    .filter((id) => !excluded(id))
    .sort();
  // Enrich only the most promising candidates: a field shared by thousands must not cost thousands of
  // lookups. The shortlist keeps every text hit and the best by the cheap signals already known.
  const textIds = new Set(textual.map((node) => node.id));
  const cheap = (id: string) =>
    SIGNAL_WEIGHTS.domain * domain.value(id) +
    SIGNAL_WEIGHTS.similarHelped * helped.value(id) +
    SIGNAL_WEIGHTS.network * (1 - Math.exp(-(network.get(id)?.score ?? 0))) +
    SIGNAL_WEIGHTS.proximity * (local.get(id)?.strength ?? 0);
  const shortlist = new Set(
    [...candidateIds].sort((a, b) => cheap(b) - cheap(a) || (a < b ? -1 : 1)).slice(0, SHORTLIST),
  );
  candidateIds.splice(
    0,
    candidateIds.length,
    ...candidateIds.filter((id) => shortlist.has(id) || textIds.has(id)),
  );
  if (candidateIds.length === 0) {
    return { anchor, fields: await store.getNodes(needFields.map((d) => d.id)), recommendations: [] };
  }

  // 9. Track record and proximity of each candidate.
  const nodes = new Map((await store.getNodes(candidateIds)).map((node) => [node.id, node]));
  const record = new Map<string, number>();
  for (const edge of (await store.edgesOf(candidateIds, RECORD_RELS, CAP * 4)).edges) {
    for (const id of [edge.from, edge.to]) if (nodes.has(id)) record.set(id, (record.get(id) ?? 0) + 1);
  }
  const proximity = new Map<string, Reach>(local);
  if (anchor && home.length > 0) {
    const homeIds = new Set(home.map((edge) => edge.to));
    const upper = (await store.edgesOf([...homeIds], ['LOCATED_IN'], CAP)).edges.filter((edge) =>
      homeIds.has(edge.from),
    );
    const links = (await store.edgesOf(candidateIds, ['LOCATED_IN', 'ADVISES'], CAP * 4)).edges;
    for (const edge of links) {
      const candidate = nodes.has(edge.from) ? edge.from : edge.to;
      const place = other(edge, candidate);
      const toHome = home.find((h) => h.to === place);
      if (toHome || place === x) {
        const path = toHome
          ? { nodes: [x, place, candidate], edges: [toHome.id, edge.id] }
          : { nodes: [x, candidate], edges: [edge.id] };
        offer(proximity, candidate, { strength: 1, path });
        continue;
      }
      const toCity = upper.find((u) => u.to === place);
      const homeEdge = toCity && home.find((h) => h.to === toCity.from);
      if (toCity && homeEdge) {
        offer(proximity, candidate, {
          strength: 0.5,
          path: { nodes: [x, toCity.from, place, candidate], edges: [homeEdge.id, toCity.id, edge.id] },
        });
      }
    }
  }

  // 10. Text coverage, then score and explain.
  const fieldNodes = await store.getNodes([...origins.keys()]);
  const wantedText =
    need ||
    [anchor?.description ?? '', ...(anchor?.keywords ?? []), ...fieldNodes.map((f) => f.name)].join(' ');
  const wantedTokens = textTokens(wantedText);
  const features: CandidateFeatures[] = candidateIds.map((id) => {
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
