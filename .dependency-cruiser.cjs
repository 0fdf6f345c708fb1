/**
 * Dependency rules, checked by `npm test` (`npm run lint:deps`, and test/architecture/dependency-rules.test.ts).
 * The picture they enforce is in docs/architecture.md: domain folders hold the logic and import no
 * SDK, driver, file/OS API, timer or adapter, so replacing botbuilder/teams-ai or the database
 * touches adapters only; and nothing in src/ imports in a circle.
 */
const DOMAIN = '^src/(policy|detection|moderation|reports|status|cards|delivery|ports|answer-learning|membership)/';
const ADAPTERS = '^src/(storage|connector|http|teams|app|cli|runtime|language|main[.]ts)';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle hides which module depends on which; break it by moving the shared type to the module both need.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'domain-no-sdk-or-driver',
      comment: 'Domain code stays free of the Bot Framework/Teams SDKs, the web server and database drivers: adapters translate at the edge.',
      severity: 'error',
      from: { path: DOMAIN },
      to: { path: '(^|/)node_modules/(botbuilder[^/]*|botframework-[^/]+|@microsoft/[^/]+|restify[^/]*|pg|pg-[^/]+|@electric-sql/[^/]+|pino[^/]*)/' },
    },
    {
      name: 'domain-no-io-or-timers',
      comment: 'File, OS, process, network and timer APIs belong in adapters (src/runtime, src/app, src/storage...); the domain gets them through ports.',
      severity: 'error',
      from: { path: DOMAIN },
      to: { dependencyTypes: ['core'], path: '^(node:)?(fs|os|timers|child_process|worker_threads|net|http|https|http2|dgram|dns|cluster|readline|process)(/|$)' },
    },
    {
      name: 'domain-no-adapter',
      comment: 'The domain never imports an adapter or the composition root; adapters import the domain.',
      severity: 'error',
      from: { path: DOMAIN },
      to: { path: ADAPTERS },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing is a typo or a missing dependency.',
      severity: 'error',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count: a type cycle is still a cycle for the reader.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
