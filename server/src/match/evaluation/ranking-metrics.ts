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

/** One query's hits within 5 and 10 (0 or 1) and reciprocal rank of its first hidden answer within depth. */
export function queryScores(
  outcome: QueryOutcome,
  depth = 50,
): { hitAt5: number; hitAt10: number; reciprocal: number } {
  const first = outcome.ranked.slice(0, depth).findIndex((id) => outcome.relevant.has(id));
  return {
    hitAt5: first >= 0 && first < 5 ? 1 : 0,
    hitAt10: first >= 0 && first < 10 ? 1 : 0,
    reciprocal: first >= 0 ? 1 / (first + 1) : 0,
  };
}

export function rankingMetrics(outcomes: readonly QueryOutcome[], depth = 50): Metrics {
  let hit5 = 0;
  let hit10 = 0;
  let reciprocal = 0;
  for (const outcome of outcomes) {
    const scores = queryScores(outcome, depth);
    hit5 += scores.hitAt5;
    hit10 += scores.hitAt10;
    reciprocal += scores.reciprocal;
  }
  const n = Math.max(1, outcomes.length);
  return { hitAt5: hit5 / n, hitAt10: hit10 / n, mrr: reciprocal / n, queries: outcomes.length };
}
