import type { Clock } from '../../ports/clock';
import type { ActivitiesRepo } from '../../ports/activities-repo';
import type { SqlClient } from '../sql-client';

/** Incoming-activity dedupe: Teams redelivers on timeouts; a unique insert decides who handles it. */
export function activitiesRepo(c: SqlClient, clock: Clock): ActivitiesRepo {
  return {
    async claimActivity(activityId, at) {
      const res = await c.query(
        'INSERT INTO processed_activities (activity_id, received_at) VALUES ($1, $2) ON CONFLICT (activity_id) DO NOTHING',
        [activityId, at ?? clock.now()],
      );
      return res.rowCount === 1;
    },
    async pruneOlderThan(date) {
      return (await c.query('DELETE FROM processed_activities WHERE received_at < $1', [date])).rowCount;
    },
  };
}
