/**
 * Every store read of a recommendation, in one place (those a snapshot answers are index-anchors.ts and
 * index-signals.ts): a fixed handful of statements whatever the question,
 * each asking for all the questions at once (a region's needs are answered together). In order:
 * the enterprises' surroundings, the field hierarchy and the needs' text hits (side by side); the fields'
 * candidates, whom similar enterprises help, and the signals through projects with the district bureaus'
 * partners (side by side); then the facts of every entity the answers show.
 */
import { AppError, type NodeKind } from '#model';
import { fallbackTerms } from '../search/search-entities.ts';
import type {
  AnchorContext,
  CandidateFacts,
  FieldRow,
  FieldSignalRow,
  GraphStore,
  HelpedRow,
  ProjectSignals,
  RegionNeeds,
} from '../store/index.ts';
import { byId } from './reach.ts';
import { indexAnchor } from './index-anchors.ts';
import type { GraphIndex } from './learn/graph-index.ts';
import { SHORTLIST } from './score-shortlist.ts';

/** A question as the reads need it; `key` tells questions asked together apart. */
export interface ReadQuestion {
  readonly key: string;
  readonly anchor: string;
  readonly need: string;
  /** The candidate kinds wanted, in id order. */
  readonly kinds: readonly NodeKind[];
}

export interface QuestionContext {
  readonly anchors: ReadonlyMap<string, AnchorContext>;
  readonly tree: readonly FieldRow[];
  readonly textual: ReadonlyMap<string, ReadonlyArray<{ id: string; kind: NodeKind }>>;
}

const group = <T extends { key: string }>(rows: readonly T[]) => {
  const byKey = new Map<string, T[]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
  return byKey;
};

/** Questions asked together must want the same kinds: the kinds are the statements' labels. */
function sameKinds(questions: readonly ReadQuestion[]): readonly NodeKind[] {
  const kinds = questions[0]?.kinds ?? [];
  if (questions.some((q) => q.kinds.join() !== kinds.join()))
    throw new Error('questions asked together must want the same kinds');
  return kinds;
}

/** Names and text hits of the needs: one search for one question, one scan for several. */
async function readTextual(store: GraphStore, questions: readonly ReadQuestion[]) {
  const asking = questions.filter((q) => q.need && fallbackTerms(q.need).length > 0);
  const textual = new Map<string, Array<{ id: string; kind: NodeKind }>>();
  if (asking.length === 0) return textual;
  const kinds = sameKinds(asking);
  const [only] = asking;
  if (asking.length === 1 && only) {
    const { nodes } = await store.searchCandidates({
      terms: fallbackTerms(only.need),
      mode: 'any',
      kinds,
      limit: SHORTLIST,
    });
    textual.set(
      only.key,
      nodes.map((node) => ({ id: node.id, kind: node.kind })),
    );
    return textual;
  }
  const termsOf = new Map(asking.map((q) => [q.key, fallbackTerms(q.need)]));
  const rows = await store.features('text-candidates', {
    kinds,
    terms: [...new Set([...termsOf.values()].flat())],
  });
  const ordered = [...rows].sort((a, b) => byId(a.id, b.id));
  for (const [key, terms] of termsOf)
    textual.set(
      key,
      ordered
        .filter((row) => terms.some((term) => row.searchText.includes(term)))
        .slice(0, SHORTLIST)
        .map((row) => ({ id: row.id, kind: row.kind })),
    );
  return textual;
}

/**
 * An anchor the surroundings read did not return: an enterprise without any relationship, or else why it
 * cannot be asked about (a read only in that case).
 */
async function loneAnchor(store: GraphStore, id: string): Promise<AnchorContext> {
  const [found] = await store.getNodes([id]);
  if (!found) throw new AppError('NOT_FOUND', `没有编号为 ${id} 的企业 / no enterprise has the id ${id}`);
  if (found.kind !== 'Enterprise')
    throw new AppError('BAD_INPUT', `${found.name} 不是企业 / ${found.name} is not an enterprise`, {
      argument: 'enterpriseId',
    });
  return { node: found, degree: 0, links: [], beyond: [] };
}

/** The enterprises' surroundings from the snapshot (index-anchors.ts), their records from the store. */
async function indexedAnchors(
  store: GraphStore,
  ids: readonly string[],
  snapshot: Promise<GraphIndex>,
): Promise<AnchorContext[]> {
  const [index, nodes] = await Promise.all([snapshot, store.getNodes(ids)]);
  return nodes.filter((node) => node.kind === 'Enterprise').map((node) => indexAnchor(index, node));
}

/** The field hierarchy as of a snapshot's version of the graph: read once per snapshot, not per question. */
const treesOf = new WeakMap<GraphIndex, Promise<FieldRow[]>>();

