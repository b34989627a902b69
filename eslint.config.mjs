// Lint: type-aware typescript-eslint, Lit and web-component rules, and a ban on the DOM sinks
// that would let data become markup (unsafeHTML, unsafeCSS, unsafeStatic, innerHTML, …).
import js from '@eslint/js';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const UNSAFE_SINKS_MESSAGE =
  'Data must never become markup: render it with Lit templates (see docs/guides/security.md).';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'docs/site/**',
      '.changeset/**',
      'coverage/**',
      'packages/elements/custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    rules: {
      // Lit calls template listeners (`@click=${this.onClick}`) with the element as `this`.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    ...wcConfigs['flat/best-practice'],
  },
  {
    // The unsafe-sink ban covers everything under packages/, tests included.
    files: ['packages/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit/directives/unsafe-html.js', message: UNSAFE_SINKS_MESSAGE },
            { name: 'lit/directives/unsafe-svg.js', message: UNSAFE_SINKS_MESSAGE },
            { name: 'lit/directives/unsafe-mathml.js', message: UNSAFE_SINKS_MESSAGE },
            {
              name: 'lit/static-html.js',
              importNames: ['unsafeStatic'],
              message: UNSAFE_SINKS_MESSAGE,
            },
            { name: 'lit', importNames: ['unsafeCSS'], message: UNSAFE_SINKS_MESSAGE },
          ],
          patterns: [
            {
              group: ['lit-html/directives/unsafe-*', 'lit/directives/unsafe-*'],
              message: UNSAFE_SINKS_MESSAGE,
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'Identifier[name=/^(unsafeHTML|unsafeCSS|unsafeStatic|unsafeSVG|unsafeMathML)$/]',
          message: UNSAFE_SINKS_MESSAGE,
        },
        {
          selector:
            'MemberExpression[property.name=/^(innerHTML|outerHTML|insertAdjacentHTML|setHTMLUnsafe)$/]',
          message: UNSAFE_SINKS_MESSAGE,
        },
        {
          selector:
            'CallExpression[callee.property.name=/^(write|writeln)$/][callee.object.name="document"]',
          message: UNSAFE_SINKS_MESSAGE,
        },
      ],
    },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    rules: {
      // core does no I/O and keeps no hidden clock: time and randomness are injected.
      'no-restricted-globals': [
        'error',
        { name: 'window', message: '@wangge/core has no DOM.' },
        { name: 'document', message: '@wangge/core has no DOM.' },
        { name: 'fetch', message: '@wangge/core does no I/O.' },
        { name: 'process', message: '@wangge/core does no I/O.' },
      ],
      'no-restricted-properties': [
        'error',
        {
          object: 'Date',
          property: 'now',
          message: 'Inject a clock instead of reading Date.now().',
        },
        {
          object: 'Math',
          property: 'random',
          message: 'Inject randomness instead of Math.random().',
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      parserOptions: { projectService: false, project: false, program: null },
      globals: { ...globals.node },
    },
  },
  {
    files: ['**/*.test.ts', '**/test/**/*.ts', '**/test-support/**/*.ts', '**/bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
