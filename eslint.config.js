import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The layers of src/ and what each may import besides itself (docs/architecture.md). Every
// entry of src/ is one of them (tests/unit/architecture checks that, and that lint refuses each
// import these rules forbid).
export const layers = {
  report: [],
  checks: ['report'],
  importer: ['report'],
  export: ['report'],
  load: ['report', 'checks', 'importer'],
  // Figures and checks across many reports: pure functions over loaded reports.
  library: ['report', 'checks', 'load'],
  // Many reports as a dataset: Parquet, the worker's table and queries, the synthetic reports.
  dataset: ['report', 'checks', 'load', 'library'],
  i18n: ['report'],
  store: ['report', 'checks', 'importer', 'load'],
  // i18n for the types of the `messages` props only (see below).
  components: ['report', 'checks', 'export', 'i18n'],
  app: [
    'report',
    'checks',
    'importer',
    'export',
    'load',
    'library',
    'dataset',
    'i18n',
    'store',
    'components',
  ],
  prerender: ['report', 'load', 'i18n', 'store', 'app'],
  'main.tsx': ['app', 'prerender', 'store'],
};

/** The core: plain TypeScript that runs anywhere (a worker, Node, the command line). */
const core = ['report', 'checks', 'importer', 'export', 'load', 'library', 'dataset'];

const message = (layer) =>
  `${layer} may import only ${layers[layer].join(', ') || 'nothing of ours'}: see docs/architecture.md`;

const layerZones = Object.keys(layers).map((layer) => ({
  target: `./src/${layer}`,
  from: './src',
  except: [layer, ...layers[layer]].map((allowed) => `./${allowed}`),
  message: message(layer),
}));

// Inside the importer, its two stages know only the document between them (source-document.ts).
const importerStages = [
  ['readers', 'extractors'],
  ['extractors', 'readers'],
].map(([stage, other]) => ({
  target: `./src/importer/${stage}`,
  from: `./src/importer/${other}`,
  message: `importer ${stage} do not import ${other}: they meet in source-document.ts (docs/architecture.md)`,
}));

const uiPackages = [
  'react',
  'react-dom',
  'react-dom/*',
  'react-router',
  'react-router-dom',
  'zustand',
  'zustand/*',
  'recharts',
  '@tanstack/react-table',
];

export default tseslint.config(
  { ignores: ['dist', 'reports', 'node_modules', 'tmp', 'public/schema'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...importX.flatConfigs.typescript,
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...importerStages] }],
      // Runtime cycles; cycles through type imports too are found by tests/unit/architecture.
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: core.map((layer) => `src/${layer}/**`),
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: uiPackages,
              message: 'no React (or other UI packages) in the core: see docs/architecture.md',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/components/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/i18n/**'],
              allowTypeImports: true,
              message:
                'components get their strings as a typed `messages` prop: import only types from i18n',
            },
          ],
        },
      ],
    },
  },
  { files: ['tests/**'], rules: { '@typescript-eslint/no-non-null-assertion': 'off' } },
);
