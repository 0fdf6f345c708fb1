import { beforeAll, describe, expect, it } from 'vitest';
import { channelMention, channelPost, MODERATORS_CHANNEL, users, WATCHED_CHANNEL } from '../support/activities';
import { expectValidAdaptiveCard } from '../support/adaptive-card-schema';
import { useBot } from '../support/bot-harness';
import { captureConnector } from '../support/connector-capture';

const LONE_ESCAPE = /\\ud[89a-f][0-9a-f]{2}/i;

/** One odd character must not stop moderation: NUL, lone surrogates and long emoji runs are stored and carded. */
describe('hostile characters in posts and names', () => {
  const ctx = useBot({ env: { ADMIN_IDS: users.admin.aadObjectId } });
  beforeAll(async () => {
    const connector = captureConnector();
    await ctx.bot.post(channelMention('watch', { user: users.admin }));
    await ctx.bot.post(channelMention('set moderators', { user: users.admin, channelId: MODERATORS_CHANNEL, channelName: 'Moderators' }));
    await connector.waitFor((sent) => sent.length === 2);
  });

  const cases: Array<[string, string, typeof users.sam]> = [
    ['a NUL in the post', 'Ring me on 07700 900123\u0000 tonight', users.sam],
    ['a lone surrogate in the post', 'Ring me on 07700 900123 \uD83D tonight', users.sam],
    ['a NUL and a lone surrogate in the poster name', 'Ring me on 07700 900123', { ...users.sam, name: 'Sam\u0000 \uDE00Example' }],
    ['a phone number followed by 400 emoji', `Ring me on 07700 900123 ${'😀'.repeat(400)}`, users.sam],
  ];

  it.each(cases)('flags and cards %s', async (_label, text, user) => {
    const connector = ctx.connector;
    const post = channelPost(text, { user });
    const response = await ctx.bot.post(post);
    expect(response.status).toBe(200);
    const flag = await ctx.bot.store.flags.getByPostKey(WATCHED_CHANNEL, post.id, 'scan');
    expect(flag?.detectionTypes).toContain('phone');
    await connector.waitFor(() => connector.cards().some((c) => decodeURIComponent(c.path).includes(MODERATORS_CHANNEL)));
    const card = connector.cards().find((c) => decodeURIComponent(c.path).includes(MODERATORS_CHANNEL))!;
    expect(JSON.stringify(card.card)).not.toMatch(LONE_ESCAPE);
    expect(JSON.stringify(card.card)).not.toContain('\\u0000');
    expectValidAdaptiveCard(card.card);
  });
});
