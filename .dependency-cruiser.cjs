/* global module */
/**
 * Which way the layers of CasePack import (docs/architecture.md draws the same picture). Checked in
 * `npm test` by test/architecture/layers.test.ts; run by hand with `npx depcruise --config .dependency-cruiser.cjs
 * core cli electron renderer/src test`.
 */
const SHARED = '^core/(util|money|dates|documents)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      comment: 'A module never reaches itself again through its imports, type-only imports included.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-not-to-shells',
      comment: 'core is the domain library: it never imports the CLI, the Electron shell or the renderer.',
      severity: 'error',
      from: { path: '^core/' },
      to: { path: '^(cli|electron|renderer)/' },
    },
    {
      name: 'renderer-only-public-api',
      comment:
        'The renderer talks to core through CasePackApi only: besides its own files and npm packages it imports core/api/public-api.ts, nothing else of the repository.',
      severity: 'error',
      from: { path: '^renderer/src/' },
      to: { path: '^(core|cli|electron|templates|test|scripts|bench|data)/', pathNot: '^core/api/public-api\\.ts$' },
    },
    {
      name: 'renderer-public-api-types-only',
      comment: 'No core code runs in the page: the renderer imports the public API module with `import type` only.',
      severity: 'error',
      from: { path: '^renderer/src/' },
      to: { path: '^core/api/public-api\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'shared-helpers-not-to-features',
      comment:
        'Shared helpers (core/util, core/money, core/dates, core/documents) serve every feature and import none: only each other, core/errors.ts, core/project-root.ts and npm packages.',
      severity: 'error',
      from: { path: SHARED, pathNot: '\\.test\\.ts$' },
      to: { path: '^core/', pathNot: [SHARED, '^core/(errors|project-root)\\.ts$'] },
    },
    {
      name: 'cli-electron-not-to-renderer',
      comment: 'The shells call core; neither imports the renderer or the other shell.',
      severity: 'error',
      from: { path: '^(cli|electron)/' },
      to: { path: '^(renderer/src|electron|cli)/', pathNot: '^$1/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|test-artifacts)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
  },
};
