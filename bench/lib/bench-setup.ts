/**
 * Set-up shared by the benchmarks that drive the real bot through a fake connector: the Teams
 * team the connector describes, and the admin's `watch` / `set moderators` commands, checked
 * against the bot's own reply. A benchmark whose set-up silently failed measures nothing (every
 * post lands in an unwatched channel), so a set-up that is not confirmed throws.
 */
import { channelMention, MODERATORS_CHANNEL, TEAM_ID, users, WATCHED_CHANNEL } from '../../test/support/activities';
import type { FakeConnector, FakeTeam } from './fake-connector';

/** The team as the fake connector lists it (GET /v3/teams/{id}/conversations and /v3/teams/{id}). */
export const BENCH_TEAMS: Record<string, FakeTeam> = {
  [TEAM_ID]: {
    name: 'Force Network',
    channels: [{ id: TEAM_ID }, { id: WATCHED_CHANNEL, name: 'General chat' }, { id: MODERATORS_CHANNEL, name: 'Moderators' }],
  },
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The text of the bot's replies in a channel (replies go to "<channel>;messageid=<root>") since `since`. */
function repliesIn(connector: FakeConnector, channelId: string, since: number): string[] {
  return connector.events
    .filter((e) => e.at >= since && e.method === 'POST' && e.conversationId.startsWith(channelId) && e.conversationId !== channelId)
    .map((e) => String(e.body.text ?? ''));
}

/**
 * Sends `watch` in the watched channel and `set moderators` in the moderators' channel, retrying a
 * refused post as Teams would, and waits for the bot's confirmation of each.
 */
export async function setUpChannels(post: (activity: unknown) => Promise<number>, connector: FakeConnector, timeoutMs = 60_000): Promise<void> {
  const steps = [
    { text: 'watch', channelId: WATCHED_CHANNEL, confirmed: /Now watching|already watching/ },
    { text: 'set moderators', channelId: MODERATORS_CHANNEL, confirmed: /is now the moderators’ channel/ },
  ];
  for (const step of steps) {
    const since = Date.now();
    const activity = { ...channelMention(step.text, { user: users.admin, channelId: step.channelId }), serviceUrl: connector.url };
    for (let i = 0; i < 20 && (await post(activity)) !== 200; i++) await sleep(500);
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline && !repliesIn(connector, step.channelId, since).some((t) => step.confirmed.test(t))) await sleep(100);
    const replies = repliesIn(connector, step.channelId, since);
    if (!replies.some((t) => step.confirmed.test(t))) {
      throw new Error(`set-up failed: "${step.text}" was not confirmed by the bot (its replies: ${JSON.stringify(replies.map((t) => t.slice(0, 120)))})`);
    }
  }
}
