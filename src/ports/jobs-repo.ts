/** Scheduled jobs port: one run per (job, time) across instances. */
export type JobRunStatus = 'running' | 'succeeded' | 'failed';
export interface JobRun {
  jobName: string;
  scheduledFor: Date;
  owner: string;
  startedAt: Date;
  finishedAt: Date | null;
  status: JobRunStatus;
  error: string | null;
}
export interface JobsRepo {
  /** True for exactly one caller per (jobName, scheduledFor), across instances and restarts. */
  tryRunOnce(jobName: string, scheduledFor: Date, owner: string): Promise<boolean>;
  finishRun(jobName: string, scheduledFor: Date, outcome: { status: 'succeeded' | 'failed'; error?: string }): Promise<void>;
  /** The run with the latest scheduledFor. */
  lastRun(jobName: string): Promise<JobRun | undefined>;
}
