import { describe, expect, it } from 'vitest';
import { createPolicyIndex, parsePolicy, type PolicyDocument } from '../../src/policy';
import type { ApprovedExample } from '../../src/policy/types';
import type { SoftmaxWeights } from '../../src/policy/sparse-softmax';
import { asksToHave, gatedVerdict } from '../../src/policy/learned-verdict';
import { conditionOf } from '../../src/policy/compose-answer';
import { withContext } from '../../src/policy/clause-context';
import { DEFAULT_VERDICT_MODEL, trainVerdictModel, verdictFeatures, type VerdictCase } from '../../src/policy/verdict-model';

/**
 * The learnt verdict (verdict-model.ts, learned-verdict.ts) on a small document written here, with example questions
 * written here: it learns what the rules miss, and the safety rules of issue 11 point 4 still hold whatever it learnt.
 */
const POLICY = [
  '1. Noticeboard',
  '',
  'The team noticeboard displays news about local events.',
  '',
  '2. Photos',
  '',
  'Staff must not post photos of suspects.',
  '',
  '3. Avatars',
  '',
  'Members can choose an avatar - only a photograph of the member can be used.',
].join('\n');
const NEWS = '1.p1';
const PHOTOS = '2.p1';
const base = parsePolicy(POLICY, 'board.txt');
const ids = base.sections.flatMap((s) => s.clauses.map((c) => c.id));

const ex = (question: string, clauseId: string, verdict: ApprovedExample['verdict']): ApprovedExample => ({ question, clauseId, verdict });
const EXAMPLES: ApprovedExample[] = [
  // The noticeboard sentence has no modal word, so the rules answer `info` to every question about it; its readers
  // take a permission question about it as a yes, and a fact question as information.
  ex('can we put the fete on the noticeboard', NEWS, 'allowed'),
  ex('could i add our charity walk to the team noticeboard', NEWS, 'allowed'),
  ex('can we pin news of the open day on the noticeboard', NEWS, 'allowed'),
  ex('may i advertise the quiz night on the noticeboard', NEWS, 'allowed'),
  ex('what goes on the team noticeboard', NEWS, 'info'),
  ex('who looks after the noticeboard', NEWS, 'info'),
  ex('what is the noticeboard for', NEWS, 'info'),
  // Mislabelled on purpose: however many examples say so, a prohibiting clause never answers `allowed`.
  ex('can i post photos of suspects', PHOTOS, 'allowed'),
  ex('could we put up suspect photos', PHOTOS, 'allowed'),
  ex('may i share a photo of a suspect', PHOTOS, 'allowed'),
  ex('can the team post photos of suspects', PHOTOS, 'allowed'),
];
const doc: PolicyDocument = { ...base, examples: EXAMPLES };

describe('learnt verdicts', () => {
  it('the fixture names the clauses it means', () => {
    expect(ids).toContain(NEWS);
    expect(ids).toContain(PHOTOS);
  });

  it('learn the examples\' verdict where the rules read no modal word', () => {
    const question = 'could we pin our bake sale on the noticeboard';
    const rules = createPolicyIndex([doc], { verdictModel: false }).answerFromClause(question, NEWS);
    const learnt = createPolicyIndex([doc]).answerFromClause(question, NEWS);
    expect(rules?.verdict).toBe('info');
    expect(learnt?.verdict).toBe('allowed');
    // ...and a fact question about the same clause stays information.
    expect(createPolicyIndex([doc]).answerFromClause('who runs the noticeboard', NEWS)?.verdict).toBe('info');
  });

  it('are switched off by the option and by the ablation', () => {
    const question = 'could we pin our bake sale on the noticeboard';
    expect(createPolicyIndex([doc], { without: ['verdicts'] }).answerFromClause(question, NEWS)?.verdict).toBe('info');
    expect(createPolicyIndex([base]).answerFromClause(question, NEWS)?.verdict).toBe('info'); // no examples, no model
  });

  it('never make a prohibiting clause answer `allowed`, whatever the examples say', () => {
    const ix = createPolicyIndex([doc]);
    for (const q of ['can i post photos of suspects', 'could we post a suspect photo', 'may i put photos of suspects up']) {
      expect(ix.answerFromClause(q, PHOTOS)?.verdict).toBe('not_allowed');
    }
  });
});

