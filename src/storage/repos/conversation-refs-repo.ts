import type { Clock } from '../../ports/clock';
import type { ConversationRefsRepo } from '../../ports/conversation-refs-repo';
import type { ConversationRef } from '../../ports/messenger';
import { type SqlClient, json } from '../sql-client';

export function conversationRefsRepo(c: SqlClient, clock: Clock): ConversationRefsRepo {
  return {
    async upsert(key, ref) {
      await c.query(
        `INSERT INTO conversation_refs (key, ref, updated_at) VALUES ($1, $2::jsonb, $3)
         ON CONFLICT (key) DO UPDATE SET ref = EXCLUDED.ref, updated_at = EXCLUDED.updated_at`,
        [key, json(ref), clock.now()],
      );
    },
    async get(key) {
      const { rows } = await c.query<{ ref: ConversationRef }>('SELECT ref FROM conversation_refs WHERE key = $1', [key]);
      return rows[0]?.ref;
    },
  };
}
