/**
 * `npm run fit:defaults`: fits the shipped default weights of the recommender's ranking model on the
 * training networks of evaluation-networks.ts (other seeds than any `eval:match` measures), pooled: each
 * network's own history held out as `fit:match` would (hold-out-history.ts), the weights fitted on the fit
 * parts, the calibration on the validation parts. Writes server/src/match/learn/default-ranking-model.json.
 * Deterministic: the same file every run.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TRAINING_NETWORKS } from '../server/src/match/evaluation/evaluation-networks.ts';
import {
  fitCalibration,
  fitWeights,
  type TrainingQuery,
} from '../server/src/match/learn/fit-ranking-model.ts';
import { trainingQueries } from '../server/src/match/learn/fit-from-history.ts';
import { holdOutHistory } from '../server/src/match/learn/hold-out-history.ts';
import { FEATURES } from '../server/src/match/learn/ranking-features.ts';
import { DEFAULT_PRIOR } from '../server/src/match/learn/default-ranking-model.ts';

const fit: TrainingQuery[] = [];
const validation: TrainingQuery[] = [];
for (const net of TRAINING_NETWORKS) {
  const history = holdOutHistory(net.graph(), net.kinds, net.seed);
  fit.push(...trainingQueries(history.fit, net.kinds, Infinity));
  validation.push(...trainingQueries(history.validation, net.kinds, Infinity));
  console.log(
    `${net.name}: ${history.split} split (${history.heldOut}), ${fit.length} fit and ${validation.length} validation queries so far`,
  );
}
const weights = fitWeights(fit, { prior: DEFAULT_PRIOR });
const round = (value: number) => Math.round(value * 1e4) / 1e4;
const model = {
  version: 1,
  origin: 'default',
  weights: Object.fromEntries(FEATURES.map((feature) => [feature, round(weights[feature])])),
  calibration: Object.fromEntries(
    Object.entries(fitCalibration(validation, weights)).map(([k, v]) => [k, round(v)]),
  ),
  trainedOn: TRAINING_NETWORKS.map((net) => net.name),
  queries: { fit: fit.length, validation: validation.length },
};
const file = join(import.meta.dirname, '../server/src/match/learn/default-ranking-model.json');
writeFileSync(file, `${JSON.stringify(model, null, 2)}\n`);
console.log(JSON.stringify(model, null, 2));
