/**
 * The domain model shared by server and client, entered only here (`import … from '#model'`, declared
 * once in package.json's `imports`, which TypeScript, Vite, Vitest and Node all read): node and
 * relationship kinds with their properties and allowed endpoints, records, ids, name normalisation,
 * search keys, the recommender's signals, errors with codes. Pure: no I/O, nothing Node-only.
 */
export * from './app-error.ts';
export * from './change-sets.ts';
export * from './derive-id.ts';
export * from './format-property.ts';
export * from './need-register.ts';
export * from './node-kinds.ts';
export * from './normalize-name.ts';
export * from './parse-number.ts';
export * from './query-limits.ts';
export * from './records.ts';
export * from './relationship-kinds.ts';
export * from './review-pairs.ts';
export * from './search-keys.ts';
export * from './signals.ts';
export * from './visible-text.ts';
