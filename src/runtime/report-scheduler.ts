/**
 * Sends the PSD report on a cron schedule (REPORT_SCHEDULE, Europe/London), exactly once per
 * scheduled time across all bot instances: `jobs.tryRunOnce` lets one caller win each
 * (job, scheduledFor). Each tick looks only at the most recent scheduled time <= now, so a
 * bot that was down over one or more runs sends the latest missed report once on return,
 * not one per missed week.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { Cron } from 'croner';
import type { Clock } from '../ports/clock';
import type { Logger } from '../ports/logger';
import type { JobsRepo } from '../ports/jobs-repo';
import { formatLondon } from '../reports/london-time';
import type { ScheduledPeriod } from '../reports/report-period';

export type { ScheduledPeriod } from '../reports/report-period';

export const REPORT_JOB_NAME = 'psd-report';
const SECOND = 1000;
const HOUR = 3600 * SECOND;
const DAY = 24 * HOUR;
/** Widening look-back windows: a minutely schedule needs 60 steps, a yearly one still resolves. */
const LOOKBACKS = [HOUR, DAY, 8 * DAY, 32 * DAY, 367 * DAY];
const MAX_WAIT_MS = 60 * SECOND;

export interface ReportSchedulerOptions {
  store: { jobs: JobsRepo };
  clock: Clock;
  /** Cron expression, e.g. '0 8 * * 1' (Mondays 08:00). */
  schedule: string;
  timezone?: string;
  /** Builds the report for `period` and enqueues it (see createReportEnqueuer). Throw to mark the run failed. */
  buildAndEnqueue: (period: ScheduledPeriod, scheduledFor: Date) => Promise<void>;
  logger: Logger;
  /** Identifies this instance in job_runs; default host:pid:random. */
  owner?: string;
  jobName?: string;
}

export type TickResult =
  | { status: 'none' }
  | { status: 'already_ran'; scheduledFor: Date }
  | { status: 'sent'; scheduledFor: Date; period: ScheduledPeriod }
  | { status: 'failed'; scheduledFor: Date; error: string }
  | { status: 'busy' };

export interface ReportScheduler {
  /** Checks once; safe to call from several instances at the same time. */
  tick(): Promise<TickResult>;
  /** Ticks now (catch-up), then at each scheduled time (re-checking at least every 60 s). */
  start(): Promise<TickResult>;
  /** Stops the timer; resolves when an in-flight tick has finished. */
  stop(): Promise<void>;
  /** Next scheduled time after `after` (for status pages). */
  nextRunAfter(after: Date): Date | null;
}

export function createReportScheduler(opts: ReportSchedulerOptions): ReportScheduler {
  const timezone = opts.timezone ?? 'Europe/London';
  // No callback: croner only computes times; our own timer drives ticks (testable, clock-injected).
  const cron = new Cron(opts.schedule, { timezone });
  const owner = opts.owner ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const jobName = opts.jobName ?? REPORT_JOB_NAME;
  const log = opts.logger.child({ component: 'report-scheduler', jobName });
  let inFlight: Promise<TickResult> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running = false;

  async function runTick(): Promise<TickResult> {
    const now = opts.clock.now();
    const scheduledFor = latestRunAtOrBefore(cron, now);
    if (!scheduledFor) return { status: 'none' };
    const late = now.getTime() - scheduledFor.getTime() > 5 * 60 * SECOND;
    // Catch-up is for a run the bot missed while down. A fresh install has no earlier run, so it
    // waits for the next scheduled time instead of reporting the moment it first starts.
    if (late && !(await opts.store.jobs.lastRun(jobName))) return { status: 'none' };
    if (!(await opts.store.jobs.tryRunOnce(jobName, scheduledFor, owner))) {
      return { status: 'already_ran', scheduledFor };
    }
    const period = periodEndingAt(cron, scheduledFor);
    log.info({ scheduledFor: scheduledFor.toISOString(), owner, catchUp: late }, 'sending scheduled report');
    try {
      await opts.buildAndEnqueue(period, scheduledFor);
      await opts.store.jobs.finishRun(jobName, scheduledFor, { status: 'succeeded' });
      return { status: 'sent', scheduledFor, period };
    } catch (e) {
      // Names and messages only: report code handles ids and counts, never post text.
      const error = e instanceof Error ? `${e.name}: ${e.message}`.slice(0, 300) : 'non-error thrown';
      log.error({ scheduledFor: scheduledFor.toISOString(), error }, 'scheduled report failed');
      await opts.store.jobs.finishRun(jobName, scheduledFor, { status: 'failed', error }).catch((finishError: unknown) => {
        log.error({ error: finishError instanceof Error ? finishError.name : 'unknown' }, 'could not record report failure');
      });
      return { status: 'failed', scheduledFor, error };
    }
  }

  function tick(): Promise<TickResult> {
    if (inFlight) return Promise.resolve({ status: 'busy' });
    inFlight = runTick().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  }

  function arm(): void {
    if (!running) return;
    const now = opts.clock.now();
    const next = cron.nextRun(now);
    const wait = next ? Math.min(MAX_WAIT_MS, Math.max(SECOND, next.getTime() - now.getTime())) : MAX_WAIT_MS;
    timer = setTimeout(() => {
      tick()
        .catch((e: unknown) => log.error({ error: e instanceof Error ? e.name : 'unknown' }, 'report tick failed'))
        .finally(arm);
    }, wait);
    timer.unref?.();
  }

  return {
    tick,
    async start() {
      if (running) return { status: 'busy' };
      running = true;
      const first = await tick().catch((e: unknown): TickResult => {
        log.error({ error: e instanceof Error ? e.name : 'unknown' }, 'report tick failed');
        return { status: 'none' };
      });
      arm();
      return first;
    },
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await inFlight?.catch(() => undefined);
    },
    nextRunAfter: (after) => cron.nextRun(after),
  };
}

/** The most recent scheduled time at or before `at` (croner only looks forward). */
export function latestRunAtOrBefore(cron: Cron, at: Date): Date | null {
  for (const back of LOOKBACKS) {
    let cursor = cron.nextRun(new Date(at.getTime() - back));
    if (!cursor || cursor > at) continue;
    let latest = cursor;
    while ((cursor = cron.nextRun(cursor)) && cursor <= at) latest = cursor;
    return latest;
  }
  return null;
}

/** From the previous scheduled time to this one (7 days for a weekly schedule, DST-aware). */
export function periodEndingAt(cron: Cron, scheduledFor: Date): ScheduledPeriod {
  const previous = latestRunAtOrBefore(cron, new Date(scheduledFor.getTime() - SECOND));
  const from = previous ?? new Date(scheduledFor.getTime() - 7 * DAY);
  const days = Math.round((scheduledFor.getTime() - from.getTime()) / DAY);
  const span = days === 7 ? 'week' : days >= 1 ? `${days} days` : 'period';
  return { from, to: scheduledFor, label: `scheduled, ${span} to ${formatLondon(scheduledFor)}` };
}
