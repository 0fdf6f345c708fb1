import type { Clock } from '../../ports/clock';
import type { JobRunStatus, JobsRepo } from '../../ports/jobs-repo';
import { type SqlClient, toDate, toNullableDate } from '../sql-client';

/**
 * Scheduled jobs run once per (job, scheduled time) across all instances: the winner is
 * whoever inserts the row. Simpler than advisory locks and identical on both adapters.
 */
export function jobsRepo(c: SqlClient, clock: Clock): JobsRepo {
  return {
    async tryRunOnce(jobName, scheduledFor, owner) {
      const res = await c.query(
        `INSERT INTO job_runs (job_name, scheduled_for, owner, started_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (job_name, scheduled_for) DO NOTHING`,
        [jobName, scheduledFor, owner, clock.now()],
      );
      return res.rowCount === 1;
    },
    async finishRun(jobName, scheduledFor, outcome) {
      await c.query(
        'UPDATE job_runs SET status = $3, error = $4, finished_at = $5 WHERE job_name = $1 AND scheduled_for = $2',
        [jobName, scheduledFor, outcome.status, outcome.error ?? null, clock.now()],
      );
    },
    async lastRun(jobName) {
      const { rows } = await c.query<Record<string, unknown>>(
        'SELECT * FROM job_runs WHERE job_name = $1 ORDER BY scheduled_for DESC LIMIT 1',
        [jobName],
      );
      const r = rows[0];
      return r
        ? {
            jobName: String(r.job_name), scheduledFor: toDate(r.scheduled_for), owner: String(r.owner),
            startedAt: toDate(r.started_at), finishedAt: toNullableDate(r.finished_at),
            status: r.status as JobRunStatus, error: (r.error as string | null) ?? null,
          }
        : undefined;
    },
  };
}
