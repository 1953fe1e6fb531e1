/**
 * `npm run eval:match [-- --memory] [--only <generator>]`: the recommender against every baseline on the
 * networks of evaluation-networks.ts (three generators of different processes, three seeds each, split at
 * random or by time), through a real embedded store (`--memory`: features computed in memory instead);
 * bootstrap intervals; the recommender's lead over the best baseline with its paired interval; then the
 * per-signal ablation and the cross-generator fits. Prints Markdown for docs/benchmarks.md. Deterministic.
 */
import { SIGNAL_LABELS } from '#model';
import {
  EVALUATION_NETWORKS,
  TRAINING_NETWORKS,
} from '../server/src/match/evaluation/evaluation-networks.ts';
import {
  BEST_POSSIBLE,
  evaluateNetwork,
  FITTED,
  NOT_BASELINES,
  RECOMMENDER,
  type NetworkResult,
  type RecommenderUnderTest,
} from '../server/src/match/evaluation/evaluate-network.ts';
import { inMemoryRecommender } from '../server/src/match/evaluation/in-memory-recommender.ts';
import {
  crossGeneratorFits,
  prepareEvaluation,
  prepareTraining,
  signalAblation,
} from '../server/src/match/evaluation/signal-ablation.ts';
import { DEFAULT_PRIOR, DEFAULT_RANKING_MODEL } from '../server/src/match/learn/default-ranking-model.ts';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const networks = EVALUATION_NETWORKS.filter((net) => !only || net.generator === only);
const recommender: RecommenderUnderTest = args.includes('--memory')
  ? inMemoryRecommender
  : (await import('../server/src/match/evaluation/store-recommender.ts')).storeRecommender;

const f3 = (value: number) => value.toFixed(3);
const withInterval = (value: number, [low, high]: readonly [number, number]) =>
  `${f3(value)} (${f3(low)}–${f3(high)})`;

function networkTable(result: NetworkResult): string {
  const { network, methods, fit } = result;
  const queries = methods[0]?.metrics.queries ?? 0;
  const split =
    network.split === 'time'
      ? `cooperations from ${result.cutoff} on hidden`
      : '20% of cooperations hidden (seed 7)';
  const lines = [
    `### ${network.name}: ${result.entities} entities, ${result.relationships} relationships, ${split}, candidates ${network.kinds.join(', ')} (${queries} queries)`,
    '',
    '| method | hit@5 | hit@10 | MRR |',
    '| --- | --- | --- | --- |',
    ...methods.map(
      ({ method, metrics, intervals }) =>
        `| ${method === RECOMMENDER || method === FITTED ? `**${method}**` : method === BEST_POSSIBLE ? `_${method}_` : method} | ${withInterval(metrics.hitAt5, intervals.hitAt5)} | ${withInterval(metrics.hitAt10, intervals.hitAt10)} | ${withInterval(metrics.mrr, intervals.mrr)} |`,
    ),
    '',
  ];
  const report = fit.model.report;
  lines.push(
    report
      ? `Fit on this network's history (${report.split}: ${report.heldOut}; ${report.fitQueries} fit and ${report.validationQueries} validation queries, ${report.seconds.toFixed(1)} s): validation MRR ${f3(report.fitted.mrr)} fitted against ${f3(report.defaults.mrr)} defaults, ${report.kept ? 'kept' : 'not kept (the defaults stay)'}.`
      : `Fit on this network's history: ${fit.note ?? 'none'}.`,
    `Lead over the best baseline (${result.bestBaseline}): MRR ${result.lead.mrr >= 0 ? '+' : ''}${f3(result.lead.mrr)}, paired 95% interval ${f3(result.lead.interval[0])} to ${f3(result.lead.interval[1])}. (${result.seconds.toFixed(1)} s)`,
    '',
  );
  return lines.join('\n');
}

function summary(results: readonly NetworkResult[]): string {
  const lines = [
    '| network | recommender MRR | best baseline | its MRR | lead (paired 95% interval) | ahead on hit@5, hit@10, MRR of every baseline | by ≥ 0.03 MRR | best possible MRR | room above the best baseline |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const result of results) {
    const ours = result.methods.find((m) => m.method === RECOMMENDER);
    const others = result.methods.filter((m) => !NOT_BASELINES.has(m.method));
    const ceiling = result.methods.find((m) => m.method === BEST_POSSIBLE)?.metrics.mrr ?? 0;
    if (!ours) continue;
    const ahead = others.every(
      (m) =>
        ours.metrics.hitAt5 > m.metrics.hitAt5 &&
        ours.metrics.hitAt10 > m.metrics.hitAt10 &&
        ours.metrics.mrr > m.metrics.mrr,
    );
    const best = others.find((m) => m.method === result.bestBaseline);
    lines.push(
      `| ${result.network.name} | ${f3(ours.metrics.mrr)} | ${result.bestBaseline} | ${f3(best?.metrics.mrr ?? 0)} | +${f3(result.lead.mrr)} (${f3(result.lead.interval[0])} to ${f3(result.lead.interval[1])}) | ${ahead ? 'yes' : 'no'} | ${result.lead.mrr >= 0.03 ? 'yes' : 'no'} | ${f3(ceiling)} | ${f3(ceiling - (best?.metrics.mrr ?? 0))} |`,
    );
  }
  return lines.join('\n');
}

const results: NetworkResult[] = [];
for (const network of networks) {
  const result = await evaluateNetwork(network, recommender, DEFAULT_RANKING_MODEL);
  results.push(result);
  console.log(networkTable(result));
}
console.log('### Summary\n');
console.log(summary(results));

// Ablation and cross-generator fits, in memory.
const training = prepareTraining(TRAINING_NETWORKS);
const evaluation = prepareEvaluation(networks);
const ablation = signalAblation(training, evaluation, DEFAULT_PRIOR);
console.log('\n### Per-signal ablation (defaults refitted without the signal; MRR)\n');
console.log(`| signal removed | ${evaluation.map((net) => net.network.name).join(' | ')} | mean |`);
console.log(`| --- | ${evaluation.map(() => '---').join(' | ')} | --- |`);
const full = ablation[0]?.mean ?? 0;
for (const row of ablation)
  console.log(
    `| ${row.removed ? `${SIGNAL_LABELS[row.removed].en} (${SIGNAL_LABELS[row.removed].zh})` : 'none (all signals)'} | ${row.mrr.map(f3).join(' | ')} | ${f3(row.mean)}${row.removed ? ` (${row.mean - full >= 0 ? '+' : ''}${f3(row.mean - full)})` : ''} |`,
  );
console.log('\n### Fitted on one generator, measured on each (mean MRR over its evaluation networks)\n');
console.log('| weights fitted on | field draws | growth | choice |');
console.log('| --- | --- | --- | --- |');
for (const row of crossGeneratorFits(training, evaluation, DEFAULT_PRIOR))
  console.log(
    `| ${row.fittedOn === 'all' ? 'all three (the shipped defaults)' : row.fittedOn} | ${f3(row.byGenerator['field draws'])} | ${f3(row.byGenerator.growth)} | ${f3(row.byGenerator.choice)} |`,
  );
