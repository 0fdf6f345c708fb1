import { describe, expect, it } from 'vitest';
import { cardAction, channelMention, personalMessage } from '../support/activities';
import { expectValidAdaptiveCard } from '../support/adaptive-card-schema';
import { useBot } from '../support/bot-harness';

type InvokeBody = { statusCode: number; type: string; value: Record<string, unknown> };

describe('status suggestions over HTTP', () => {
  const t = useBot();

  it('"status" asks what you are working on; the card then gives three suggestions, "Use this" and "Another suggestion"', async () => {
    await t.bot.post(personalMessage('suggest a status'));
    await t.connector.waitFor(() => t.connector.cards().length === 1);
    const prompt = t.connector.cards()[0]!.card;
    expectValidAdaptiveCard(prompt);
    expect(JSON.stringify(prompt)).toContain('"id":"topic"');

    const suggest = await t.bot.post(cardAction('status.suggest', { topic: 'we are reviewing the ASB plan for cannock', intent: 'ask_experience', variant: 0 }, { personal: true }));
    const card = (suggest.body as InvokeBody).value;
    expectValidAdaptiveCard(card);
    const json = JSON.stringify(card);
    expect(json).toContain('ASB plan');
    const uses = JSON.stringify(card).match(/"verb":"status.use"/g) ?? [];
    expect(uses.length).toBeGreaterThanOrEqual(3);
    expect(json).toContain('Another suggestion');

    const useThis = (JSON.parse(json).body as Array<{ items?: Array<{ actions?: Array<{ data: Record<string, unknown> }> }> }>)
      .flatMap((element) => element.items ?? [])
      .flatMap((item) => item.actions ?? [])[0]!.data;
    const used = await t.bot.post(cardAction('status.use', useThis, { personal: true }));
    const usedCard = (used.body as InvokeBody).value;
    expectValidAdaptiveCard(usedCard);
    expect(JSON.stringify(usedCard)).toContain('ASB plan');

    const another = await t.bot.post(cardAction('status.suggest', { topic: 'we are reviewing the ASB plan for cannock', intent: 'ask_experience', variant: 1 }, { personal: true }));
    expect(JSON.stringify((another.body as InvokeBody).value)).not.toEqual(json);
  });

  it('check status with personal information: masked findings, the clause, and a rewrite without the phrase', async () => {
    await t.bot.post(channelMention('check status "Working on the ASB plan, ring me on 07700 900123"'));
    await t.connector.waitFor(() => t.connector.cards().length === 1);
    const card = t.connector.cards()[0]!.card;
    expectValidAdaptiveCard(card);
    const json = JSON.stringify(card);
    expect(json).toContain('Contains personal information');
    expect(json).not.toContain('07700 900123');
    expect(json).toContain('personal information');
    expect(json).toMatch(/Working on the ASB plan\.?/);
    const rewrite = /"rewrite":"([^"]*)"/.exec(json)?.[1] ?? '';
    expect(rewrite).not.toMatch(/\d{3}/);
    expect(rewrite).not.toMatch(/ring me/i);
  });

  it('check status that is not about work explains gently', async () => {
    await t.bot.post(personalMessage("check status I'm in Spain for two weeks from Saturday"));
    await t.connector.waitFor(() => t.connector.cards().length === 1);
    expect(JSON.stringify(t.connector.cards()[0]!.card)).toContain('Not a work topic');
  });

  it('tampered "Use this" data is refused, not echoed', async () => {
    const response = await t.bot.post(cardAction('status.use', { rewrite: 'Call me on 07700 900123' }, { personal: true }));
    expect((response.body as InvokeBody).statusCode).toBe(400);
    expect(JSON.stringify(response.body)).not.toContain('07700');
  });
});
