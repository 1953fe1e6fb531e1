/**
 * The ranking model the app uses on a graph with no fitted model of its own: weights fitted by
 * `npm run fit:defaults` on nine generated networks of three different processes (never on a network
 * `eval:match` measures), read from default-ranking-model.json. The text feature has no training signal in
 * generated networks (their names carry no words), so its weight is the prior's, set by hand.
 */
import defaults from './default-ranking-model.json' with { type: 'json' };
import { FEATURES, type Feature } from './ranking-features.ts';
import type { RankingModel } from './ranking-model.ts';

/** Where fitting starts and what it shrinks toward: every feature alike, text by hand. */
export const DEFAULT_PRIOR: Readonly<Record<Feature, number>> = {
  ...(Object.fromEntries(FEATURES.map((feature) => [feature, 0.5])) as Record<Feature, number>),
  text: 2,
};

function read(): RankingModel {
  const weights = defaults.weights as Partial<Record<Feature, number>>;
  return {
    version: 1,
    origin: 'default',
    weights: Object.fromEntries(
      FEATURES.map((feature) => [feature, Math.max(0, Number(weights[feature] ?? DEFAULT_PRIOR[feature]))]),
    ) as Record<Feature, number>,
    calibration: {
      slope: Number(defaults.calibration.slope),
      intercept: Number(defaults.calibration.intercept),
    },
  };
}

export const DEFAULT_RANKING_MODEL: RankingModel = read();
