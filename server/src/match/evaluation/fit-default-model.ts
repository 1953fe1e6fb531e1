/**
 * The shipped default ranking model, as `npm run fit:defaults` writes it: fitted on the training networks
 * of evaluation-networks.ts (other seeds than any `eval:match` measures), pooled: each network's own
 * history held out as `fit:match` would (hold-out-history.ts), the weights fitted on the fit parts, the
 * calibration on the validation parts. Deterministic: the same model every run, so a test can tell when
 * default-ranking-model.json no longer matches the features.
 */
import { DEFAULT_PRIOR } from '../learn/default-ranking-model.ts';
import { trainingQueries } from '../learn/fit-from-history.ts';
import { fitCalibration, fitWeights, type TrainingQuery } from '../learn/fit-ranking-model.ts';
import { holdOutHistory } from '../learn/hold-out-history.ts';
import { FEATURES } from '../learn/ranking-features.ts';
import { TRAINING_NETWORKS } from './evaluation-networks.ts';

export interface DefaultModelFile {
  readonly version: 1;
  readonly origin: 'default';
  readonly weights: Record<string, number>;
  readonly calibration: Record<string, number>;
  readonly trainedOn: readonly string[];
  readonly queries: { readonly fit: number; readonly validation: number };
}

const round = (value: number) => Math.round(value * 1e4) / 1e4;

export function fitDefaultModel(log: (line: string) => void = () => {}): DefaultModelFile {
  const fit: TrainingQuery[] = [];
  const validation: TrainingQuery[] = [];
  for (const net of TRAINING_NETWORKS) {
    const history = holdOutHistory(net.graph(), net.kinds, net.seed);
    fit.push(...trainingQueries(history.fit, net.kinds, Infinity));
    validation.push(...trainingQueries(history.validation, net.kinds, Infinity));
    log(
      `${net.name}: ${history.split} split (${history.heldOut}), ${fit.length} fit and ${validation.length} validation queries so far`,
    );
  }
  const weights = fitWeights(fit, { prior: DEFAULT_PRIOR });
  return {
    version: 1,
    origin: 'default',
    weights: Object.fromEntries(FEATURES.map((feature) => [feature, round(weights[feature])])),
    calibration: Object.fromEntries(
      Object.entries(fitCalibration(validation, weights)).map(([k, v]) => [k, round(v)]),
    ),
    trainedOn: TRAINING_NETWORKS.map((net) => net.name),
    queries: { fit: fit.length, validation: validation.length },
  };
}
