/**
 * Step 4 of an import against a store: the names of every entity, what is known of people who share a
 * row's name (their units and sources), identify, then the records the rows touch, then merge. When the
 * same import (the same digest, import-digest.ts) was made before and little has changed since, only the
 * records changed since are read back: a row whose records are as that import left them is unchanged
 * (imports are idempotent), so re-importing an unchanged file reads no record at all.
 */
import type { ChangeSetSummary } from '#model';
import type { EntityName, GraphStore, WriteExpectations } from '../store/index.ts';
import { identify } from './identify.ts';
import { changesSinceImport } from './import-digest.ts';
import { splitByChanged } from './split-by-changed.ts';
import { mergeRows } from './merge-rows.ts';
import { exactKey } from './name-keys.ts';
import { peopleToCheck, personEvidence, type PersonEvidence } from './person-match.ts';
import type { ResolveOptions, ResolvedBatch } from './resolve-batch.ts';
import type { Draft } from './validate-rows.ts';

/** Relationships read per person checked, at most. */
const UNITS_PER_PERSON = 20;

async function peopleEvidence(
  store: GraphStore,
  drafts: readonly Draft[],
  names: readonly EntityName[],
): Promise<Map<string, PersonEvidence>> {
  const ids = peopleToCheck(drafts, names);
  if (ids.length === 0) return new Map();
  const [nodes, edges] = await Promise.all([
    store.getNodes(ids),
    store.edgesOf(ids, ['WORKS_AT', 'RECRUITED'], ids.length * UNITS_PER_PERSON),
  ]);
  const byId = new Map(names.map((entry) => [entry.id, entry]));
  return personEvidence(nodes, edges.edges, (id) => {
    const unit = byId.get(id);
    return unit ? [unit.name, ...unit.aliases].map(exactKey) : [];
  });
}

export interface ResolvedImport {
  readonly resolved: ResolvedBatch;
  /** Rows found unchanged without reading their records back (the same import made before). */
  readonly vouched: number;
  /**
   * What the write expects of the existing records it changes: each as it was read here. An edit landing
   * between this read and the import's write makes the import CONFLICT instead of being overwritten.
   */
  readonly expect: WriteExpectations;
}

/** Called with the time each step took, in milliseconds (bench:import shows where the time goes). */
export type OnStep = (step: string, ms: number) => void;

/** What the store is asked before matching: every entity's names, and the newest change sets. */
export interface GraphNames {
  readonly names: EntityName[];
  readonly newest: readonly ChangeSetSummary[];
}

/** How many of the newest change sets are searched for the import made before. */
const LOOK_BACK = 50;
/** Records changed since, at most, for the earlier import to vouch for the rest. */
const MAX_CHANGED = 20_000;

/** Starts reading the graph's names (to await later, e.g. once the rows are read). */
export function prefetchGraph(store: GraphStore): Promise<GraphNames> {
  const reading = Promise.all([
    store.listNames(),
    store.changeSets({ limit: LOOK_BACK, offset: 0 }).then((page) => page.items),
  ]).then(([names, newest]) => ({ names, newest }));
  // Awaited later; a failure is thrown there, not left unhandled meanwhile.
  reading.catch(() => undefined);
  return reading;
}

export interface ResolveContext {
  /** The digest of the import's input (import-digest.ts). */
  readonly digest: string;
  /** The graph's names, if already being read. */
  readonly graph?: Promise<GraphNames>;
  readonly onStep?: OnStep | undefined;
}

export async function resolveImport(
  store: GraphStore,
  drafts: readonly Draft[],
  options: ResolveOptions,
  context: ResolveContext,
): Promise<ResolvedImport> {
  let mark = performance.now();
  const step = (name: string) => {
    const now = performance.now();
    context.onStep?.(name, now - mark);
    mark = now;
  };
  const { names, newest } = await (context.graph ?? prefetchGraph(store));
  step('names');
  const people = await peopleEvidence(store, drafts, names);
  step('people');
  const identified = identify(drafts, names, { ...options, people });
  step('identify');
  const changed = await changedSince(store, newest, context.digest);
  step('changes since');
  const split = changed ? splitByChanged(identified, changed) : null;
  const ops = split ? split.compare : identified;
  const [known, knownEdges] = await Promise.all([
    store.getNodes(ops.existingIds),
    store.edgesAmong(ops.existingIds),
  ]);
  step('records');
  const merged = mergeRows(ops, known, knownEdges);
  step('merge');
  const resolved = split ? split.withUnchanged(merged) : merged;
  const changedNodes = new Set(resolved.changedNodes.map((node) => node.id));
  const changedEdges = new Set(resolved.changedEdges.map((edge) => edge.id));
  const expect: WriteExpectations = {
    unchanged: known.filter((node) => changedNodes.has(node.id)),
    unchangedEdges: knownEdges.filter((edge) => changedEdges.has(edge.id)),
  };
  return { resolved, vouched: split?.vouched ?? 0, expect };
}

/** Ids of the records changed since this import was made before; null when it was not, or too much has. */
async function changedSince(
  store: GraphStore,
  newest: readonly ChangeSetSummary[],
  digest: string,
): Promise<ReadonlySet<string> | null> {
  const since = changesSinceImport(newest, digest);
  if (!since) return null;
  if (since.reduce((sum, set) => sum + set.entryCount, 0) > MAX_CHANGED) return null;
  const ids = new Set<string>();
  for (const summary of since) {
    const set = await store.changeSet(summary.id);
    if (!set) return null;
    for (const entry of set.entries) ids.add(entry.id);
  }
  return ids;
}
