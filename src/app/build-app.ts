import type { Server } from 'restify';
import type { Logger as PinoLogger } from 'pino';
import type { Config } from '../config/load-config';
import { createScanner } from '../detection';
import { isDiskFull } from '../errors/storage-fault';
import { ConnectorMessenger } from '../connector/connector-messenger';
import { createBotFrameworkTokenProvider } from '../connector/token-provider';
import { createOutboxRenderer } from './outbox-renderer';
import type { ModerationDeps } from '../moderation/moderation-deps';
import { createOutboxDispatcher, type OutboxDispatcher } from '../delivery/outbox-dispatcher';
import { runRetention } from '../delivery/retention';
import { createHttpServer, type ReadinessReport } from '../http/create-server';
import { createRoleChecker } from '../moderation/roles';
import { createScannerProvider } from '../moderation/scanner-provider';
import { type PolicyIndex } from '../policy';
import { loadPolicyFile } from './load-policy-file';
import { realSleep } from '../runtime/real-sleep';
import { loadLanguageResources, shippedIndexOptions } from '../language/load-language-resources';
import { loadSentenceEncoder } from '../language/sentence-encoder';
import { createLivePolicyIndex, type LivePolicyIndex } from './live-policy-index';
import { loadApprovedExamples } from './policy-examples';
import { maskFindings } from './mask-findings';
import { systemClock, type Clock } from '../ports/clock';
import type { Messenger } from '../ports/messenger';
import type { Store } from '../ports/store';
import { withConfigCache } from '../storage/config-cache';
import { createStore } from '../storage/create-store';
import { createBot, type Bot } from '../teams/create-bot';
import { detectionConfigFrom, scannerWithout } from './detection-setup';
import { withPersonalChatResolution } from './personal-chat-messenger';
import { exportClauseResolver, findingClausesFor } from './finding-clauses-setup';
import { createReportFeature, type ReportFeature } from './report-feature';
import { createSampleSelector } from './sample-selector';
import { createMembershipFeature, type MembershipFeature } from './membership-feature';
import { createTeamRosterClient } from '../connector/team-roster-client';
import { buildBotDeps } from './bot-deps';

export interface BuildOptions {
  logger: PinoLogger;
  clock?: Clock;
  /** Tests pass a store they own (fresh schema); otherwise one is opened from the config. */
  store?: Store;
  /** Tests may wrap the messenger; the default talks to the Bot Framework connector. */
  messenger?: Messenger;
  /** Instance name for outbox leases and job runs. */
  instanceId?: string;
}

