import { describe, expect, it } from 'vitest';
import { cardAction, channelMention, membersAdded, personalMessage, users } from '../support/activities';
import { useBot } from '../support/bot-harness';
import { expectValidAdaptiveCard } from '../support/adaptive-card-schema';

describe('policy questions through POST /api/messages', () => {
  const t = useBot({ env: { ADMIN_IDS: users.admin.aadObjectId } });
  type Card = { body: unknown[]; actions?: Array<Record<string, unknown>> };
  const invokeCard = (response: { body: unknown }) => (response.body as { value: Card }).value;

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
    const response = await t.bot.post(channelMention('am I able to upload a useful link to yammer?'));
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

  it('"Helpful" records the vote without the question and returns the same answer with thanks', async () => {
    const question = 'Is it OK to attach a PDF to my post?';
    const response = await t.bot.post(cardAction('policy.feedback', { clauseId: '5.b16', verdict: 'not_allowed', helpful: true, question }, { personal: true }));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    const card = invokeCard(response);
    expectValidAdaptiveCard(card);
    const json = JSON.stringify(card);
    expect(json).toContain('refrain from uploading files'); // the answer is still there
    expect(json).toContain('glad that helped');
    expect(json).not.toContain('"Helpful"');
    const now = new Date();
    const feedback = await t.bot.store.feedback.list({ from: new Date(now.getTime() - 60_000), to: new Date(now.getTime() + 60_000) });
    expect(feedback.at(-1)).toMatchObject({ clauseId: '5.b16', verdict: 'not_allowed', helpful: true });
    expect(Object.keys(feedback.at(-1)!).sort()).toEqual(['at', 'clauseId', 'helpful', 'id', 'verdict']);
  });

  it('"Show the whole section" opens the section in place: the answer stays', async () => {
    await t.bot.post(personalMessage('Can I put a photo of my kids as my avatar?'));
    await t.connector.waitFor((sent) => sent.length === 1);
    const card = t.connector.cards()[0]!.card as Card;
    const toggle = (card.actions ?? []).find((a) => a.type === 'Action.ToggleVisibility') as { targetElements: string[] };
    expect(toggle).toBeDefined();
    const section = card.body.find((e) => (e as { id?: string }).id === toggle.targetElements[0]) as { isVisible: boolean };
    expect(section.isVisible).toBe(false);
    expect(JSON.stringify(section)).toContain('Section 5: Yammer');
    expect(JSON.stringify(section)).toContain('only photographs of the specific employee');
  });

  it('"Not helpful" asks which clause would have answered; the choice is stored masked for an admin to review, and approval teaches the bot', async () => {
    const question = 'my number is 07700 900123, where do I find the rules on blue lights';
    const notHelpful = invokeCard(await t.bot.post(cardAction('policy.feedback', { clauseId: null, verdict: 'not_covered', helpful: false, question }, { personal: true })));
    expectValidAdaptiveCard(notHelpful);
    expect(JSON.stringify(notHelpful)).toContain('Which part of the policy would have answered');
    const choose = (notHelpful.actions ?? []).find((a) => a.verb === 'policy.choose') as { data: { offered: string[] } };
    expect(choose).toBeDefined();

    // Untrusted card data: a clause that was not offered is refused.
    const forged = await t.bot.post(cardAction('policy.choose', { question, offered: ['5.b11'], chosen: '5.b17' }, { personal: true }));
    expect(forged.body).toMatchObject({ statusCode: 400 });

    const chosen = invokeCard(await t.bot.post(cardAction('policy.choose', { question, offered: ['5.b17', '5.b11'], chosen: '5.b17' }, { personal: true })));
    expectValidAdaptiveCard(chosen);
    expect(JSON.stringify(chosen)).toContain('an admin will review');
    const pending = await t.bot.store.answerExamples.listByStatus('pending');
    expect(pending).toHaveLength(1);
    expect(pending[0]!.questionMasked).not.toContain('07700 900123');
    expect(pending[0]!.chosenClauseId).toBe('5.b17');

    const refused = await t.bot.post(cardAction('answers.decide', { exampleId: pending[0]!.id, decision: 'approved' }, { personal: true }));
    expect(refused.body).toMatchObject({ statusCode: 403 });

    await t.bot.post(personalMessage('answers review', users.admin));
    await t.connector.waitFor((sent) => sent.length === 1);
    const review = t.connector.cards()[0]!.card;
    expectValidAdaptiveCard(review);
    expect(JSON.stringify(review)).toContain('Suggested answers to review');
    expect(JSON.stringify(review)).not.toContain('07700 900123');

    const approved = invokeCard(await t.bot.post(cardAction('answers.decide', { exampleId: pending[0]!.id, decision: 'approved' }, { personal: true, user: users.admin })));
    expectValidAdaptiveCard(approved);
    expect(JSON.stringify(approved)).toContain('Nothing is waiting for review');
    expect(await t.bot.store.answerExamples.approvedPairs()).toEqual([{ question: pending[0]!.questionMasked, clauseId: '5.b17' }]);
    expect(t.bot.app.policy.answer('where do I find the rules on blue lights').citations[0]?.clauseId).toBe('5.b17');
    const audit = await t.bot.store.audit.listForTarget(`answer-example:${pending[0]!.id}`);
    expect(audit.map((e) => e.action)).toEqual(['command.refused', 'answers.approve']);
  });

  it('a vague question gets the closest clause marked uncertain and "Did you mean..." buttons that each show an answer', async () => {
    await t.bot.post(personalMessage('what about sharing stuff'));
    await t.connector.waitFor((sent) => sent.length === 1);
    const card = t.connector.cards()[0]!.card as Card;
    expectValidAdaptiveCard(card);
    const json = JSON.stringify(card);
    expect(json).toContain('Not sure');
    expect(json).toContain('Did you mean');
    type Choice = { items: [{ text: string }, { actions: Array<{ type: string; title: string; card: unknown }> }] };
    const choices = card.body.filter((e) => JSON.stringify(e).includes('Action.ShowCard')) as Choice[];
    expect(choices.length).toBeGreaterThanOrEqual(1);
    expect(choices.length).toBeLessThanOrEqual(3);
    choices.forEach((choice, i) => {
      expect(choice.items[0].text).toMatch(new RegExp(`^${i + 1}\\. Section \\S+: `));
      const [button] = choice.items[1].actions;
      expect(button!.type).toBe('Action.ShowCard');
      expect(button!.title).toBe(`Show answer ${i + 1}`);
      expect(JSON.stringify(button!.card)).toContain('Social media policy, section');
    });
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
