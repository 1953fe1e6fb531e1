/**
 * `npm run eval:resolve [-- --misses]`: the name matching of imports measured on a labelled set made in
 * the style of real registrations (server/src/ingest/evaluation/resolve-cases.ts): precision of automatic
 * merges, recall (merged or sent to review), automatic-merge recall and the share sent to review, on the
 * set the rules were tuned on and on a held-out set (another seed, and writings never tuned on).
 * Targets: precision ≥ 0.99, recall ≥ 0.97, automatic-merge recall ≥ 0.90. Exits 1 when one is missed.
 */
import {
  evaluateResolution,
  type ResolveMetrics,
} from '../server/src/ingest/evaluation/evaluate-resolution.ts';
import { resolveSet } from '../server/src/ingest/evaluation/resolve-cases.ts';

const SHOW_MISSES = process.argv.includes('--misses');
const SETS = [
  { title: 'tuned on (seed 20261201)', seed: 20261201, variant: 'tune' as const },
  { title: 'held out (seed 7, writings not tuned on)', seed: 7, variant: 'held-out' as const },
];

const f = (value: number) => value.toFixed(3);

function table(title: string, metrics: ResolveMetrics): string {
  const lines = [
    `### ${title}: ${metrics.positives} legal-name ↔ short-name pairs, ${metrics.negatives} hard negatives`,
    '',
    '| precision of automatic merges | recall (merged or queued) | automatic-merge recall | sent to review | wrong merges | negatives kept apart / queued |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${f(metrics.precision)} | ${f(metrics.recall)} | ${f(metrics.autoRecall)} | ${f(metrics.reviewShare)} | ${metrics.wrong} | ${metrics.apart} / ${metrics.queuedNegative} |`,
    '',
    '| case | pairs | merged | queued | wrong merge | kept apart |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [style, tally] of [...metrics.byStyle].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const n = tally.positives + tally.negatives;
    lines.push(
      `| ${style} (${tally.positives > 0 ? 'same' : 'different'}) | ${n} | ${tally.merged} | ${tally.queuedPositive + tally.queuedNegative} | ${tally.wrong} | ${tally.apart} |`,
    );
  }
  return lines.join('\n');
}

let failed = false;
for (const set of SETS) {
  const metrics = evaluateResolution(resolveSet(set.seed, set.variant));
  console.log(table(set.title, metrics) + '\n');
  if (metrics.precision < 0.99 || metrics.recall < 0.97 || metrics.autoRecall < 0.9) failed = true;
  if (SHOW_MISSES)
    for (const miss of metrics.misses)
      console.log(
        `  ${miss.outcome}\t${miss.case.label}\t${miss.case.style}\t${miss.case.name}\t→ ${miss.got}`,
      );
}
if (failed) {
  console.log('目标未达到 / a target is missed');
  process.exitCode = 1;
}
