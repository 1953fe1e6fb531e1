/**
 * Steps 8–10 of a recommendation, pure: the shortlist (every text hit and the best by the evidence known
 * so far), then, with the shortlisted candidates' facts read, proximity (same district or city), text
 * coverage, the relevance rules, scores and evidence, and the subgraph every evidence path runs through.
 */
import { edgeId, type GraphEdge, type GraphNode, type NodeKind, type Subgraph } from '#model';
import type { CandidateFacts } from '../store/index.ts';
import {
  scoreCandidates,
  type CandidateFeatures,
  type EvidencePath,
  type ScoredCandidate,
} from './score-candidates.ts';
import {
  RELEVANCE_SIGNALS,
  RELEVANCE_THRESHOLD,
  SIGNAL_WEIGHTS,
  SUPPORT_WITHOUT_RELEVANCE,
  type Signal,
} from './signal-weights.ts';
import { textTokens, tokenCoverage } from './text-tokens.ts';
import type { District } from './candidate-signals.ts';
import type { QuestionFrame } from './question-fields.ts';
import { byId, offer, type Evidence, type Reach } from './reach.ts';

/** Candidates enriched with track record, proximity and text, best by the signals already known. */
export const SHORTLIST = 60;

/** What steps 4–8 found for one question. */
export interface Signals {
  readonly domain: Evidence;
  readonly helped: Evidence;
  readonly network: ReadonlyMap<string, { score: number; path: EvidencePath }>;
  readonly district: District;
  readonly textual: ReadonlyArray<{ id: string; kind: NodeKind }>;
  /** The kind of every entity met on the way (evidence paths' entities included). */
  readonly kinds: ReadonlyMap<string, NodeKind>;
}

/** Step 8: the candidates worth reading in detail. */
export function shortlistOf(frame: QuestionFrame, signals: Signals, includeExisting: boolean): string[] {
  const { domain, helped, network, district, textual } = signals;
  const excluded = (id: string) => id === frame.x || (!includeExisting && frame.existing.has(id));
  const candidateIds = [
    ...new Set([
      ...domain.ids(),
      ...helped.ids(),
      ...network.keys(),
      ...textual.map((node) => node.id),
      ...district.local.keys(),
    ]),
  ].filter((id) => !excluded(id));
  // A field shared by thousands must not cost thousands of lookups. The shortlist keeps every text hit
  // and the best by the signals already known.
  const textIds = new Set(textual.map((node) => node.id));
  const evident = (id: string) =>
    SIGNAL_WEIGHTS.domain * domain.value(id) +
    SIGNAL_WEIGHTS.similarHelped * helped.value(id) +
    SIGNAL_WEIGHTS.network * (1 - Math.exp(-(network.get(id)?.score ?? 0))) +
    SIGNAL_WEIGHTS.proximity * (district.local.get(id)?.strength ?? 0);
  const byEvidence = candidateIds.sort((a, b) => evident(b) - evident(a) || byId(a, b));
  return [
    ...new Set([...byEvidence.slice(0, SHORTLIST), ...byEvidence.filter((id) => textIds.has(id))]),
  ].sort(byId);
}

/** Every entity an evidence path of a shortlisted candidate could show, so one read brings them all. */
export function evidenceRefs(
  frame: QuestionFrame,
  signals: Signals,
  shortlist: readonly string[],
): Array<{ id: string; kind?: NodeKind }> {
  const ids = new Set<string>([...shortlist, ...frame.origins.keys()]);
  if (frame.x) ids.add(frame.x);
  for (const edge of signals.district.homes) ids.add(edge.to);
  for (const { city } of signals.district.cities) ids.add(city);
  for (const id of shortlist)
    for (const path of [
      signals.domain.path(id),
      signals.helped.path(id),
      signals.network.get(id)?.path,
      signals.district.local.get(id)?.path,
    ])
      for (const node of path?.nodes ?? []) ids.add(node);
  return [...ids].sort(byId).map((id) => {
    const kind = signals.kinds.get(id);
    return kind ? { id, kind } : { id };
  });
}

