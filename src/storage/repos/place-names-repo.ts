import type { PlaceNamesRepo } from '../../ports/place-names-repo';
import type { SqlClient } from '../sql-client';

/**
 * Renames rewrite the stored names, so every card re-rendered afterwards, the report and the CSV
 * use the current name (a moderator reading an old card sees where the post is now).
 */
export function placeNamesRepo(c: SqlClient): PlaceNamesRepo {
  return {
    async renameChannel(channelId, name) {
      const watched = await c.query('UPDATE watched_channels SET name = $2 WHERE channel_id = $1 AND name IS DISTINCT FROM $2', [channelId, name]);
      const flags = await c.query('UPDATE flags SET channel_name = $2 WHERE channel_id = $1 AND channel_name IS DISTINCT FROM $2', [channelId, name]);
      return { watched: watched.rowCount, flags: flags.rowCount };
    },
    async renameTeam(teamId, name) {
      const watched = await c.query('UPDATE watched_channels SET team_name = $2 WHERE team_id = $1 AND team_name IS DISTINCT FROM $2', [teamId, name]);
      const flags = await c.query('UPDATE flags SET team_name = $2 WHERE team_id = $1 AND team_name IS DISTINCT FROM $2', [teamId, name]);
      return { watched: watched.rowCount, flags: flags.rowCount };
    },
  };
}