async function treeAsOf(store: GraphStore, snapshot: Promise<GraphIndex>): Promise<FieldRow[]> {
  const index = await snapshot;
  let tree = treesOf.get(index);
  if (!tree) {
    tree = store.features('domain-tree', {});
    treesOf.set(index, tree);
    // A failed read is not kept: the next question reads again.
    tree.catch(() => treesOf.delete(index));
  }
  return tree;
}

/**
 * Statements 1–3: the enterprises' surroundings, the field hierarchy, the needs' text hits. With the
 * graph's snapshot (questions ranked by the model), the surroundings are found in it and the hierarchy
 * is read once per snapshot.
 */
export async function readContext(
  store: GraphStore,
  questions: readonly ReadQuestion[],
  snapshot: Promise<GraphIndex> | null = null,
): Promise<QuestionContext> {
  const anchorIds = [...new Set(questions.map((q) => q.anchor).filter(Boolean))].sort(byId);
  const [contexts, tree, textual] = await Promise.all([
    snapshot && anchorIds.length > 0
      ? indexedAnchors(store, anchorIds, snapshot)
      : store.features('anchor-contexts', { ids: anchorIds }),
    snapshot ? treeAsOf(store, snapshot) : store.features('domain-tree', {}),
    readTextual(store, questions),
  ]);
  const anchors = new Map(contexts.map((context) => [context.node.id, context]));
  for (const id of anchorIds) if (!anchors.has(id)) anchors.set(id, await loneAnchor(store, id));
  return { anchors, tree, textual };
}

/** What each question asks the signal statements: its weighted and similar fields, its agencies. */
export interface SignalPlan {
  readonly key: string;
  readonly anchor: string;
  readonly kinds: readonly NodeKind[];
  readonly weightedFields: ReadonlyArray<{ id: string; weight: number }>;
  readonly similarFields: readonly string[];
  readonly agencies: readonly string[];
}

export interface SignalRows {
  readonly fields: ReadonlyMap<string, FieldSignalRow[]>;
  /** The rows below are for every question's fields and agencies together; each question keeps its own. */
  readonly helped: readonly HelpedRow[];
  readonly projects: ProjectSignals;
}

const ids = (lists: ReadonlyArray<readonly string[]>) => [...new Set(lists.flat())].sort(byId);

/**
 * Statements 4–6: who is in the fields, whom similar enterprises help, projects' and bureaus' signals.
 * Recommendations find these rows in the graph's snapshot (index-signals.ts); this is the store's reading
 * of them, on both backends, that the snapshot's rows are checked against (snapshot-reads.test.ts).
 */
export async function readSignals(store: GraphStore, plans: readonly SignalPlan[]): Promise<SignalRows> {
  const kinds = sameKinds(plans.map((plan) => ({ key: plan.key, anchor: '', need: '', kinds: plan.kinds })));
  const weighted = ids(plans.map((p) => p.weightedFields.map((f) => f.id)));
  const similar = ids(plans.map((p) => p.similarFields));
  const agencies = ids(plans.map((p) => p.agencies));
  // kuzu cannot type an empty list: an id that names nothing stands for none.
  const orNothing = (list: string[]) => (list.length > 0 ? list : ['']);
  const [fields, helped, [projects]] = await Promise.all([
    store.features('field-signals', {
      kinds,
      fields: plans.flatMap((p) => p.weightedFields.map((f) => ({ key: p.key, anchor: p.anchor, ...f }))),
    }),
    store.features('helped-signals', { kinds, fields: similar }),
    weighted.length + similar.length + agencies.length > 0
      ? store.features('project-signals', {
          kinds,
          weighted: orNothing(weighted),
          similar: orNothing(similar),
          agencies: orNothing(agencies),
        })
      : Promise.resolve([]),
  ]);
  return {
    fields: group(fields),
    helped,
    projects: projects ?? { fieldVia: [], helpedVia: [], bureau: [] },
  };
}

/** Statement 7: the facts of every entity the answers may show. */
export async function readFacts(
  store: GraphStore,
  refs: ReadonlyArray<{ id: string; kind?: NodeKind }>,
): Promise<Map<string, CandidateFacts>> {
  const kinds = new Map<string, NodeKind | undefined>();
  for (const ref of refs) if (!kinds.get(ref.id)) kinds.set(ref.id, ref.kind);
  const ordered = [...kinds]
    .sort(([a], [b]) => byId(a, b))
    .map(([id, kind]) => (kind ? { id, kind } : { id }));
  const facts = await store.features('candidate-facts', { refs: ordered });
  return new Map(facts.map((fact) => [fact.node.id, fact]));
}

/** A region's needs (need-gaps.ts), or NOT_FOUND. */
export async function readRegionNeeds(store: GraphStore, regionId: string): Promise<RegionNeeds> {
  const [found] = await store.features('region-needs', { id: regionId });
  if (!found)
    throw new AppError('NOT_FOUND', `没有编号为 ${regionId} 的地区 / no region has the id ${regionId}`);
  return found;
}
