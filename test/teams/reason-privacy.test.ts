import { beforeAll, describe, expect, it } from 'vitest';
import { runRetention } from '../../src/delivery/retention';
import { cardAction, channelMention, channelPost, MODERATORS_CHANNEL, PSD_CHANNEL, users, WATCHED_CHANNEL } from '../support/activities';
import { useBot } from '../support/bot-harness';

const PHONE = '07700 900123';
const EMAIL = 'jo.bloggs1987@gmail.com';
const RAW = new RegExp(`${PHONE}|${EMAIL.replace(/\./g, '\\.')}`);

/**
 * Reasons and notes are free text: a phone number or a personal email typed into one is masked
 * before it is stored, carded or exported, and reason text is purged with the post text.
 */
describe('personal data typed into reasons', () => {
  const ctx = useBot({ env: { ADMIN_IDS: users.admin.aadObjectId, MODERATOR_IDS: users.mod.aadObjectId, PSD_IDS: users.psd.aadObjectId } });
  beforeAll(async () => {
    await ctx.bot.post(channelMention('watch', { user: users.admin }));
    await ctx.bot.post(channelMention('set moderators', { user: users.admin, channelId: MODERATORS_CHANNEL, channelName: 'Moderators' }));
    await ctx.bot.post(channelMention('set psd', { user: users.admin, channelId: PSD_CHANNEL, channelName: 'PSD' }));
  });

  async function flag(text: string) {
    const post = channelPost(text);
    expect((await ctx.bot.post(post)).status).toBe(200);
    return (await ctx.bot.store.flags.getByPostKey(WATCHED_CHANNEL, post.id, 'scan'))!;
  }

  it('masks note, dismiss and escalation reasons in storage, cards and the audit log, and purges them with the post', async () => {
    const reason = `Spoke to her on ${PHONE}, personal email ${EMAIL}`;
    const a = await flag('Ring me on 07700 900555 about the rota');
    const b = await flag('Ring me on 07700 900666 about the rota');
    const connector = ctx.connector;
    for (const activity of [
      cardAction('flag.note', { flagId: a.id, note: reason }, { user: users.mod }),
      cardAction('flag.dismiss', { flagId: a.id, dismissReasonText: reason }, { user: users.mod }),
      cardAction('flag.escalate', { flagId: b.id, escalationReason: reason }, { user: users.mod }),
    ]) {
      const response = await ctx.bot.post(activity);
      expect(response.status).toBe(200);
      expect(JSON.stringify(response.body)).not.toMatch(RAW);
    }
    await connector.waitFor((sent) => sent.some((s) => decodeURIComponent(s.path).includes(PSD_CHANNEL)));
    expect(JSON.stringify(connector.sent)).not.toMatch(RAW);

    const stored = JSON.stringify([
      await ctx.bot.store.flags.get(a.id), await ctx.bot.store.flags.get(b.id),
      await ctx.bot.store.flagActions.listForFlag(a.id), await ctx.bot.store.flagActions.listForFlag(b.id),
      await ctx.bot.store.audit.listForTarget(a.id), await ctx.bot.store.audit.listForTarget(b.id),
    ]);
    expect(stored).not.toMatch(RAW);
    expect(stored).toContain('•'); // masked, not dropped: moderators still see that a number was given

    // 100 days later, retention removes the reason text with the post text; the actions and audit entries stay.
    const later = { now: () => new Date(Date.now() + 100 * 86_400_000) };
    const result = await runRetention(ctx.bot.store, { retentionDays: 90, clock: later });
    expect(result.reasonsPurged).toBeGreaterThan(0);
    const actions = await ctx.bot.store.flagActions.listForFlag(a.id);
    expect(actions.map((x) => x.action)).toEqual(expect.arrayContaining(['note', 'dismissed']));
    expect(actions.filter((x) => x.action !== 'flagged').every((x) => x.reason === null || x.reason.includes('removed'))).toBe(true);
    expect((await ctx.bot.store.flags.get(a.id))!.dismissReason).toMatch(/removed/);
    expect((await ctx.bot.store.flags.get(b.id))!.escalationReason).toMatch(/removed/);
  });
});
