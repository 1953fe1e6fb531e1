/**
 * "Who could help company X": from an enterprise, a typed need (硼烷 医药中间体), or both. The walks
 * around the enterprise and its candidates are done on the graph's snapshot (index-anchors.ts,
 * index-signals.ts; questions about an enterprise are ranked there by the model, rank-by-model.ts); the
 * store's reads are all in recommender-reads.ts (a fixed handful of statements, for any number of
 * questions asked together). Each step between them is pure: the question's fields (question-fields.ts),
 * each candidate's evidence (candidate-signals.ts), the shortlist, proximity, text and scores
 * (score-shortlist.ts, with the weights of signal-weights.ts). Deterministic: ties are broken by id on
 * every backend.
 */
import { AppError, NODE_KINDS, type GraphNode, type NodeKind, type RelKind, type Subgraph } from '#model';
import type { CandidateFacts, GraphStore } from '../store/index.ts';
import {
  addBureauPartners,
  type District,
  districtOf,
  domainEvidence,
  fieldCandidates,
  fieldCandidatesViaProjects,
  helpedCandidates,
  helpedCandidatesViaProjects,
  helpedEvidence,
  networkEvidence,
} from './candidate-signals.ts';
import { frameQuestion, type QuestionFrame } from './question-fields.ts';
import { indexSignals } from './index-signals.ts';
import { byId, thousandths } from './reach.ts';
import {
  readContext,
  readFacts,
  type ReadQuestion,
  type SignalPlan,
  type SignalRows,
} from './recommender-reads.ts';
import type { ScoredCandidate } from './score-candidates.ts';
import {
  evidenceRefs,
  evidenceSubgraph,
  scoreShortlist,
  shortlistFeatures,
  shortlistOf,
  type Signals,
} from './score-shortlist.ts';
import { DEFAULT_RANKING_MODEL } from './learn/default-ranking-model.ts';
import { extractFeatures, type CandidateVector } from './learn/extract-features.ts';
import { graphSnapshot } from './learn/graph-snapshot.ts';
import type { GraphIndex } from './learn/graph-index.ts';
import type { RankingModel } from './learn/ranking-model.ts';
import { modelShortlist, modelSignalWeights, rankByModel } from './rank-by-model.ts';
import {
  DOMAIN_RELATION_STRENGTH,
  ENTERPRISE_FIELDS_WITH_NEED,
  SIGNAL_WEIGHTS,
  type Signal,
} from './signal-weights.ts';

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
  /** Where the candidate is and works: its LOCATED_IN and WORKS_AT relationships. */
  readonly whereabouts: ReadonlyArray<{ readonly kind: RelKind; readonly to: string }>;
}

export interface RecommendResult {
  readonly anchor: GraphNode | null;
  /** The fields the question was read as (enterprise's and need's domains). */
  readonly fields: readonly GraphNode[];
  readonly recommendations: readonly Recommendation[];
  /** Every entity and relationship on an evidence path of the recommendations, ready to draw. */
  readonly evidence: Subgraph;
  /** The degree of every entity in the answer, read with it. */
  readonly degrees: ReadonlyMap<string, number>;
  /** Each signal's weight in the model the answer was ranked by (the sum of its features' weights). */
  readonly signalWeights: Readonly<Record<Signal, number>>;
}

/**
 * Fields at least this strong make enterprises similar: every field related to the question, down to
 * the siblings of the enterprise's own fields, but not the weaker relatives of those.
 */
const SIMILAR_FIELD = DOMAIN_RELATION_STRENGTH.sibling * ENTERPRISE_FIELDS_WITH_NEED;

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
      { argument: 'need' },
    );
  }
}

/** One question, its frame and the evidence found for it between the reads. */
interface Asked {
  readonly query: RecommendQuery;
  readonly read: ReadQuestion;
  readonly frame: QuestionFrame;
  signals?: Signals;
  shortlist?: string[];
  /** The ranking model's features of every candidate, for a question about an enterprise. */
  vectors?: ReadonlyMap<string, CandidateVector>;
}

export interface RecommendOptions {
  /**
   * The ranking model questions about an enterprise are ranked by (default: the shipped one); null ranks
   * by the signal weights alone (signal-weights.ts), as need gaps are: a need's text is what they ask about.
   */
  readonly model?: RankingModel | null;
}

function readQuestion(query: RecommendQuery, index: number): ReadQuestion {
  const wanted = new Set<NodeKind>(query.kinds.length > 0 ? query.kinds : DEFAULT_CANDIDATE_KINDS);
  return {
    key: String(index),
    anchor: query.enterpriseId ?? '',
    need: query.need?.trim() ?? '',
    kinds: [...wanted].sort(byId),
  };
}

