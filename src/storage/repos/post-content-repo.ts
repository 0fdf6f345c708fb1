import type { Clock } from '../../ports/clock';
import type { PostContentRepo } from '../../ports/post-content-repo';
import { type SqlClient, toDate } from '../sql-client';

/** The ONLY table with raw post text. Retention deletes rows; nothing else copies the text. */
export function postContentRepo(c: SqlClient, clock: Clock): PostContentRepo {
  return {
    async put(flagId, content, at) {
      await c.query(
        `INSERT INTO post_content (flag_id, text, file_names, created_at) VALUES ($1, $2, $3::text[], $4)
         ON CONFLICT (flag_id) DO UPDATE SET text = EXCLUDED.text, file_names = EXCLUDED.file_names`,
        [flagId, content.text, content.fileNames ?? [], at ?? clock.now()],
      );
    },
    async get(flagId) {
      const { rows } = await c.query<{ flag_id: string; text: string; file_names: string[]; created_at: unknown }>(
        'SELECT * FROM post_content WHERE flag_id = $1',
        [flagId],
      );
      const r = rows[0];
      return r ? { flagId: r.flag_id, text: r.text, fileNames: r.file_names ?? [], createdAt: toDate(r.created_at) } : undefined;
    },
    async purgeOlderThan(date) {
      return (await c.query('DELETE FROM post_content WHERE created_at < $1', [date])).rowCount;
    },
  };
}
