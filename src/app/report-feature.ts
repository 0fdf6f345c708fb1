import type { Server } from 'restify';
import { registerDownloadsRoute } from '../http/downloads-route';
import { PSD_CHANNEL_KEY, type ChannelSetting } from '../moderation/channel-settings';
import { createReportEnqueuer } from '../reports/enqueue-report';
import { exportReport } from '../reports/export-report';
import { downloadExport } from '../reports/report-use-cases';
import { createReportScheduler, type ReportScheduler } from '../runtime/report-scheduler';
import type { Config } from '../config/load-config';
import type { RoleChecker } from '../moderation/roles';
import type { Clock } from '../ports/clock';
import type { Logger } from '../ports/logger';
import type { Store } from '../ports/store';
import type { ClauseResolver } from '../reports/export-rows';
import type { KickDispatcher } from '../teams/route-deps';
import { createFileConsentHandlers, type FileConsentHandlers } from '../teams/routes/file-consent-route';

/**
 * Wires the report feature's parts: the PSD report schedule (src/runtime), the signed
 * /downloads route (src/http) and the file consent upload (src/teams). The report and export
 * commands themselves live in teams/commands/report-commands.ts and report-delivery.ts.
 */
export interface ReportFeature {
  scheduler: ReportScheduler;
  fileConsent: FileConsentHandlers;
  registerRoutes(server: Server): void;
  start(): void;
  stop(): void;
}

/** What the report feature's parts use. */
export interface ReportFeatureDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly config: Pick<Config, 'reportSchedule' | 'reportTimeZone' | 'downloadLinkSecret'>;
  /** The PSD role is checked again at download and upload time. */
  readonly roles: RoleChecker;
  /** The export's "policy clauses offended" column. */
  readonly exportClauses: ClauseResolver;
  readonly kickDispatcher: KickDispatcher;
}

export function createReportFeature(deps: ReportFeatureDeps, owner: string): ReportFeature {
  const { store, clock, config, logger } = deps;
  const enqueue = createReportEnqueuer({
    store,
    clock,
    queries: store.reportQueries,
    psdConversation: async () => (await store.settings.get<ChannelSetting>(PSD_CHANNEL_KEY))?.conversationRef,
  });
  const scheduler = createReportScheduler({
    store,
    clock,
    schedule: config.reportSchedule,
    timezone: config.reportTimeZone,
    logger,
    owner,
    buildAndEnqueue: async (period, scheduledFor) => {
      await enqueue(period, scheduledFor);
      deps.kickDispatcher();
    },
  });

  const fileConsent = createFileConsentHandlers({
    audit: store.audit,
    clock,
    logger,
    isPsd: (userId) => deps.roles.has(userId, 'psd'),
    exportCsv: async (period) => Buffer.from((await exportReport(store, period, 'csv', clock.now(), deps.exportClauses, store.reportQueries)).body),
  });

  return {
    scheduler,
    fileConsent,
    registerRoutes(server) {
      registerDownloadsRoute(server, {
        secret: config.downloadLinkSecret,
        now: () => clock.now(),
        logger,
        isPsd: (userId) => deps.roles.has(userId, 'psd'),
        claimOnce: (key, at) => store.activities.claimActivity(key, at),
        produce: (token) => downloadExport(store, { token, secret: config.downloadLinkSecret, now: clock.now(), resolveClause: deps.exportClauses, queries: store.reportQueries }),
      });
    },
    start() {
      scheduler.start().catch((error: unknown) => logger.error({ err: error }, 'report scheduler failed to start'));
    },
    stop() {
      void scheduler.stop();
    },
  };
}


