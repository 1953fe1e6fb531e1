import { describe, expect, it } from 'vitest';
import defaults from '../learn/default-ranking-model.json' with { type: 'json' };
import { FEATURES } from '../learn/ranking-features.ts';
import { fitDefaultModel } from './fit-default-model.ts';

describe('the shipped default ranking model', () => {
  it('weighs every declared feature, none left to the prior', () => {
    expect(Object.keys(defaults.weights).sort()).toEqual([...FEATURES].sort());
  });

  it('is what npm run fit:defaults fits today (refit after changing a feature)', () => {
    expect(fitDefaultModel()).toEqual(defaults);
  }, 120_000);
});
