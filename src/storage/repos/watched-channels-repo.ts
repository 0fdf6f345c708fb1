import type { Clock } from '../../ports/clock';
import type { ConversationRef } from '../../ports/messenger';
import type { WatchedChannel, WatchedChannelsRepo } from '../../ports/watched-channels-repo';
import { type SqlClient, json, toDate } from '../sql-client';

interface Row {
  channel_id: string; team_id: string; name: string; team_name: string | null; conversation_ref: ConversationRef;
  watched_by: string; watched_at: unknown;
}
const map = (r: Row): WatchedChannel => ({
  channelId: r.channel_id, teamId: r.team_id, name: r.name, teamName: r.team_name ?? null, conversationRef: r.conversation_ref,
  watchedBy: r.watched_by, watchedAt: toDate(r.watched_at),
});

export function watchedChannelsRepo(c: SqlClient, clock: Clock): WatchedChannelsRepo {
  return {
    async watch(input) {
      // xmax = 0 only for a freshly inserted row: tells "newly watched" from "refreshed".
      const { rows } = await c.query<{ inserted: boolean }>(
        `INSERT INTO watched_channels (channel_id, team_id, name, conversation_ref, watched_by, watched_at, team_name)
         VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7)
         ON CONFLICT (channel_id) DO UPDATE SET team_id = EXCLUDED.team_id, name = EXCLUDED.name,
           conversation_ref = EXCLUDED.conversation_ref, team_name = coalesce(EXCLUDED.team_name, watched_channels.team_name)
         RETURNING (xmax = 0) AS inserted`,
        [input.channelId, input.teamId, input.name, json(input.conversationRef), input.watchedBy, input.watchedAt ?? clock.now(), input.teamName ?? null],
      );
      return rows[0]?.inserted === true;
    },
    async unwatch(channelId) {
      return (await c.query('DELETE FROM watched_channels WHERE channel_id = $1', [channelId])).rowCount > 0;
    },
    async isWatched(channelId) {
      return (await c.query('SELECT 1 FROM watched_channels WHERE channel_id = $1', [channelId])).rows.length > 0;
    },
    async get(channelId) {
      const { rows } = await c.query<Row>('SELECT * FROM watched_channels WHERE channel_id = $1', [channelId]);
      return rows[0] ? map(rows[0]) : undefined;
    },
    async list() {
      const { rows } = await c.query<Row>('SELECT * FROM watched_channels ORDER BY name, channel_id');
      return rows.map(map);
    },
  };
}
