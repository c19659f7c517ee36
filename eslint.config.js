import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// One-way imports (docs/architecture in README): report imports nothing of ours; checks only
// report; store adds those; components never the store; app anything.
const restrict = (...groups) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: groups.map((group) => ({
        group: [group],
        message: 'Imports flow one way: see README "Code layout".',
      })),
    },
  ],
});

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
    files: ['src/report/**'],
    rules: restrict(
      '**/checks/**',
      '**/store/**',
      '**/components/**',
      '**/app/**',
      '**/importer/**',
      '**/export/**',
    ),
  },
  {
    files: ['src/checks/**', 'src/importer/**', 'src/export/**'],
    rules: restrict('**/store/**', '**/components/**', '**/app/**'),
  },
  { files: ['src/store/**'], rules: restrict('**/components/**', '**/app/**') },
  { files: ['src/components/**'], rules: restrict('**/store/**', '**/app/**') },
  { files: ['tests/**'], rules: { '@typescript-eslint/no-non-null-assertion': 'off' } },
);
