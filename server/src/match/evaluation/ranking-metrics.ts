/** hit@k and mean reciprocal rank over queries, each with a ranked list and its hidden answers. */
export interface QueryOutcome {
  readonly ranked: readonly string[];
  readonly relevant: ReadonlySet<string>;
}

export interface Metrics {
  readonly hitAt5: number;
  readonly hitAt10: number;
  readonly mrr: number;
  readonly queries: number;
}

export function rankingMetrics(outcomes: readonly QueryOutcome[], depth = 50): Metrics {
  let hit5 = 0;
  let hit10 = 0;
  let reciprocal = 0;
  for (const outcome of outcomes) {
    const first = outcome.ranked.slice(0, depth).findIndex((id) => outcome.relevant.has(id));
    if (first >= 0 && first < 5) hit5++;
    if (first >= 0 && first < 10) hit10++;
    if (first >= 0) reciprocal += 1 / (first + 1);
  }
  const n = Math.max(1, outcomes.length);
  return { hitAt5: hit5 / n, hitAt10: hit10 / n, mrr: reciprocal / n, queries: outcomes.length };
}
