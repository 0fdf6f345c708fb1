import { describe, expect, it } from 'vitest';
import { expectValidAdaptiveCard } from '../support/adaptive-card-schema';
import { scan } from '../../src/detection';
import { checkStatus, suggestStatuses, type StatusCheck, type SuggestResult } from '../../src/status';
import { STATUS_VERBS, statusCheckCard, statusPromptCard, statusSuggestionsCard, statusUseCard } from '../../src/cards/status-cards';

const deps = { scanner: { scan } };
const citations = {
  encouraged: { clauseId: '5.b1', section: '5', sectionTitle: 'Yammer', text: "employees are encouraged to update their own 'What are you working on' status with work related topics." },
  personalInformation: { clauseId: '5.b2', section: '5', sectionTitle: 'Yammer', text: 'Staff should not use their status to publish personal information, as all employees are able to see all updates.' },
};

type Node = Record<string, unknown>;

/** Every object in the card, depth first, so tests can find actions and inputs wherever they sit. */
function nodes(value: unknown): Node[] {
  if (Array.isArray(value)) return value.flatMap(nodes);
  if (value && typeof value === 'object') return [value as Node, ...Object.values(value).flatMap(nodes)];
  return [];
}
const actions = (card: unknown) => nodes(card).filter((n) => n.type === 'Action.Execute');
const texts = (card: unknown) => nodes(card).filter((n) => n.type === 'TextBlock').map((n) => String(n.text)).join('\n');

function suggestions(topic: string, variant = 0): Extract<SuggestResult, { kind: 'suggestions' }> {
  const result = suggestStatuses({ topic, variant }, deps);
  if (result.kind !== 'suggestions') throw new Error('expected suggestions');
  return result;
}

describe('statusPromptCard', () => {
  it('is a valid 1.5 card with the topic and intent inputs and the suggest verb', () => {
    const card = statusPromptCard();
    expectValidAdaptiveCard(card);
    expect(card).toMatchObject({ $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5' });
    const topic = nodes(card).find((n) => n.id === 'topic');
    expect(topic).toMatchObject({ type: 'Input.Text', maxLength: 200, placeholder: expect.any(String) });
    const intent = nodes(card).find((n) => n.id === 'intent');
    expect(intent).toMatchObject({ type: 'Input.ChoiceSet' });
    expect((intent?.choices as Node[]).map((c) => c.value)).toEqual(['ask_experience', 'share_progress', 'attending', 'collaborators']);
    expect(actions(card).map((a) => a.verb)).toEqual([STATUS_VERBS.suggest]);
  });

  it('is valid with a message, topic and intent prefilled', () => {
    expectValidAdaptiveCard(statusPromptCard({ message: 'Try again', topic: 'the rota', intent: 'attending' }));
  });
});

describe('statusSuggestionsCard', () => {
  it('shows each suggestion with a "Use this" carrying only index, topic, intent, variant', () => {
    const result = suggestions('ASB plan for cannock, need help!!', 3);
    const card = statusSuggestionsCard(result);
    expectValidAdaptiveCard(card);
    for (const s of result.suggestions) expect(texts(card)).toContain(s);
    const use = actions(card).filter((a) => a.verb === STATUS_VERBS.use);
    expect(use.map((a) => a.title)).toEqual(['Use this', 'Use this', 'Use this']);
    use.forEach((a, index) => expect(a.data).toEqual({ verb: 'status.use', index, topic: result.topic, intent: result.intent, variant: 3 }));
    expect(nodes(card).filter((n) => n.type === 'TextBlock' && n.wrap === true).length).toBeGreaterThanOrEqual(3);
  });

  it('offers "Another suggestion" with variant + 1', () => {
    const result = suggestions('the burglary project', 0);
    const another = actions(statusSuggestionsCard(result)).find((a) => a.title === 'Another suggestion');
    expect(another).toMatchObject({ verb: STATUS_VERBS.suggest, data: { topic: result.topic, intent: result.intent, variant: 1 } });
  });

  it('keeps personal information out of card data', () => {
    const card = statusSuggestionsCard(suggestions('sorting the leaving do, ring me on 07700 900123'));
    expect(JSON.stringify(card)).not.toMatch(/07700|900123|ring me/);
  });

  it.each(['off to Spain for 2 weeks', '', 'call me on 07700 900123'])('re-prompts with the explanation for %j', (topic) => {
    const result = suggestStatuses({ topic }, deps);
    const card = statusSuggestionsCard(result, citations);
    expectValidAdaptiveCard(card);
    if (result.kind !== 'suggestions') expect(texts(card)).toContain(result.message.slice(0, 30));
    expect(JSON.stringify(card)).not.toMatch(/07700/);
  });
});

describe('statusUseCard', () => {
  it('shows the text in monospace and in a prefilled input for copying', () => {
    const text = "Making progress on the burglary project. Happy to share what we've learned so far.";
    const card = statusUseCard(text);
    expectValidAdaptiveCard(card);
    expect(nodes(card).find((n) => n.fontType === 'Monospace')).toBeDefined();
    expect(nodes(card).find((n) => n.type === 'Input.Text')).toMatchObject({ value: text });
  });
});

describe('statusCheckCard', () => {
  const cases: Array<[string, StatusCheck['outcome'], string]> = [
    ['Attending NPIA meeting, will keep you updated on outcomes', 'ok', 'Good to post'],
    ['Working on the ASB plan, ring me on 07700 900123', 'personal_information', 'Contains personal information'],
    ["I'm in Spain for two weeks from Saturday", 'not_work', 'Not a work topic'],
    ['', 'invalid', "Couldn't check that"],
  ];

  it.each(cases)('%j -> %s, shown in words', (draft, outcome, words) => {
    const check = checkStatus(draft, deps);
    expect(check.outcome).toBe(outcome);
    const card = statusCheckCard(check, citations);
    expectValidAdaptiveCard(card);
    expect(texts(card)).toContain(words);
  });

  it('quotes the encouraging clause with its section for ok', () => {
    const card = statusCheckCard(checkStatus('Attending NPIA meeting', deps), citations);
    expect(texts(card)).toContain(citations.encouraged.text);
    expect(texts(card)).toMatch(/section 5 .*clause 5\.b1/);
  });

  it('lists findings masked, quotes the personal information clause and offers the rewrite', () => {
    const card = statusCheckCard(checkStatus('Working on the ASB plan, ring me on 07700 900123', deps), citations);
    const json = JSON.stringify(card);
    expect(json).not.toMatch(/900123/);
    expect(nodes(card).find((n) => n.type === 'FactSet')).toMatchObject({ facts: [{ title: 'A phone number', value: expect.stringContaining('•') }] });
    expect(texts(card)).toContain(citations.personalInformation.text);
    expect(texts(card)).toContain('Working on the ASB plan.');
    expect(actions(card).find((a) => a.title === 'Use this')).toMatchObject({ verb: STATUS_VERBS.use, data: { rewrite: 'Working on the ASB plan.' } });
  });

  it('has no "Use this" when there is no rewrite', () => {
    const card = statusCheckCard(checkStatus('call me on 07700 900123', deps), citations);
    expectValidAdaptiveCard(card);
    expect(actions(card).some((a) => a.title === 'Use this')).toBe(false);
  });

  it('is valid without citations', () => {
    for (const [draft] of cases) expectValidAdaptiveCard(statusCheckCard(checkStatus(draft, deps)));
  });
});
