import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const purity = (message) => ({
  patterns: [
    { group: ['react', 'react-dom', 'react/*', 'dexie', 'dexie-react-hooks'], message },
    { group: ['**/storage/**', '**/features/**', '**/ui/**', '**/workers/**', '**/app/**', '**/io/**'], message },
  ],
});

/** Forbids `files` the imports matching each pattern group (package names or path globs), saying why. */
const fence = (files, ...patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});
const DEXIE = { group: ['dexie', 'dexie-react-hooks'], message: 'Only src/storage imports Dexie' };

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'bench/.runs', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // core/ is pure: no React, no Dexie, no DOM, and it depends on no other layer.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': ['error', purity('core/ is pure TypeScript: no React, Dexie, DOM or other layers')],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator'],
    },
  },
  {
    // io/ parses files into core types; it never touches storage or the UI.
    files: ['src/io/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react-dom', 'dexie', 'dexie-react-hooks'], message: 'io/ touches neither React nor Dexie' },
          { group: ['**/storage/**', '**/features/**', '**/ui/**', '**/app/**', '**/workers/**'], message: 'io/ depends on core only' },
        ],
      }],
    },
  },
  // The other layers: storage and workers sit on core and io, ui on core, features on all of them, app on top.
  fence(['src/storage/**/*.{ts,tsx}'], {
    group: ['**/features/**', '**/ui/**', '**/app/**', '**/workers/**'],
    message: 'storage/ serves the screens and never reaches back into them, nor into workers',
  }),
  fence(['src/workers/**/*.ts'], {
    group: ['react', 'react-dom', 'react/*', 'dexie', 'dexie-react-hooks', '**/storage/**', '**/features/**', '**/ui/**', '**/app/**'],
    message: 'a worker is a thin shell over core/ and io/',
  }),
  fence(['src/ui/**/*.{ts,tsx}'], DEXIE, {
    group: ['**/storage/**', '**/features/**', '**/app/**', '**/workers/**', '**/io/**'],
    message: 'ui/ is presentational: React and core types, no data access and no screens',
  }),
  fence(['src/features/**/*.{ts,tsx}'], DEXIE, {
    group: ['**/app/**'],
    message: 'screens take what they share with the shell (route, save status) from features/common, never from app/',
  }),
  fence(['src/app/**/*.{ts,tsx}', 'src/main.tsx'], DEXIE),
);
