/**
 * The layers of src/ (see src/ARCHITECTURE.md), lowest first. A module may import its own layer and the
 * layers below it, never one above; no cycles; the core (every layer below node/) imports no Node.js
 * built-in module. `npm run lint:deps` (part of `npm test`) checks it.
 */
const LAYERS = [
  ['format', '^src/(format/|lists\\.ts$|memo\\.ts$|terminal\\.ts$|version\\.ts$)'],
  ['model', '^src/(model/|messages/|errors\\.ts$|size\\.ts$)'],
  ['readers', '^src/readers/'],
  ['analysis', '^src/analysis/'],
  ['rules', '^src/rules/'],
  ['check', '^src/check/'],
  ['output', '^src/(renderers|formatters)/'],
  ['node', '^src/(node/|options\\.ts$)'],
  ['cli', '^src/(cli/|index\\.ts$)'],
  // The offline page (src/app/): browser code on top of the core's entry; nothing imports it.
  ['app', '^src/app/'],
];

const upward = LAYERS.slice(0, -1).map(([name, path], i) => ({
  name: `layer-${name}-imports-above`,
  comment: `${name} may import only itself and the layers below it (${LAYERS.slice(0, i).map(([n]) => n).join(', ') || 'none'})`,
  severity: 'error',
  from: { path },
  to: { path: LAYERS.slice(i + 1).map(([, p]) => `(${p})`).join('|') },
}));

const core = LAYERS.slice(0, LAYERS.findIndex(([n]) => n === 'node')).map(([, p]) => `(${p})`).join('|');

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', comment: 'no import cycle, dynamic imports included', from: {}, to: { circular: true } },
    {
      name: 'core-imports-no-node-builtin',
      severity: 'error',
      comment: 'the pure core runs unchanged in a browser: no node: module below src/node/',
      from: { path: core },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-tests-from-src',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(tests|scripts)/' },
    },
    {
      name: 'app-imports-only-the-core',
      severity: 'error',
      comment: 'the offline page runs in a browser: it imports src/core.ts (the pure core) and its own files, nothing else of src/ and no Node.js module',
      from: { path: '^src/app/' },
      to: { path: '^src/', pathNot: '^src/(app/|core\\.ts$)' },
    },
    {
      name: 'app-imports-no-node-builtin',
      severity: 'error',
      from: { path: '^src/app/' },
      to: { dependencyTypes: ['core'] },
    },
    ...upward,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.js', '.json'] },
    exclude: { path: '(^|/)(node_modules|dist)/' },
  },
};
