import nock from 'nock';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cardAction, channelMention, membersAdded, personalMessage } from '../support/activities';
import { startBot, type BotHarness } from '../support/bot-harness';
import { captureConnector, type ConnectorCapture } from '../support/connector-capture';
import { expectValidAdaptiveCard } from '../support/adaptive-card-schema';

describe('policy questions through POST /api/messages', () => {
  let bot: BotHarness;
  let connector: ConnectorCapture;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(async () => {
    await bot.stop();
  });
  beforeEach(() => {
    nock.cleanAll();
    connector = captureConnector();
  });

  it('answers a personal-chat question with a card quoting the clause', async () => {
    const response = await bot.post(personalMessage('Is it OK to attach a PDF to my post?'));
    expect(response.status).toBe(200);
    await connector.waitFor((sent) => sent.length === 1);
    const [reply] = connector.posted();
    expect(reply!.path).toContain('/v3/conversations/');
    const card = connector.cards()[0]!.card;
    expectValidAdaptiveCard(card);
    const json = JSON.stringify(card);
    expect(json).toContain('Not allowed');
    expect(json).toContain('refrain from uploading files');
    expect(json).toContain('section 5');
    expect(json).toContain('expired');
  });

  it('answers a channel @mention with the <at> text removed', async () => {
    const response = await bot.post(channelMention('can I share a link to a news article?'));
    expect(response.status).toBe(200);
    await connector.waitFor((sent) => sent.length === 1);
    const json = JSON.stringify(connector.cards()[0]!.card);
    expect(json).toContain('Allowed');
    expect(json).toContain('upload useful links');
    expect(json).not.toContain('<at>');
  });

  it('says plainly when the policy does not cover a question, citing nothing', async () => {
    await bot.post(personalMessage('How do I claim overtime?'));
    await connector.waitFor((sent) => sent.length === 1);
    const card = connector.cards()[0]!.card;
    expect(JSON.stringify(card)).toContain('Not covered by the policy');
    expect(JSON.stringify(card)).not.toContain('policy.section');
  });

  it('answers help, a greeting and an empty @mention with the help card', async () => {
    for (const activity of [personalMessage('help'), personalMessage('hiya'), channelMention('')]) {
      expect((await bot.post(activity)).status).toBe(200);
    }
    await connector.waitFor((sent) => sent.length === 3);
    for (const { card } of connector.cards()) {
      expectValidAdaptiveCard(card);
      expect(JSON.stringify(card)).toContain('What I can do');
    }
  });

  it('processes a resent activity (same id) once', async () => {
    const activity = personalMessage('can I upload files?');
    await bot.post(activity);
    await bot.post(activity);
    await connector.waitFor((sent) => sent.length >= 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(connector.sent).toHaveLength(1);
  });

  it('welcomes a new team install', async () => {
    await bot.post(membersAdded());
    await connector.waitFor((sent) => sent.length === 1);
    expect(JSON.stringify(connector.cards()[0]!.card)).toContain('Social Media Policy Bot');
  });

  it('records "helpful" feedback from the card action without the question, and answers the invoke', async () => {
    const response = await bot.post(cardAction('policy.feedback', { clauseId: '5.g8', verdict: 'not_allowed', helpful: true }, { personal: true }));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expectValidAdaptiveCard((response.body as { value: unknown }).value);
    const now = new Date();
    const feedback = await bot.store.feedback.list({ from: new Date(now.getTime() - 60_000), to: new Date(now.getTime() + 60_000) });
    expect(feedback).toHaveLength(1);
    expect(feedback[0]).toMatchObject({ clauseId: '5.g8', verdict: 'not_allowed', helpful: true });
    expect(Object.keys(feedback[0]!).sort()).toEqual(['at', 'clauseId', 'helpful', 'id', 'verdict']);
  });

  it('shows the whole section for "Show the whole section"', async () => {
    await bot.post(personalMessage('Can I put a photo of my kids as my avatar?'));
    await connector.waitFor((sent) => sent.length === 1);
    const actions = (connector.cards()[0]!.card.actions ?? []) as Array<{ verb: string; data: { clauseId: string } }>;
    const show = actions.find((a) => a.verb === 'policy.section')!;
    const response = await bot.post(cardAction('policy.section', { clauseId: show.data.clauseId }, { personal: true }));
    const card = (response.body as { value: Record<string, unknown> }).value;
    expectValidAdaptiveCard(card);
    expect(JSON.stringify(card)).toContain('only photographs of the specific employee');
  });

  it('rejects a card action with tampered data and changes nothing', async () => {
    const response = await bot.post(cardAction('policy.feedback', { clauseId: { $ne: 1 }, verdict: 'maybe', helpful: 'yes' }, { personal: true }));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ statusCode: 400, type: 'application/vnd.microsoft.error' });
    const unknownVerb = await bot.post(cardAction('admin.dropTables', {}, { personal: true }));
    expect(unknownVerb.body).toMatchObject({ statusCode: 400 });
  });

  it('never logs the question text', async () => {
    await bot.post(personalMessage('can I post my mobile 07700 900123 in my status?'));
    await connector.waitFor((sent) => sent.length === 1);
    expect(JSON.stringify(bot.logs)).not.toContain('07700');
  });
});