/** The kind of every entity the question's rows name, so that the facts read knows each one's table. */
function kindsMet(
  frame: QuestionFrame,
  key: string,
  rows: SignalRows,
  district: District,
): Map<string, NodeKind> {
  const kinds = new Map<string, NodeKind>(frame.anchorKinds);
  if (frame.x) kinds.set(frame.x, 'Enterprise');
  for (const step of frame.beyond) kinds.set(step.id, step.kind);
  for (const id of frame.fields.keys()) kinds.set(id, 'Domain');
  for (const edge of district.homes) kinds.set(edge.to, 'Region');
  for (const { city } of district.cities) kinds.set(city, 'Region');
  for (const row of rows.fields.get(key) ?? []) kinds.set(row.id, row.kind);
  for (const row of rows.helped) {
    kinds.set(row.id, row.kind);
    for (const helper of row.helpers) kinds.set(helper, 'Enterprise');
  }
  for (const row of rows.projects.fieldVia) kinds.set(row.id, row.kind).set(row.project, 'Project');
  for (const row of rows.projects.helpedVia)
    kinds.set(row.id, row.kind).set(row.project, 'Project').set(row.helper, 'Enterprise');
  for (const row of rows.projects.bureau) kinds.set(row.id, row.kind).set(row.agency, 'Agency');
  return kinds;
}

/** Steps 4–7 for one question, from the signal rows read for every question. */
function signalsOf(asked: Asked, rows: SignalRows, plan: SignalPlan): Signals {
  const { frame, read, query } = asked;
  const kindOf = new Map<string, NodeKind>(frame.anchorKinds);
  const district = districtOf(frame, read.kinds, kindOf);
  addBureauPartners(district, rows.projects.bureau, frame.x, kindOf);
  const weights = new Map(plan.weightedFields.map((field) => [field.id, field.weight]));
  const similar = new Set(plan.similarFields);
  return {
    domain: domainEvidence(
      frame,
      fieldCandidates(rows.fields.get(read.key) ?? []),
      fieldCandidatesViaProjects(rows.projects.fieldVia, weights, frame.x),
    ),
    helped: helpedEvidence(
      frame,
      helpedCandidates(rows.helped, similar, frame.x),
      helpedCandidatesViaProjects(rows.projects.helpedVia, similar, frame.x),
    ),
    network: networkEvidence(frame, read.kinds, query.includeExisting, kindOf),
    district,
    textual: [],
    kinds: kindsMet(frame, read.key, rows, district),
  };
}

/** The answer to one question, once the facts of its shortlist are read. */
function answerOf(
  asked: Asked,
  facts: ReadonlyMap<string, CandidateFacts>,
  model: RankingModel | null,
): RecommendResult {
  const { frame, query } = asked;
  const degrees = new Map<string, number>();
  const nodeOf = (id: string) => {
    const fact = facts.get(id);
    if (fact) degrees.set(id, fact.degree);
    return fact?.node;
  };
  if (frame.x) nodeOf(frame.x);
  const shortlist = asked.shortlist ?? [];
  if (!asked.signals || shortlist.length === 0) {
    const fields = frame.needFields.flatMap((domain) => nodeOf(domain.id) ?? []);
    return {
      anchor: frame.anchor,
      fields,
      recommendations: [],
      evidence: { nodes: [], edges: [], truncated: false },
      degrees,
      signalWeights: SIGNAL_WEIGHTS,
    };
  }
  const ranked = (
    asked.vectors && model
      ? rankByModel(
          model,
          asked.vectors,
          shortlistFeatures(frame, asked.signals, shortlist, facts, asked.read.need),
          asked.read.need !== '',
          (id) => asked.signals?.kinds.get(id) ?? facts.get(id)?.node.kind,
        )
      : scoreShortlist(frame, asked.signals, shortlist, facts, asked.read.need)
  ).slice(0, query.limit);
  const recommendations = ranked.flatMap((scored) => {
    const node = nodeOf(scored.id);
    const whereabouts = (facts.get(scored.id)?.out ?? [])
      .filter((edge) => edge.kind === 'LOCATED_IN' || edge.kind === 'WORKS_AT')
      .map((edge) => ({ kind: edge.kind, to: edge.to }));
    return node ? [{ ...scored, node, whereabouts }] : [];
  });
  const fields = [...frame.origins.keys()].sort(byId).flatMap((id) => nodeOf(id) ?? []);
  const evidence = evidenceSubgraph(
    recommendations.flatMap((item) => item.evidence),
    facts,
  );
  for (const node of evidence.nodes) nodeOf(node.id);
  const signalWeights = asked.vectors && model ? modelSignalWeights(model) : SIGNAL_WEIGHTS;
  return { anchor: frame.anchor, fields, recommendations, evidence, degrees, signalWeights };
}

/**
 * Several questions answered together, in the statements of recommender-reads.ts (not a statement more
 * per question). Questions asked together must want the same kinds of candidate.
 */
