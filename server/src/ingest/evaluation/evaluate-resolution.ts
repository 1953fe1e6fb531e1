/**
 * Runs each case of a labelled set (resolve-cases.ts) through identify, alone against the world, and
 * counts what happened: merged with the right entity, merged wrongly, sent to review (with the right
 * entity among the candidates), or created apart. Precision is that of automatic merges; recall counts a
 * positive merged or queued; auto-merge recall only those merged.
 */
import { identify } from '../identify.ts';
import type { Draft } from '../validate-rows.ts';
import type { ResolveCase, ResolveSet } from './resolve-cases.ts';

export type CaseOutcome = 'merged' | 'wrong merge' | 'queued' | 'apart';

export interface Tally {
  positives: number;
  negatives: number;
  /** Positives merged with their entity. */
  merged: number;
  /** Merges with the wrong entity (positives) or any entity (negatives). */
  wrong: number;
  /** Positives queued with their entity among the candidates. */
  queuedPositive: number;
  /** Negatives queued for review. */
  queuedNegative: number;
  /** Negatives created apart, without a question. */
  apart: number;
}

export interface ResolveMetrics extends Tally {
  readonly precision: number;
  readonly recall: number;
  readonly autoRecall: number;
  readonly reviewShare: number;
  readonly byStyle: ReadonlyMap<string, Tally>;
  /** Cases that went wrong or were queued, for reading. */
  readonly misses: ReadonlyArray<{
    readonly case: ResolveCase;
    readonly outcome: CaseOutcome;
    readonly got: string;
  }>;
}

const empty = (): Tally => ({
  positives: 0,
  negatives: 0,
  merged: 0,
  wrong: 0,
  queuedPositive: 0,
  queuedNegative: 0,
  apart: 0,
});

function outcomeOf(
  each: ResolveCase,
  set: ResolveSet,
  known: ReadonlySet<string>,
): { outcome: CaseOutcome; got: string } {
  const draft: Draft = {
    type: 'node',
    draft: {
      kind: each.kind,
      name: each.name,
      aliases: [],
      keywords: [],
      props: {},
      source: { file: 'eval.csv', row: 2 },
    },
  };
  const identified = identify([draft], set.world, {});
  const op = identified.ops.find((item) => item.type === 'node');
  const id = op?.type === 'node' ? op.id : '';
  if (known.has(id)) return { outcome: id === each.target ? 'merged' : 'wrong merge', got: id };
  const queued = identified.review.map((pair) => pair.existing.id);
  if (queued.length > 0) {
    const right = each.target === null || queued.includes(each.target);
    return { outcome: right ? 'queued' : 'apart', got: queued.join(', ') };
  }
  return { outcome: 'apart', got: id };
}

function add(tally: Tally, each: ResolveCase, outcome: CaseOutcome): void {
  const positive = each.label === 'same';
  if (positive) tally.positives += 1;
  else tally.negatives += 1;
  if (outcome === 'merged') tally.merged += 1;
  else if (outcome === 'wrong merge') tally.wrong += 1;
  else if (outcome === 'queued') {
    if (positive) tally.queuedPositive += 1;
    else tally.queuedNegative += 1;
  } else if (!positive) tally.apart += 1;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function evaluateResolution(set: ResolveSet): ResolveMetrics {
  const known = new Set(set.world.map((entry) => entry.id));
  const total = empty();
  const byStyle = new Map<string, Tally>();
  const misses: Array<{ case: ResolveCase; outcome: CaseOutcome; got: string }> = [];
  for (const each of set.cases) {
    const { outcome, got } = outcomeOf(each, set, known);
    add(total, each, outcome);
    const style = byStyle.get(each.style) ?? empty();
    add(style, each, outcome);
    byStyle.set(each.style, style);
    const fine = each.label === 'same' ? outcome === 'merged' : outcome === 'apart';
    if (!fine) misses.push({ case: each, outcome, got });
  }
  return {
    ...total,
    precision: ratio(total.merged, total.merged + total.wrong),
    recall: ratio(total.merged + total.queuedPositive, total.positives),
    autoRecall: ratio(total.merged, total.positives),
    reviewShare: ratio(total.queuedPositive + total.queuedNegative, total.positives + total.negatives),
    byStyle,
    misses,
  };
}
