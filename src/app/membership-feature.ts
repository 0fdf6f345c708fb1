import { runMembershipSweep } from '../membership/membership-sweep';
import { createReportScheduler, type ReportScheduler } from '../runtime/report-scheduler';
import type { BotServices } from '../teams/bot-services';

export const MEMBERSHIP_JOB_NAME = 'membership-check';

export interface MembershipFeature {
  scheduler: ReportScheduler;
  /** Runs the check now (tests, and an admin's "check members"). */
  runNow(): ReturnType<typeof runMembershipSweep>;
  start(): void;
  stop(): Promise<void>;
}

/**
 * The daily roster check's timer lives here, in the composition root. It reuses the report
 * scheduler: `jobs.tryRunOnce` lets exactly one instance run each scheduled time, so several
 * instances never check (or alert) twice, and a bot that was down runs the missed check once.
 */
export function createMembershipFeature(services: BotServices, owner: string): MembershipFeature {
  const runNow = async () => {
    const result = await runMembershipSweep({ moderation: services.moderationDeps, roster: services.roster, tenantId: services.config.bot.tenantId });
    services.logger.info({ ok: result.ok, teamsRead: result.teamsRead, failures: result.failures.length, leaversRemoved: result.leaversRemoved, externalAlerted: result.externalAlerted }, 'membership check finished');
    for (const conversation of result.conversations) services.kickDispatcher(conversation);
    services.kickDispatcher();
    return result;
  };
  const scheduler = createReportScheduler({
    store: services.store,
    clock: services.clock,
    schedule: services.config.membershipCheckSchedule,
    timezone: 'Europe/London',
    logger: services.logger,
    owner,
    jobName: MEMBERSHIP_JOB_NAME,
    buildAndEnqueue: async () => {
      const result = await runNow();
      // A failed roster read marks the run failed in job_runs too, as well as on the settings card.
      if (!result.ok && result.failures.length) throw new Error(`roster check incomplete: ${result.failures.length} team(s) unreadable`);
    },
  });
  return {
    scheduler,
    runNow,
    start() {
      scheduler.start().catch((error: unknown) => services.logger.error({ err: error }, 'membership check scheduler failed to start'));
    },
    stop: () => scheduler.stop(),
  };
}
