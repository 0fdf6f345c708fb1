/** Processed activities port: dedupes incoming activities across restarts and instances. */
export interface ActivitiesRepo {
  /** True only the first time an id is seen — across restarts and instances. */
  claimActivity(activityId: string, at?: Date): Promise<boolean>;
  pruneOlderThan(date: Date): Promise<number>;
}
