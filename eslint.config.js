// ESLint (flat config) with typescript-eslint's type-checked rules; `npm test` runs it (npm run lint).
// Deliberately a short list of rules that catch bugs, not a style guide: layout is Prettier's (.prettierrc.json, npm run format).
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test/fixtures/**', 'custos-data/**', '.tmp/**'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.base],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A promise nobody awaits loses its errors; fire-and-forget is spelled `void p`.
      '@typescript-eslint/no-floating-promises': [
        'error',
        // node:test's test()/describe() return promises the runner itself tracks.
        { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'describe', 'it', 'suite', 'before', 'after', 'beforeEach', 'afterEach', 'skip', 'todo', 'only'] }] },
      ],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // Type-only imports are erased: they never load a module (nor make a runtime cycle).
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Tests, benchmarks and scripts may use `any` (error shapes in assert.rejects, fixtures).
    files: ['test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      // test(`case ${i}`, ...) inside forEach: the runner tracks those promises.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
    },
  },
);
