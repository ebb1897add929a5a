// @ts-check
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const SCRIPTS_MESSAGE = 'src/ must not import scripts/: move what the build needs into src/ (the edition layer is src/edition/).';
const BROWSER_MESSAGE =
  'Code for the browser (src/client/) must not import Node built-ins, Astro or build modules: move what both sides need into src/shared/.';
const SHARED_MESSAGE = 'src/shared/ is imported by the browser and the build alike: it must not import Node built-ins, Astro, src/client/ or build modules.';
/** The folders of src/ (and beside it) that hold build code. */
const BUILD_FOLDERS = ['components', 'edition', 'integrations', 'layouts', 'lib', 'pages', 'plugins', 'styles', 'scripts', 'test'];

/**
 * no-restricted-imports options for code that runs in a browser: no Node built-ins, no Astro, none of `folders` (relative imports).
 * @param {string[]} folders
 * @param {string} message
 */
const importsOnly = (folders, message) => ({
  paths: builtinModules.map((name) => ({ name, message })),
  patterns: [
    { regex: '^node:', message },
    { regex: '^(astro|@astrojs/)', message },
    { regex: `^(\\.\\./)+(${folders.join('|')})(/|$)`, message },
  ],
});

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'test-results/', 'content/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // A name starting with _ is a deliberately unused parameter or binding (e.g. it.each's title).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      // Chinese typesetting puts thin and ideographic spaces in text on purpose; elsewhere they are a mistake.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipJSXText: true, skipRegExps: true, skipComments: true }],
    },
  },
  {
    // The site and the edition layer it builds from live in src/; scripts/ holds only command-line entry points.
    files: ['src/**/*.{ts,astro}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/scripts/**'], message: SCRIPTS_MESSAGE }],
        },
      ],
    },
  },
  {
    // What runs in the reader's browser (src/client/) stays apart from the build: no Node built-ins,
    // no Astro, no module of the build's folders; what both sides need lives in src/shared/. A
    // component's <script> is linted as a virtual file beside it (Component.astro/0_0.ts).
    files: ['src/client/**/*.ts', 'src/**/*.astro/*.ts'],
    rules: { 'no-restricted-imports': ['error', importsOnly(BUILD_FOLDERS, BROWSER_MESSAGE)] },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', importsOnly(['client', ...BUILD_FOLDERS], SHARED_MESSAGE)] },
  },
);