describe('the safety gate', () => {
  const entries = withContext([base]);
  const avatar = entries.find((e) => e.clause.sectionId === '3')!;
  const news = entries.find((e) => e.clause.id === NEWS)!;
  const reading = (c: Partial<VerdictCase>, outside = false) => ({
    case: { question: 'q', clauseId: avatar.clause.id, sentence: avatar.clause.text, intent: 'permission' as const, rule: 'not_allowed' as const, ...c },
    outside,
  });
  // A model trained to answer one verdict whatever it is asked, so the gate alone decides.
  const always = (verdict: 'allowed' | 'not_allowed' | 'conditional' | 'info') =>
    trainVerdictModel(
      ['a', 'b', 'c', 'd'].map((q) => ({ question: q, clauseId: 'x', sentence: 'x', intent: 'permission' as const, rule: 'info' as const, verdict })),
      { ...DEFAULT_VERDICT_MODEL, minProbability: 0 },
    );

  it('keeps `not_allowed` for a proposal outside an "only" clause', () => {
    expect(gatedVerdict(always('info'), reading({}, true), avatar)).toBe('not_allowed');
    expect(gatedVerdict(always('info'), reading({}, false), avatar)).toBe('info');
  });

  it('keeps `allowed` for a proposal the rules read as inside an "only" clause', () => {
    expect(gatedVerdict(always('not_allowed'), reading({ rule: 'allowed' }, false), avatar)).toBe('allowed');
    // ...but not on a clause that restricts nothing, where the model may still overrule the rules.
    expect(gatedVerdict(always('not_allowed'), reading({ clauseId: news.clause.id, sentence: news.clause.text, rule: 'allowed' }), news)).toBe('not_allowed');
  });

  it('never lets the model turn a restricting clause into `allowed`', () => {
    expect(gatedVerdict(always('allowed'), reading({ rule: 'conditional' }), avatar)).toBe('conditional');
  });

  it('answers `conditional` only where the quoted sentence states the condition', () => {
    expect(gatedVerdict(always('conditional'), reading({ clauseId: news.clause.id, sentence: news.clause.text, rule: 'info' }), news)).toBe('info');
    const conditional = { ...news, clause: { ...news.clause, text: 'The noticeboard can show events as long as the manager agrees.' } };
    expect(gatedVerdict(always('conditional'), reading({ sentence: conditional.clause.text, rule: 'allowed' }), conditional)).toBe('conditional');
  });

  it('keeps `info` for an obligation question rather than a "yes, with a condition" it did not ask for', () => {
    const conditional = { ...news, clause: { ...news.clause, text: 'The noticeboard can show events as long as the manager agrees.' } };
    const ask = (question: string, intent: 'obligation' | 'permission') =>
      gatedVerdict(always('conditional'), reading({ question, intent, sentence: conditional.clause.text, rule: 'info' }), conditional);
    expect(ask('do we actually have to get the manager to agree to every event?', 'obligation')).toBe('info');
    // Near misses: a permission question, or an obligation question that also asks what may be done, may be answered so.
    expect(ask('could we show the quiz night on the noticeboard?', 'permission')).toBe('conditional');
    expect(ask('do we have to ask the manager, or can we just put the event up?', 'obligation')).toBe('conditional');
  });

  it('keeps `info` for a fact or obligation question that asks nothing about what may be done', () => {
    const ask = (question: string, intent: 'info' | 'obligation' | 'permission') =>
      gatedVerdict(always('allowed'), reading({ question, intent, clauseId: news.clause.id, sentence: news.clause.text, rule: 'info' }), news);
    expect(ask('will the noticeboard show next week\'s events?', 'info')).toBe('info');
    expect(ask('do I need special software to read the noticeboard?', 'obligation')).toBe('info');
  });

  it('...but a question asking whether something may be done, in any form, may still be answered `allowed`', () => {
    const ask = (question: string, intent: 'info' | 'obligation' | 'permission') =>
      gatedVerdict(always('allowed'), reading({ question, intent, clauseId: news.clause.id, sentence: news.clause.text, rule: 'info' }), news);
    expect(ask('can the leaflets go on the noticeboard?', 'info')).toBe('allowed');
    expect(ask('is it ok for the noticeboard to show our news, or do we have to keep it on our page?', 'obligation')).toBe('allowed');
    expect(ask('the quiz results on the noticeboard', 'permission')).toBe('allowed');
    expect(ask('is it within the remit of the noticeboard to show quiz results?', 'info')).toBe('allowed');
    expect(ask('does the policy allow the noticeboard to show quiz results?', 'info')).toBe('allowed');
    expect(ask('will I get in trouble for putting the quiz results on the noticeboard?', 'info')).toBe('allowed');
    // ...and so may a bare topic or a question about what would happen to the asker, which may ask permission in other words.
    expect(ask('noticeboard quiz results', 'info')).toBe('allowed');
    expect(ask('would I get told off for showing quiz results on the noticeboard?', 'info')).toBe('allowed');
  });

  it('keeps `conditional` for a unit asking to have what a named team sets up; doing it or going round the team may be a no', () => {
    const teamPages = { ...news, clause: { ...news.clause, text: 'All club pages will be set up by the Digital Team.' } };
    const ask = (question: string) => gatedVerdict(always('not_allowed'), reading({ question, sentence: teamPages.clause.text, rule: 'conditional' }), teamPages);
    expect(ask('can the chess club have its own page?')).toBe('conditional');
    expect(ask('the darts team wants a page, ok?')).toBe('conditional');
    expect(ask('can I just set up the chess club page myself?')).toBe('not_allowed');
    expect(ask('can the chess club have a page without asking anyone?')).toBe('not_allowed');
    // ...and on a clause that names no team for the act, the model may still say no.
    expect(gatedVerdict(always('not_allowed'), reading({ question: 'can the chess club have its own page?', clauseId: news.clause.id, sentence: news.clause.text, rule: 'conditional' }), news)).toBe('not_allowed');
  });

  it('keeps `conditional` for running or helping with a thing a named team only makes; making it or going round the team may be a no', () => {
    const made = { ...news, clause: { ...news.clause, text: 'All club pages will be set up by the Digital Team and will be run by club members.' } };
    const ask = (question: string, on = made) => gatedVerdict(always('not_allowed'), reading({ question, sentence: on.clause.text, rule: 'conditional' }), on);
    expect(ask('can i run a page for the chess club')).toBe('conditional');
    expect(ask('Can a volunteer help manage the darts page?')).toBe('conditional');
    expect(ask('can our captain set up the chess club page?')).toBe('not_allowed');
    expect(ask('can I post on the club page without asking the Digital Team?')).toBe('not_allowed');
    expect(ask('can the juniors just run their page themselves?')).toBe('not_allowed');
    // ...while a team given the running as well ("created, managed and maintained by") reserves more than the making.
    const runs = { ...news, clause: { ...news.clause, text: 'All club pages will be created, managed and maintained by the Digital Team.' } };
    expect(ask('can i run a page for the chess club', runs)).toBe('not_allowed');
  });

  it('lets the model answer `conditional` on an "only" clause, whose "only" is the condition it quotes', () => {
    expect(conditionOf(avatar.clause.text)).toBe('only a photograph of the member can be used');
    expect(gatedVerdict(always('conditional'), reading({ rule: 'allowed' }), avatar)).toBe('conditional');
    // ..."employee-only" describes a thing and is no condition.
    expect(conditionOf('The network remains private and employee-only.')).toBeUndefined();
  });

  it('answers a wh-question alone with information, whatever the model learnt', () => {
    const who = { ...reading({ question: 'who looks after the noticeboard', clauseId: news.clause.id, sentence: news.clause.text, intent: 'info', rule: 'info' }) };
    expect(gatedVerdict(always('not_allowed'), { ...who, whOnly: true }, news)).toBe('info');
    // ...while a question that also asks yes or no may still be answered with a verdict.
    expect(gatedVerdict(always('not_allowed'), { ...who, whOnly: false }, news)).toBe('not_allowed');
  });

  it('leaves the rules\' verdict when the model is unsure', () => {
    const unsure = { ...always('allowed'), options: { ...DEFAULT_VERDICT_MODEL, minProbability: 1.01 } };
    expect(gatedVerdict(unsure, reading({ clauseId: news.clause.id, sentence: news.clause.text, rule: 'info' }), news)).toBe('info');
  });
});

