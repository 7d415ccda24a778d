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
          { group: ['**/storage/**', '**/features/**', '**/ui/**', '**/app/**'], message: 'io/ depends on core only' },
        ],
      }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/storage/**', 'src/core/**', 'src/io/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'dexie', message: 'Only src/storage imports Dexie' }],
      }],
    },
  },
);
