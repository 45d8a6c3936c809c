import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';

/*
 * Layers (docs/ARCHITECTURE.md): imports point one way only.
 *   domain   <- content <- storage <- ui <- features/<name> <- app
 * (storage does not use content; ui may use storage, content and domain.)
 * Specifiers are matched as written: a relative path that climbs out (`../`) and names another
 * layer's folder is the wrong way. Every rule below also keeps IndexedDB inside src/storage.
 */
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const IDB = { name: 'idb', message: 'Only src/storage/ touches IndexedDB.' };
const REACT = ['react', 'react-dom', 'react-router', 'react-i18next', 'i18next'].map((name) => ({
  name,
  message: 'src/domain is plain TypeScript: no React, router or i18n. Pass what it needs in as arguments.',
}));
const layer = (name) => `(^|/)${name}(/|$)`;
const climbTo = (names) => `^(\\.\\./)+(${names.join('|')})(/|$)`;
/** A config that lets `files` import none of `patterns` ({ regex, message }) nor `paths`. */
const restrict = (files, patterns, paths = [IDB], ignores = []) => ({
  files,
  ignores,
  rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
});
const layers = [
  restrict(
    ['src/domain/**/*.{ts,tsx}'],
    [
      {
        regex: `${layer('content')}|${layer('storage')}|${layer('features')}|${layer('app')}|${layer('ui')}`,
        message: 'src/domain is pure logic: it imports only from src/domain. Pass content in as arguments.',
      },
    ],
    [IDB, ...REACT],
  ),
  restrict(
    ['src/content/**/*.{ts,tsx}'],
    [
      {
        regex: `${layer('storage')}|${layer('features')}|${layer('app')}|${layer('ui')}`,
        message: 'src/content is data: it imports only from src/domain and src/content.',
      },
    ],
    [IDB, ...REACT.map((r) => ({ ...r, message: 'src/content is data: no React, router or i18n.' }))],
  ),
  restrict(
    ['src/storage/**/*.{ts,tsx}'],
    [
      {
        regex: `${layer('content')}|${layer('features')}|${layer('app')}|${layer('ui')}`,
        message: 'src/storage imports only from src/domain (record types, schema, migrations).',
      },
    ],
    [],
  ),
  restrict(
    ['src/boot/**/*.{ts,tsx}'],
    [
      {
        regex: `^\\.\\./|^(?!\\./)`,
        message: 'src/boot is the page\'s own small script, built on its own: it imports only from src/boot.',
      },
    ],
  ),
  restrict(
    ['src/ui/**/*.{ts,tsx}'],
    [
      {
        regex: `${layer('features')}|${layer('app')}`,
        message: 'src/ui is shared by every feature: it never imports a feature or the app shell. Move the shared piece into src/ui.',
      },
    ],
  ),
  ...FEATURES.map((name) =>
    restrict(
      [`src/features/${name}/**/*.{ts,tsx}`],
      [
        {
          regex: `${climbTo(FEATURES.filter((f) => f !== name))}|${layer('features')}`,
          message: 'A feature never imports another feature. Move the shared piece into src/ui (screens) or src/domain (logic).',
        },
        {
          regex: climbTo(['app']),
          message: 'A feature never imports src/app. Move the shared piece into src/ui.',
        },
      ],
    ),
  ),
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'coverage', 'dev-dist'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'No focused tests.' },
        { selector: "CallExpression[callee.property.name='skip']", message: 'No skipped tests.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/storage/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'idb', message: 'Only src/storage/ touches IndexedDB.' }] }],
      'no-restricted-globals': ['error', { name: 'indexedDB', message: 'Only src/storage/ touches IndexedDB.' }],
    },
  },
  ...layers,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
