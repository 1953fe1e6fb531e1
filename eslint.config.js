// One linter for server, client and tests: typescript-eslint's recommended rules plus React hooks, and
// the house plan's import rules (see `layers` below), enforced with ESLint's own no-restricted-imports.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Past the store's face: only store/index.ts may be imported from outside server/src/store. */
const storeInternals = {
  group: ['**/store/*', '!**/store/index.ts', '**/store/internal/**'],
  message: 'Import the store through its face, server/src/store/index.ts; its internals stay behind it.',
};
/** The shared model is entered through its one entry, never by path. */
const modelByPath = {
  group: ['**/shared/model/**', '**/domain/**'],
  message: "Import the domain model through its one entry: import … from '#model'.",
};
const upward = (layers, below) => ({
  group: layers.map((layer) => `**/${layer}/**`),
  message: `Imports point inward (api, http, cli → match, ingest, search, summary, edit, register, export → store → model): ${below} may not import ${layers.join(', ')}.`,
});

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const TOP = ['api', 'http', 'cli'];
const MIDDLE = ['match', 'ingest', 'search', 'summary', 'edit', 'review', 'register', 'export'];

/**
 * Each glob names one layer; a file matches exactly one of them (flat config does not merge one rule's
 * options), tests included for the store's face and the model's entry.
 */
const layers = [
  {
    files: ['shared/model/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict({
      group: ['**/server/**', '**/client/**', '#model', 'node:*'],
      message: 'The shared model holds no I/O and no Node-only code, and imports only itself.',
    }),
  },
  {
    files: ['server/src/store/**/*.ts'],
    rules: restrict(modelByPath, upward([...TOP, ...MIDDLE], 'the store')),
  },
  {
    files: MIDDLE.map((layer) => `server/src/${layer}/**/*.ts`),
    ignores: ['**/*.test.ts'],
    rules: restrict(
      storeInternals,
      modelByPath,
      upward(TOP, 'match, ingest, search, summary, edit, register and export'),
    ),
  },
  {
    files: [
      ...MIDDLE.map((layer) => `server/src/${layer}/**/*.test.ts`),
      ...TOP.map((layer) => `server/src/${layer}/**/*.ts`),
      'server/src/*.ts',
      'server/test-support/**/*.ts',
      'scripts/**/*.ts',
      'e2e/**/*.ts',
    ],
    rules: restrict(storeInternals, modelByPath),
  },
  {
    files: ['client/**/*.ts', 'client/**/*.tsx'],
    rules: restrict(
      {
        group: ['**/server/**'],
        message: "The client reaches the server's code only through the shared model ('#model') and the API.",
      },
      modelByPath,
    ),
  },
];

export default tseslint.config(
  // client/src/api/generated: written by GraphQL Code Generator (npm run codegen), not by hand.
  {
    ignores: [
      'node_modules',
      'client/dist',
      'client/src/api/generated',
      'data',
      'neo4j/launcher/target',
      'tmp',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
  },
  {
    files: ['client/**/*.tsx', 'client/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // Modules a newcomer can hold in their head: no source file over 400 lines, no function over 120
  // (tests, the contract suites and generated files aside).
  {
    files: ['server/**/*.ts', 'client/**/*.ts', 'client/**/*.tsx', 'shared/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['**/*.test.ts', 'server/test-support/**'],
    rules: {
      'max-lines': ['error', { max: 400 }],
      'max-lines-per-function': ['error', { max: 120 }],
    },
  },
  ...layers,
);