describe('verdict model', () => {
  it('crosses the question\'s words with the quoted sentence\'s modality', () => {
    const c: VerdictCase = { question: 'can we', clauseId: 'a', sentence: 'Staff must not post.', intent: 'permission', rule: 'not_allowed' };
    const other = verdictFeatures({ ...c, sentence: 'Staff post news.' }, DEFAULT_VERDICT_MODEL);
    const same = new Set(verdictFeatures(c, DEFAULT_VERDICT_MODEL).ids);
    // Same words and clause, another modality: the plain word and clause features are shared, the crossed ones are not.
    const shared = other.ids.filter((id) => same.has(id)).length;
    expect(shared).toBeGreaterThan(0);
    expect(shared).toBeLessThan(other.ids.length);
  });

  it('is read back from the weights cache without training again', () => {
    const saved = new Map<string, SoftmaxWeights>();
    const cache = { load: (k: string) => saved.get(k), save: (k: string, w: SoftmaxWeights) => void saved.set(k, w) };
    const question = 'could we pin our bake sale on the noticeboard';
    const first = createPolicyIndex([doc], { classifierCache: cache }).answerFromClause(question, NEWS);
    const keys = saved.size;
    expect(keys).toBeGreaterThanOrEqual(1);
    const again = createPolicyIndex([doc], { classifierCache: cache }).answerFromClause(question, NEWS);
    expect(saved.size).toBe(keys);
    expect(again?.verdict).toBe(first?.verdict);
  });
});

