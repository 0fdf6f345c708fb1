/**
 * Dependency rules, checked by `npm test` (`npm run lint:deps`, and test/architecture/dependency-rules.test.ts).
 * The picture they enforce is in docs/architecture.md: domain folders hold the logic and import no
 * SDK, driver, file/OS API, timer or adapter, so replacing botbuilder/teams-ai or the database
 * touches adapters only; and nothing in src/ imports in a circle.
 */
const DOMAIN = '^src/(policy|detection|moderation|reports|status|cards|delivery|ports|answer-learning|membership|audit)/';
const ADAPTERS = '^src/(storage|connector|http|teams|app|cli|runtime|language|main[.]ts)';
/** Everything in the domain except cards/ itself (and the folders beside it, audit/). */
const NOT_CARDS = '^src/(policy|detection|moderation|reports|status|delivery|ports|answer-learning|membership|audit)/';
/**
 * The few domain modules cards/ may import values from: pure formatting and labels, no use case
 * and no store. Everything else cards/ takes from moderation/reports/membership is a type.
 */
const CARD_HELPERS = '^src/(reports/(london-time|report-format|report-data|dip-sampling-figures|membership-figures)|moderation/(raise-types|flag-views|settings-text))[.]ts$';

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
      name: 'domain-no-cards',
      comment: 'Use cases return typed outcomes and queue outbox messages; cards are rendered by the composition root (app/outbox-renderer.ts) and the Teams adapter. A domain import of cards/ is how the old cycle (moderation/reports -> cards -> moderation/reports) began.',
      severity: 'error',
      from: { path: NOT_CARDS },
      to: { path: '^src/cards/' },
    },
    {
      name: 'cards-types-only',
      comment: 'cards/ turns domain data into card JSON: it imports domain types, and values only from the pure helpers in CARD_HELPERS, never a use case.',
      severity: 'error',
      from: { path: '^src/cards/' },
      to: { path: '^src/(moderation|reports|membership|delivery|ports|audit)/', dependencyTypesNot: ['type-only'], pathNot: CARD_HELPERS },
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
