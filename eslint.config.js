import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Layers import one way: model <- engine <- store <- graph, ui <- app/embed (../shared/STYLE.md).
// shell holds what the app and the embed share (URL state, dataset loading, saved datasets): both
// import it, it imports neither. timing holds when deferred work runs (after a frame, when idle):
// the store's panels and the graph's renderers share it, and it imports nothing.
const LAYERS = ['timing', 'model', 'ingest', 'engine', 'store', 'graph', 'shell', 'ui', 'editor', 'embed', 'cli', 'app'];
const allowed = {
  timing: [],
  model: [],
  ingest: ['model'],
  engine: ['model'],
  store: ['model', 'engine', 'timing'],
  graph: ['model', 'engine', 'timing'],
  shell: ['model', 'engine'],
  ui: ['model', 'engine', 'store', 'shell'],
  // The editor: React forms over pure edits (src/model/edit.ts); only the app mounts it.
  editor: ['model', 'ingest', 'engine', 'store', 'graph', 'shell', 'ui'],
  embed: ['model', 'engine', 'store', 'graph', 'shell', 'ui'],
  cli: ['model', 'ingest', 'engine', 'graph'],
  app: ['model', 'ingest', 'engine', 'store', 'graph', 'shell', 'ui', 'editor', 'embed'],
};
const noPackages = {
  timing: ['react', 'react-dom', 'zustand', 'd3-*'],
  // d3-dsv is a pure CSV parser and writer (spreadsheets, LegiScan's CSV datasets, the CSV files
  // model/csv.ts writes), not a DOM module.
  model: ['react', 'react-dom', 'zustand', ['d3-*', '!d3-dsv']],
  ingest: ['react', 'react-dom', 'zustand', ['d3-*', '!d3-dsv']],
  engine: ['react', 'react-dom', 'zustand', 'd3-*'],
  store: ['d3-*'],
  editor: ['d3-*'],
  shell: ['react', 'react-dom', 'zustand', 'd3-*'],
  cli: ['react', 'react-dom', 'zustand', 'd3-selection', 'd3-zoom', 'd3-drag', 'd3-transition'],
};

const layerRules = LAYERS.map((layer) => ({
  files: [`src/${layer}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...LAYERS.filter((other) => other !== layer && !allowed[layer].includes(other)).map((other) => ({
            // The legend (ui) shares the graph's colour encodings, a node's caption the boxes around the node, and the app what a phone is; only those.
            regex:
              layer === 'ui' && other === 'graph'
                ? '^\\.\\./graph(/(?!core/(encodings|surroundings|widths)$).*)?$'
                : `^(\\.\\./${other}(/.*)?|.*/src/${other}/.*)$`,
            message: `src/${layer} may not import src/${other} (layers: model <- engine <- store <- graph, shell, ui <- app/embed).`,
          })),
          ...(noPackages[layer] ?? []).map((pkg) => ({ group: [pkg].flat(), message: `src/${layer} stays free of ${[pkg].flat()[0]}.` })),
          { group: ['d3', 'd3/*'], message: 'Import d3 sub-packages (d3-force, d3-zoom...), not all of d3.' },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results', '*.tmp.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Dataset text is rendered as text, never HTML.' },
      ],
    },
  },
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node } } },
  // Tests poke at malformed datasets on purpose, so they may hold untyped JSON.
  { files: ['tests/**/*.{ts,tsx}'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  ...layerRules,
);