export async function recommendMany(
  store: GraphStore,
  queries: readonly RecommendQuery[],
  options: RecommendOptions = {},
): Promise<RecommendResult[]> {
  const model = options.model === undefined ? DEFAULT_RANKING_MODEL : options.model;
  for (const query of queries) validate(query);
  const reads = queries.map(readQuestion);
  // Every question is answered on the graph's snapshot (one in-memory index per version of the graph,
  // learn/graph-snapshot.ts): questions about an enterprise are ranked on it, and what the store would
  // walk is found there (index-anchors.ts, index-signals.ts). The store gives the records and the text.
  const snapshotRead = graphSnapshot(store);
  const context = await readContext(store, reads, snapshotRead);
  const asked: Asked[] = queries.map((query, index) => {
    const read = reads[index] as ReadQuestion;
    return {
      query,
      read,
      frame: frameQuestion(context.anchors.get(read.anchor) ?? null, context.tree, read.need),
    };
  });
  const plans = asked.map(({ read, frame }) => ({
    key: read.key,
    anchor: frame.x,
    kinds: read.kinds,
    weightedFields: [...frame.fields]
      .map(([id, reach]) => ({ id, weight: thousandths(reach.strength) }))
      .sort((a, b) => byId(a.id, b.id)),
    similarFields: [...frame.fields]
      .filter(([, reach]) => reach.strength >= SIMILAR_FIELD)
      .map(([id]) => id)
      .sort(byId),
    agencies: districtOf(frame, read.kinds, new Map()).agencies.map((agency) => agency.id),
  }));
  // The shortlist first; the evidence for it alone when every question is about an enterprise.
  const snapshot = await snapshotRead;
  if (model)
    for (const question of asked.filter((each) => each.frame.x)) {
      modelQuestion(question, context.textual.get(question.read.key) ?? [], snapshot, model);
      // Features are computed on this thread (tens of ms each on a large graph): between questions of a
      // batch (a region's shortlist), other requests get their turn.
      if (queries.length > 1) await new Promise((resolve) => setImmediate(resolve));
    }
  const modelled = asked.every((question) => question.shortlist);
  const rows = indexSignals(
    snapshot,
    plans,
    modelled ? asked.flatMap((question) => question.shortlist ?? []) : undefined,
  );
  const wanted: Array<{ id: string; kind?: NodeKind }> = [];
  for (const [index, question] of asked.entries()) {
    const signals = signalsOf(question, rows, plans[index] as SignalPlan);
    const textual = context.textual.get(question.read.key) ?? [];
    const kinds = new Map(signals.kinds);
    for (const hit of textual) kinds.set(hit.id, hit.kind);
    // The snapshot knows every shortlisted candidate's kind, so the facts read goes to its table directly.
    for (const id of question.shortlist ?? []) {
      const kind = snapshot.kindOf(id);
      if (kind) kinds.set(id, kind);
    }
    question.signals = { ...signals, textual, kinds };
    question.shortlist ??= shortlistOf(question.frame, question.signals, question.query.includeExisting);
    wanted.push(
      ...evidenceRefs(question.frame, question.signals, question.shortlist),
      ...question.frame.needFields.map((domain) => ({ id: domain.id, kind: 'Domain' as const })),
    );
  }
  const facts = await readFacts(store, wanted);
  return asked.map((question) => answerOf(question, facts, model));
}

/**
 * A question about an enterprise is ranked by the model: its candidates' features from the snapshot, the
 * shortlist the best of them (with every text hit of the need).
 */
function modelQuestion(
  question: Asked,
  textual: ReadonlyArray<{ id: string; kind: NodeKind }>,
  snapshot: GraphIndex,
  model: RankingModel,
): void {
  const { frame, read, query } = question;
  const vectors = extractFeatures(snapshot, {
    enterprise: frame.x,
    kinds: read.kinds,
    needFields: frame.needFields.map((field) => field.id),
    keepExisting: query.includeExisting,
  });
  const wanted = new Set(read.kinds);
  const excluded = (id: string) => id === frame.x || (!query.includeExisting && frame.existing.has(id));
  const textHits = textual.filter((hit) => wanted.has(hit.kind) && !excluded(hit.id)).map((hit) => hit.id);
  question.vectors = new Map(vectors.map((vector) => [vector.id, vector]));
  question.shortlist = modelShortlist(
    model,
    vectors,
    textHits,
    (id) => snapshot.kindOf(id),
    read.need === '' ? query.limit : undefined,
  );
}

export async function recommendPartners(
  store: GraphStore,
  query: RecommendQuery,
  options: RecommendOptions = {},
): Promise<RecommendResult> {
  const [result] = await recommendMany(store, [query], options);
  return result as RecommendResult;
}

export function candidateKinds(kinds: readonly NodeKind[] | null | undefined): NodeKind[] {
  return kinds && kinds.length > 0
    ? kinds.filter((kind) => NODE_KINDS.includes(kind))
    : [...DEFAULT_CANDIDATE_KINDS];
}
