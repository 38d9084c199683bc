// ESLint flat config for the whole project (run from the repository root with
// `--config tests/eslint.config.mjs`). TypeScript rules come from
// typescript-eslint's strict set; React rules check hooks and JSX.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {ignores: ['build/**', 'build-base/**', '.docusaurus/**', 'node_modules/**', 'reports/**']},
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: {react, 'react-hooks': reactHooks},
    settings: {react: {version: 'detect'}},
    languageOptions: {globals: {...globals.browser, ...globals.node}},
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs['jsx-runtime'].rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', {fixStyle: 'inline-type-imports'}],
    },
  },
  {
    // In tests a failed look-up should fail the test, so asserting presence is acceptable there.
    files: ['tests/**/*.{ts,tsx}', '**/*.test.{ts,tsx}'],
    rules: {'@typescript-eslint/no-non-null-assertion': 'off'},
  },
  {
    files: ['**/*.mjs'],
    languageOptions: {globals: globals.node},
  },
  {
    // Production code (the site, its config, plugins and scripts) never imports test support.
    files: ['src/**/*.{ts,tsx,mjs}', 'docusaurus.config.ts', 'sidebars.ts'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {patterns: [{regex: '(^|/)tests/', message: 'Production code must not import test support (tests/).'}]},
      ],
    },
  },
);