describe('asking to have something', () => {
  it('is a request for a unit to have or own it, not an offer to do the act or to go round anyone', () => {
    expect(asksToHave('could the rowing section get a blog?')).toBe(true);
    expect(asksToHave('our unit would like its own account')).toBe(true);
    expect(asksToHave('we have started building the blog ourselves, fine?')).toBe(false);
    expect(asksToHave('can the rowing section just get a blog going on a phone tonight?')).toBe(false);
    expect(asksToHave('can the rowing section post results?')).toBe(false);
  });
});

describe('an example lends its verdict only to a question asked the same way', () => {
  // Rules alone (no model): the noticeboard sentence has no modal word, so only an example can say `allowed`.
  const rulesOnly = () => createPolicyIndex([doc], { verdictModel: false });

  it('a permission question worded like a permission example takes its verdict', () => {
    const a = rulesOnly().answer('can we put the fete on the noticeboard?');
    expect(a.citations[0]?.clauseId).toBe(NEWS);
    expect(a.verdict).toBe('allowed');
  });

  it('a wh-question alone takes no yes or no from an example, even one asked the same way', () => {
    const whDoc: PolicyDocument = { ...base, examples: [ex('who can put the fete on the noticeboard', NEWS, 'allowed')] };
    const a = createPolicyIndex([whDoc], { verdictModel: false }).answer('who can put the fete on the noticeboard?');
    expect(a.citations[0]?.clauseId).toBe(NEWS);
    expect(a.verdict).toBe('info');
  });

  it('a fact question sharing the example\'s words does not', () => {
    const a = rulesOnly().answer('when can we put the fete on the noticeboard?');
    expect(a.citations[0]?.clauseId).toBe(NEWS);
    expect(a.verdict).toBe('info');
  });

  it('learn from verdict-only examples as from seeds, and ignore ones naming no clause (the leave-one-set-out tool)', () => {
    const question = 'could we pin our bake sale on the noticeboard';
    const onlyExtra = EXAMPLES.filter((e) => e.clauseId === NEWS);
    const ix = createPolicyIndex([base], { verdictExamples: [...onlyExtra, ex('can i pin a poster', 'no.such.clause', 'not_allowed')] });
    expect(ix.answerFromClause(question, NEWS)?.verdict).toBe('allowed');
    // Without any labelled examples there is no model: the rules' `info` stands.
    expect(createPolicyIndex([base], { verdictExamples: [] }).answerFromClause(question, NEWS)?.verdict).toBe('info');
    // ...and mislabelled verdict-only examples still cannot make a prohibiting clause answer `allowed`.
    const wrong = createPolicyIndex([doc], { verdictExamples: EXAMPLES.filter((e) => e.clauseId === PHOTOS) });
    expect(wrong.answerFromClause('could we put a suspect photo up', PHOTOS)?.verdict).toBe('not_allowed');
  });
});
