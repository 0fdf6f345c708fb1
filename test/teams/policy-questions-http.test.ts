import { describe, expect, it } from 'vitest';
import { cardAction, channelMention, membersAdded, personalMessage } from '../support/activities';
import { useBot } from '../support/bot-harness';
import { expectValidAdaptiveCard } from '../support/adaptive-card-schema';

describe('policy questions through POST /api/messages', () => {
  const t = useBot();

  it('answers a personal-chat question with a card quoting the clause', async () => {
    const response = await t.bot.post(personalMessage('Is it OK to attach a PDF to my post?'));
    expect(response.status).toBe(200);
    await t.connector.waitFor((sent) => sent.length === 1);
    const [reply] = t.connector.posted();
    expect(reply!.path).toContain('/v3/conversations/');
    const card = t.connector.cards()[0]!.card;
    expectValidAdaptiveCard(card);
    const json = JSON.stringify(card);
    expect(json).toContain('Not allowed');
    expect(json).toContain('refrain from uploading files');
    expect(json).toContain('section 5');
    expect(json).toContain('expired');
  });

  it('answers a channel @mention with the <at> text removed', async () => {
    const response = await t.bot.post(channelMention('can I share a link to a news article?'));
    expect(response.status).toBe(200);
    await t.connector.waitFor((sent) => sent.length === 1);
    const json = JSON.stringify(t.connector.cards()[0]!.card);
    expect(json).toContain('Allowed');
    expect(json).toContain('upload useful links');
    expect(json).not.toContain('<at>');
  });

  it('says plainly when the policy does not cover a question, citing nothing', async () => {
    await t.bot.post(personalMessage('How do I claim overtime?'));
    await t.connector.waitFor((sent) => sent.length === 1);
    const card = t.connector.cards()[0]!.card;
    expect(JSON.stringify(card)).toContain('Not covered by the policy');
    expect(JSON.stringify(card)).not.toContain('policy.section');
  });

  it('answers help, a greeting and an empty @mention with the help card', async () => {
    for (const activity of [personalMessage('help'), personalMessage('hiya'), channelMention('')]) {
      expect((await t.bot.post(activity)).status).toBe(200);
    }
    await t.connector.waitFor((sent) => sent.length === 3);
    for (const { card } of t.connector.cards()) {
      expectValidAdaptiveCard(card);
      expect(JSON.stringify(card)).toContain('What I can do');
    }
  });

  it('processes a resent activity (same id) once', async () => {
    const activity = personalMessage('can I upload files?');
    await t.bot.post(activity);
    await t.bot.post(activity);
    await t.connector.waitFor((sent) => sent.length >= 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(t.connector.sent).toHaveLength(1);
  });

  it('welcomes a new team install', async () => {
    await t.bot.post(membersAdded());
    await t.connector.waitFor((sent) => sent.length === 1);
    expect(JSON.stringify(t.connector.cards()[0]!.card)).toContain('Social Media Policy Bot');
  });

  it('records "helpful" feedback from the card action without the question, and answers the invoke', async () => {
    const response = await t.bot.post(cardAction('policy.feedback', { clauseId: '5.g8', verdict: 'not_allowed', helpful: true }, { personal: true }));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expectValidAdaptiveCard((response.body as { value: unknown }).value);
    const now = new Date();
    const feedback = await t.bot.store.feedback.list({ from: new Date(now.getTime() - 60_000), to: new Date(now.getTime() + 60_000) });
    expect(feedback).toHaveLength(1);
    expect(feedback[0]).toMatchObject({ clauseId: '5.g8', verdict: 'not_allowed', helpful: true });
    expect(Object.keys(feedback[0]!).sort()).toEqual(['at', 'clauseId', 'helpful', 'id', 'verdict']);
  });

  it('shows the whole section for "Show the whole section"', async () => {
    await t.bot.post(personalMessage('Can I put a photo of my kids as my avatar?'));
    await t.connector.waitFor((sent) => sent.length === 1);
    const actions = (t.connector.cards()[0]!.card.actions ?? []) as Array<{ verb: string; data: { clauseId: string } }>;
    const show = actions.find((a) => a.verb === 'policy.section')!;
    const response = await t.bot.post(cardAction('policy.section', { clauseId: show.data.clauseId }, { personal: true }));
    const card = (response.body as { value: Record<string, unknown> }).value;
    expectValidAdaptiveCard(card);
    expect(JSON.stringify(card)).toContain('only photographs of the specific employee');
  });

  it('rejects a card action with tampered data and changes nothing', async () => {
    const response = await t.bot.post(cardAction('policy.feedback', { clauseId: { $ne: 1 }, verdict: 'maybe', helpful: 'yes' }, { personal: true }));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ statusCode: 400, type: 'application/vnd.microsoft.error' });
    const unknownVerb = await t.bot.post(cardAction('admin.dropTables', {}, { personal: true }));
    expect(unknownVerb.body).toMatchObject({ statusCode: 400 });
  });

  it('never logs the question text', async () => {
    await t.bot.post(personalMessage('can I post my mobile 07700 900123 in my status?'));
    await t.connector.waitFor((sent) => sent.length === 1);
    expect(JSON.stringify(t.bot.logs)).not.toContain('07700');
  });
});
