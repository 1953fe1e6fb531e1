/**
 * `npm run fit:defaults`: fits the shipped default weights of the recommender's ranking model
 * (fit-default-model.ts) and writes server/src/match/learn/default-ranking-model.json. Deterministic: the
 * same file every run; a test fails when the file no longer matches what this writes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fitDefaultModel } from '../server/src/match/evaluation/fit-default-model.ts';

const model = fitDefaultModel(console.log);
const file = join(import.meta.dirname, '../server/src/match/learn/default-ranking-model.json');
writeFileSync(file, `${JSON.stringify(model, null, 2)}\n`);
console.log(JSON.stringify(model, null, 2));
