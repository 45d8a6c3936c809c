import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import layersPlugin from './eslint/layers.js';

/*
 * Layers (docs/ARCHITECTURE.md): imports point one way only.
 *   domain   <- content <- storage <- ui <- features/<name> <- app
 * (storage does not use content; ui may use storage, content and domain.)
 * Specifiers are matched as written: a relative path that climbs out (`../`) and names another
 * layer's folder is the wrong way. Every rule below also keeps IndexedDB inside src/storage.
 * Each rule holds for static imports (`no-restricted-imports`) and for dynamic `import('…')` and
 * `import('…')` types alike (`layers/dynamic-imports`, eslint/layers.js): code loaded later is
 * still code of its layer. Only src/main.tsx and src/entry-server.tsx import src/app.
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
/** A config that lets `files` import none of `patterns` ({ regex, message }) nor `paths`, statically or dynamically. */
const restrict = (files, patterns, paths = [IDB], ignores = []) => ({
  files,
  ignores,
  plugins: { layers: layersPlugin },
  rules: {
    'no-restricted-imports': ['error', { paths, patterns }],
    'layers/dynamic-imports': ['error', { paths, patterns }],
  },
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
  restrict(
    ['src/*.{ts,tsx}', 'src/vendor/**/*.{ts,tsx}'],
    [
      {
        regex: layer('app'),
        message: 'Only src/main.tsx and src/entry-server.tsx import src/app (the shell). Move the shared piece into src/ui.',
      },
    ],
    [IDB],
    ['src/main.tsx', 'src/entry-server.tsx'],
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
  frontDoors(),
);

/*
 * One front door per feature (docs/ARCHITECTURE.md, "Screens by URL"): from outside a feature, only
 * its index.ts may be imported (`features/plan` or `features/plan/index`), whether statically, passed
 * on with `export … from`, or loaded later with import(). Inside a feature its own files are free
 * (the layer rules above keep features apart). Tests may reach in to test one screen.
 */
function frontDoors() {
  const slash = (p) => p.replace(/\\/g, '/');
  const rule = {
    meta: {
      type: 'problem',
      schema: [],
      messages: {
        inner: 'Import the {{name}} feature only through its front door, src/features/{{name}}/index.ts: add what you need to it there.',
      },
    },
    create(context) {
      const file = slash(context.filename);
      const features = `${slash(context.cwd).replace(/\/$/, '')}/src/features/`;
      const check = (node) => {
        const source = node.source;
        const spec =
          source?.type === 'Literal' ? source.value : source?.type === 'TemplateLiteral' && !source.expressions.length ? source.quasis[0].value.cooked : undefined;
        if (typeof spec !== 'string' || !spec.startsWith('.')) return;
        const target = decodeURIComponent(new URL(spec, `file://${file}`).pathname);
        if (!target.startsWith(features)) return;
        const [name, ...rest] = target.slice(features.length).split('/');
        if (!name || file.startsWith(`${features}${name}/`)) return;
        if (rest.length === 0 || (rest.length === 1 && /^index(\.tsx?)?$/.test(rest[0]))) return;
        context.report({ node: source, messageId: 'inner', data: { name } });
      };
      return { ImportDeclaration: check, ImportExpression: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
    },
  };
  return {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { barriers: { rules: { 'feature-front-door': rule } } },
    rules: { 'barriers/feature-front-door': 'error' },
  };
}