/** Step 9: proximity from where the shortlisted candidates are (LOCATED_IN, ADVISES a district or city). */
function proximityOf(
  frame: QuestionFrame,
  district: District,
  facts: ReadonlyMap<string, CandidateFacts>,
  shortlist: readonly string[],
): Map<string, Reach> {
  const homeLink = new Map(district.homes.map((edge) => [edge.to, edge]));
  const places = new Set([...homeLink.keys(), ...district.cities.map((c) => c.city)]);
  const placeRows = shortlist.flatMap((id) =>
    (facts.get(id)?.out ?? [])
      .filter(
        (edge) =>
          (edge.kind === 'LOCATED_IN' || edge.kind === 'ADVISES') &&
          edge.toKind === 'Region' &&
          places.has(edge.to),
      )
      .map((edge) => ({ id, place: edge.to, rel: edge.kind })),
  );
  const proximity = new Map<string, Reach>(district.local);
  for (const row of placeRows.sort((a, b) => byId(a.id + a.place + a.rel, b.id + b.place + b.rel))) {
    const edge = edgeId(row.rel, row.id, row.place);
    const toHome = homeLink.get(row.place);
    if (toHome) {
      offer(proximity, row.id, {
        strength: 1,
        path: { nodes: [frame.x, row.place, row.id], edges: [toHome.id, edge] },
      });
      continue;
    }
    const city = district.cities.find((c) => c.city === row.place);
    const homeEdge = city && homeLink.get(city.district);
    if (city && homeEdge) {
      offer(proximity, row.id, {
        strength: 0.5,
        path: {
          nodes: [frame.x, city.district, row.place, row.id],
          edges: [homeEdge.id, edgeId('LOCATED_IN', city.district, row.place), edge],
        },
      });
    }
  }
  return proximity;
}

/**
 * Step 10, first half: each shortlisted candidate's signal values (text coverage and the relevance rules
 * applied) and the path that shows each signal on the map. The ranking model reads the paths and the
 * text coverage from here (rank-by-model.ts).
 */
export function shortlistFeatures(
  frame: QuestionFrame,
  signals: Signals,
  shortlist: readonly string[],
  facts: ReadonlyMap<string, CandidateFacts>,
  need: string,
): CandidateFeatures[] {
  const { domain, helped, network } = signals;
  const proximity = proximityOf(frame, signals.district, facts, shortlist);
  const fieldNodes = [...frame.origins.keys()].sort(byId).flatMap((id) => {
    const node = facts.get(id)?.node;
    return node ? [node] : [];
  });
  const anchor = frame.anchor;
  const wantedText =
    need ||
    [anchor?.description ?? '', ...(anchor?.keywords ?? []), ...fieldNodes.map((f) => f.name)].join(' ');
  const wantedTokens = textTokens(wantedText);
  return shortlist.map((id): CandidateFeatures => {
    const fact = facts.get(id);
    const node = fact?.node;
    const offered = textTokens(
      [node?.name ?? '', ...(node?.keywords ?? []), node?.description ?? ''].join(' '),
    );
    const values: Partial<Record<Signal, number>> = {
      domain: domain.value(id),
      text: tokenCoverage(wantedTokens, offered),
      similarHelped: helped.value(id),
      network: 1 - Math.exp(-(network.get(id)?.score ?? 0)),
      trackRecord: Math.min(1, Math.log1p(fact?.record ?? 0) / Math.log1p(30)),
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
}

/** Step 10: text coverage, the relevance rules, then scores with their explanations. */
export function scoreShortlist(
  frame: QuestionFrame,
  signals: Signals,
  shortlist: readonly string[],
  facts: ReadonlyMap<string, CandidateFacts>,
  need: string,
): ScoredCandidate[] {
  return scoreCandidates(shortlistFeatures(frame, signals, shortlist, facts, need));
}

/** The entities and relationships of the given evidence paths, from the facts read for them. */
export function evidenceSubgraph(
  paths: ReadonlyArray<{ readonly nodes: readonly string[]; readonly edges: readonly string[] }>,
  facts: ReadonlyMap<string, CandidateFacts>,
): Subgraph {
  const nodeIds = [...new Set(paths.flatMap((path) => path.nodes))];
  const edgeIds = new Set(paths.flatMap((path) => path.edges));
  const nodes: GraphNode[] = nodeIds.flatMap((id) => {
    const node = facts.get(id)?.node;
    return node ? [node] : [];
  });
  const edges = new Map<string, GraphEdge>();
  for (const id of nodeIds)
    for (const edge of facts.get(id)?.out ?? [])
      if (edgeIds.has(edge.id) && !edges.has(edge.id))
        edges.set(edge.id, {
          id: edge.id,
          kind: edge.kind,
          from: edge.from,
          to: edge.to,
          props: edge.props,
          sources: edge.sources,
        });
  return { nodes, edges: [...edges.values()], truncated: false };
}
