// ESLint 9 flat config: `npm run lint` (with `prettier --check`), part of `npm test`.
// Formatting is Prettier's job (.prettierrc.json); nothing here is about layout.
import js from '@eslint/js';
import nextPlugin from '@next/eslint-plugin-next';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Imports the policy library may not use: it is pure rules (no framework, database, auth or clock). */
const policyBoundary = {
  paths: [
    { name: 'next-auth', message: 'lib/policy is pure rules: no auth.' },
    { name: 'drizzle-orm', message: 'lib/policy is pure rules: no database.' },
    { name: 'postgres', message: 'lib/policy is pure rules: no database.' },
    { name: 'server-only', message: 'lib/policy runs anywhere (CLI, browser, server).' },
  ],
  patterns: [
    { group: ['next', 'next/*', 'next-auth/*', 'drizzle-orm/*', '@electric-sql/*'], message: 'lib/policy is pure rules: no Next.js, auth or database.' },
    { regex: '^(@/|(\\.\\./)+)db(/|$)', message: 'lib/policy is pure rules: no database.' },
    {
      regex: '^(@/lib/|(\\.\\./)+)(auth|dal|clock|env|audit)(/|\\.|$)',
      message: 'lib/policy takes dates and people as input: no auth, data layer, clock or environment.',
    },
  ],
};

/** Pages and components reach the database only through lib/dal. */
const dataBoundary = {
  paths: [
    { name: 'drizzle-orm', message: 'Pages and components read data through lib/dal.' },
    { name: 'postgres', message: 'Pages and components read data through lib/dal.' },
  ],
  patterns: [
    { group: ['drizzle-orm/*', '@electric-sql/*'], message: 'Pages and components read data through lib/dal.' },
    { regex: '^(@/|(\\.\\./)+)db(/|$)', message: 'Pages and components read data through lib/dal, never db/.' },
  ],
};

/** No focused or skipped tests (`npm test` counts a skipped one as failed; this says where). */
const noFocusedOrSkipped = ['describe', 'it', 'test'].flatMap((object) =>
  ['only', 'skip', 'todo', 'fixme'].map((property) => ({ object, property, message: 'Every test runs: no only/skip/todo/fixme.' })),
);

export default defineConfig([
  globalIgnores(['.next/', 'node_modules/', '.data/', '.test-output/', 'coverage/', 'test-results/', 'playwright-report/', 'db/migrations/', 'next-env.d.ts']),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-deprecated': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  { files: ['**/*.{js,mjs,cjs}'], extends: [tseslint.configs.disableTypeChecked] },

  // React and Next.js: the portal's own code.
  {
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.tsx'],
    extends: [reactHooks.configs.flat.recommended, jsxA11y.flatConfigs.recommended],
    plugins: { '@next/next': nextPlugin },
    rules: { ...nextPlugin.configs.recommended.rules, ...nextPlugin.configs['core-web-vitals'].rules },
  },

  // Error boundaries link home with a full page load: a fresh document recovers from whatever broke the client.
  { files: ['app/**/error.tsx', 'app/global-error.tsx'], rules: { '@next/next/no-html-link-for-pages': 'off' } },

  // Boundaries.
  { files: ['lib/policy/**'], rules: { 'no-restricted-imports': ['error', policyBoundary] } },
  { files: ['app/**', 'components/**'], rules: { 'no-restricted-imports': ['error', dataBoundary] } },

  // Tests.
  {
    files: ['**/*.test.{ts,tsx}', 'e2e/**/*.ts'],
    rules: {
      'no-restricted-properties': ['error', ...noFocusedOrSkipped],
      // Asymmetric matchers (expect.any, expect.objectContaining, …) are typed `any` by design.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      // Fakes of async dependencies (sessions, locales, queries) are async without awaiting anything.
      '@typescript-eslint/require-await': 'off',
    },
  },
]);
