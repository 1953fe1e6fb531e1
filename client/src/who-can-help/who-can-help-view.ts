// 谁能帮助 · Who could help, the pure part: the question to ask, each candidate's evidence as paths to
// highlight on the map, its score as a percentage and one bar per signal (its share of the score).
import type { RecommendQuery } from '../api/queries.ts';
import type { EntitySummary, Recommendation, SignalContribution } from '../api/answers.ts';
import type { PathIds } from '../graph/path-highlight.ts';
import type { Lang } from '../i18n/strings.ts';
import { SIGNAL_LABELS, SIGNALS, type Signal } from '#model';

/** Candidates asked for at once. */
export const CANDIDATE_LIMIT = 10;

export interface WhoCanHelpForm {
  readonly enterprise: EntitySummary | null;
  readonly need: string;
  readonly includeExisting: boolean;
}

/** The question for the server, or null when there is nothing to ask (no enterprise and no need). */
export function whoCanHelpQuery(form: WhoCanHelpForm): RecommendQuery | null {
  const need = form.need.trim();
  const enterpriseId = form.enterprise?.kind === 'Enterprise' ? form.enterprise.id : null;
  if (!enterpriseId && need === '') return null;
  return {
    enterpriseId,
    need: need === '' ? null : need,
    limit: CANDIDATE_LIMIT,
    includeExisting: form.includeExisting,
  };
}

/**
 * The candidate's evidence paths to highlight, without repeats. A candidate with no evidence path still
 * stands out on its own, so choosing it never fades the whole map.
 */
export function evidenceHighlight(item: {
  readonly entity: Pick<Recommendation['entity'], 'id'>;
  readonly evidence: Recommendation['evidence'];
}): PathIds[] {
  const seen = new Set<string>();
  const paths: PathIds[] = [];
  for (const path of item.evidence) {
    const key = `${path.nodeIds.join('|')}#${path.edgeIds.join('|')}`;
    if (seen.has(key) || path.nodeIds.length === 0) continue;
    seen.add(key);
    paths.push({ nodeIds: path.nodeIds, edgeIds: path.edgeIds });
  }
  if (!paths.some((path) => path.nodeIds.includes(item.entity.id))) {
    paths.push({ nodeIds: [item.entity.id], edgeIds: [] });
  }
  return paths;
}

/** A 0–1 score as a whole percentage, 0–100. */
/**
 * A score (0–1) as a percentage to show: whole numbers from 10%, one decimal from 1%, and two significant
 * digits below (a calibrated chance of 0.05% is not 0%: the ranking model's scores are often that small).
 */
export function scorePercent(score: number): number {
  if (!Number.isFinite(score) || score <= 0) return 0;
  const percent = Math.min(1, score) * 100;
  if (percent >= 10) return Math.round(percent);
  if (percent >= 1) return Math.round(percent * 10) / 10;
  return Number(percent.toPrecision(2));
}

export interface SignalBar {
  readonly signal: string;
  readonly label: string;
  /** Percentage points of the score this signal makes up (the contributions add up to the score). */
  readonly points: number;
  /** The signal's share of the score, 0–1: the bar's fill. */
  readonly fill: number;
}

function isSignal(value: string): value is Signal {
  return (SIGNALS as readonly string[]).includes(value);
}

/** The signal's name in the UI language (the declared one), the server's label otherwise. */
export function signalLabel(signal: string, fallback: string, lang: Lang): string {
  return isSignal(signal) ? SIGNAL_LABELS[signal][lang] : fallback;
}

/** One bar per signal that added something, largest contribution first, filled by its share of the score. */
export function signalBars(contributions: readonly SignalContribution[], lang: Lang): SignalBar[] {
  const counted = contributions.filter((c) => Number.isFinite(c.value) && c.value > 0);
  const total = counted.reduce((sum, c) => sum + c.value, 0);
  return counted
    .sort((a, b) => b.value - a.value)
    .map((c) => ({
      signal: c.signal,
      label: signalLabel(c.signal, c.label, lang),
      points: scorePercent(c.value),
      fill: total > 0 ? Math.min(1, c.value / total) : 0,
    }));
}