export interface BuiltApp {
  server: Server;
  /** Which adapter the store runs on, for the start-up log line. */
  storeKind: Store['kind'];
  bot: Bot;
  dispatcher: OutboxDispatcher;
  reports: ReportFeature;
  membership: MembershipFeature;
  policy: LivePolicyIndex;
  /** Listens and starts the background work (dispatcher, report schedule, retention). */
  start(): Promise<{ port: number }>;
  /** Graceful: stop accepting, let in-flight turns finish, stop the dispatcher, close the store. */
  stop(): Promise<void>;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** A readiness check that has not answered by then counts as failed: /readyz must answer promptly. */
const READINESS_CHECK_MS = 4_000;

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * The composition root: everything is built here from the parsed config, so tests can build the
 * same app on an ephemeral port with their own store and clock.
 */
export async function buildApp(config: Config, options: BuildOptions): Promise<BuiltApp> {
  const { logger } = options;
  const clock = options.clock ?? systemClock;
  const instanceId = options.instanceId ?? config.instanceId;

  // The policy loads first: a malformed document stops the bot before it listens.
  const policyDocs = config.policyFiles.map((file) => loadPolicyFile(file, (message) => logger.warn(message)));
  const language = await loadLanguageResources(config.cacheDir);
  logger.info({ wordVectorsFromCache: language.fromCache }, 'language resources loaded');
  const policy = createLivePolicyIndex(policyDocs, shippedIndexOptions(language));
  const detectionConfig = detectionConfigFrom(config);
  const scanner = createScanner(detectionConfig);

  const store = withConfigCache(options.store ?? (await createStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, clock, logger })), { ttlMs: config.settingsCacheMs, clock });
  const tokens = createBotFrameworkTokenProvider({ appId: config.bot.appId, appPassword: config.bot.appPassword, tenantId: config.bot.tenantId, botType: config.bot.type });
  const baseMessenger = options.messenger ?? new ConnectorMessenger({ tokens, clock });
  const messenger = withPersonalChatResolution(baseMessenger, store.conversationRefs);
  const clausesFor = findingClausesFor(config.policyFiles, policy);
  const maskText = (text: string) => maskFindings(text, scanner);
  const moderationDeps: ModerationDeps = { store, clock, clausesFor, maskText };
  // Cards are rendered as they are sent, from current state (src/app/outbox-renderer.ts).
  const render = createOutboxRenderer({ moderation: moderationDeps, reportQueries: store.reportQueries });
  const dispatcher = createOutboxDispatcher({ store, messenger, clock, logger, owner: instanceId, pollIntervalMs: config.outboxPollMs, sleep: realSleep, render });
  const roles = createRoleChecker(config.bootstrapRoles, store.roles);
  const roster = createTeamRosterClient({ tokens });
  const exportClauses = exportClauseResolver(clausesFor);
  const kickDispatcher = (conversationKey?: string) => dispatcher.kick(conversationKey);
  // Approved example questions (learning from use) join retrieval from the start.
  await loadApprovedExamples(store, policy, logger);
  const reports = createReportFeature({ store, clock, logger, config, roles, exportClauses, kickDispatcher }, instanceId);
  const membership = createMembershipFeature({ store, clock, logger, config, moderationDeps, roster, kickDispatcher }, instanceId);
  const bot = createBot(
    buildBotDeps({
      config,
      logger,
      clock,
      store,
      policy,
      scanner,
      scanners: createScannerProvider(store.settings, (disabled) => scannerWithout(detectionConfig, disabled)),
      moderationDeps,
      roles,
      sampleSelector: createSampleSelector(store.settings, config.samplingKey),
      roster,
      learning: { store, clock, maskText, reloadExamples: () => loadApprovedExamples(store, policy, logger) },
      exportClauses,
      kickDispatcher,
      fileConsent: reports.fileConsent,
    }),
  );

  const readiness = async (): Promise<ReadinessReport> => {
    const checks: ReadinessReport['checks'] = { policy: { ok: policy.clauseCount > 0, detail: policy.clauseCount } };
    // Side by side, each with a deadline: a database that never answers fails both in READINESS_CHECK_MS.
    const [ping, health] = await Promise.allSettled([withDeadline(store.ping(), READINESS_CHECK_MS), withDeadline(dispatcher.health(), READINESS_CHECK_MS)]);
    const storageFull = ping.status === 'rejected' && isDiskFull(ping.reason);
    checks.storage = ping.status === 'fulfilled' ? { ok: true, detail: store.kind } : { ok: false, detail: storageFull ? `${store.kind} cannot write: disk full` : `${store.kind} unreachable` };
    checks.dispatcher =
      health.status === 'fulfilled'
        ? { ok: health.value.running || !started, detail: { running: health.value.running, pending: health.value.pending, failed: health.value.failed, oldestPendingAgeMs: health.value.oldestPendingAgeMs } }
        : { ok: false, detail: 'health unavailable' };
    return { ready: Object.values(checks).every((check) => check.ok), checks };
  };
  const server = createHttpServer({ config, logger, processActivity: (activity, authHeader, res) => bot.processActivity(activity, authHeader, res), readiness, extraRoutes: (s) => reports.registerRoutes(s) });

  let started = false;
  let retentionTimer: NodeJS.Timeout | undefined;
  const retention = async () => {
    try {
      const result = await runRetention(store, { retentionDays: config.retentionDays, clock, logger });
      logger.info({ ...result }, 'retention run finished');
    } catch (error) {
      logger.error({ err: error }, 'retention run failed');
    }
  };

  return {
    server,
    storeKind: store.kind,
    bot,
    dispatcher,
    reports,
    membership,
    policy,
    async start() {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          server.removeListener('error', reject);
          resolve();
        });
      });
      started = true;
      // Leases this instance held before a crash or SIGKILL would otherwise wait out their expiry.
      try {
        const released = await store.outbox.releaseLeasesOf(instanceId);
        if (released > 0) logger.info({ released, instanceId }, 'released outbox leases left by this instance');
      } catch (error) {
        logger.warn({ err: error }, 'could not release old outbox leases; they will expire');
      }
      dispatcher.start();
      reports.start();
      // The sentence encoder (seconds to load, longer on a first start) must not hold up listening: until
      // it is attached, questions the index would refuse are refused without its second opinion.
      if (config.sentenceEncoder) {
        void loadSentenceEncoder(config.cacheDir, policy.encoderTexts).then(
          (encoder) => {
            policy.useSentenceEncoder(encoder);
            logger.info({ clauseVectorsFromCache: encoder.fromCache }, 'sentence encoder loaded');
          },
          (error: unknown) => logger.warn({ err: error }, 'sentence encoder could not be loaded; answering without it'),
        );
      }
      membership.start();
      retentionTimer = setInterval(retention, DAY_MS);
      retentionTimer.unref();
      void retention();
      const address = server.address();
      return { port: typeof address === 'object' && address ? address.port : config.port };
    },
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      const deadline = Date.now() + 10_000;
      while (bot.inFlight() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      if (retentionTimer) clearInterval(retentionTimer);
      reports.stop();
      await membership.stop();
      await dispatcher.stop();
      if (!options.store) await store.close();
    },
  };
}
