import { runMembershipSweep } from '../membership/membership-sweep';
import { createReportScheduler, type ReportScheduler } from '../runtime/report-scheduler';
import type { Config } from '../config/load-config';
import type { ModerationDeps } from '../moderation/moderation-deps';
import type { Clock } from '../ports/clock';
import type { Logger } from '../ports/logger';
import type { Store } from '../ports/store';
import type { TeamRoster } from '../ports/team-roster';
import type { KickDispatcher } from '../teams/route-deps';

export const MEMBERSHIP_JOB_NAME = 'membership-check';

export interface MembershipFeature {
  scheduler: ReportScheduler;
  /** Runs the check now (tests, and an admin's "check members"). */
  runNow(): ReturnType<typeof runMembershipSweep>;
  start(): void;
  stop(): Promise<void>;
}

/** What the daily roster check uses. */
export interface MembershipFeatureDeps {
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly config: Pick<Config, 'bot' | 'membershipCheckSchedule'>;
  readonly moderationDeps: ModerationDeps;
  readonly roster: TeamRoster;
  readonly kickDispatcher: KickDispatcher;
}

/**
 * The daily roster check's timer lives here, in the composition root. It reuses the report
 * scheduler: `jobs.tryRunOnce` lets exactly one instance run each scheduled time, so several
 * instances never check (or alert) twice, and a bot that was down runs the missed check once.
 */
export function createMembershipFeature(deps: MembershipFeatureDeps, owner: string): MembershipFeature {
  const runNow = async () => {
    const result = await runMembershipSweep({ moderation: deps.moderationDeps, roster: deps.roster, tenantId: deps.config.bot.tenantId });
    deps.logger.info({ ok: result.ok, teamsRead: result.teamsRead, failures: result.failures.length, leaversRemoved: result.leaversRemoved, externalAlerted: result.externalAlerted }, 'membership check finished');
    for (const conversation of result.conversations) deps.kickDispatcher(conversation);
    deps.kickDispatcher();
    return result;
  };
  const scheduler = createReportScheduler({
    store: deps.store,
    clock: deps.clock,
    schedule: deps.config.membershipCheckSchedule,
    timezone: 'Europe/London',
    logger: deps.logger,
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
      scheduler.start().catch((error: unknown) => deps.logger.error({ err: error }, 'membership check scheduler failed to start'));
    },
    stop: () => scheduler.stop(),
  };
}
