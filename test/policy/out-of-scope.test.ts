import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPolicyFile } from '../../src/app/load-policy-file';
import { createPolicyIndex, parseOutOfScopeExamples, parsePolicy, PolicyFormatError } from '../../src/policy';
import { withContext } from '../../src/policy/clause-context';
import { trainClauseClassifier } from '../../src/policy/clause-classifier';
import { DEFAULT_OUT_OF_SCOPE, judgeWithNoneClass, type Abstention } from '../../src/policy/out-of-scope-judge';
import { PARKING_POLICY } from './parking-policy';

const POLICY = PARKING_POLICY;
const EXAMPLES = [
  ['where does the sticker go on my car', 'display a permit in the windscreen', 'info'],
  ['do i have to show my parking pass', 'display a permit in the windscreen', 'info'],
  ['can i leave my motor on the lawn', 'must not park on the grass verges', 'not_allowed'],
  ['is the grassy bit ok for parking', 'must not park on the grass verges', 'not_allowed'],
  ['my mum is visiting, where does she go', 'signed in at the front desk', 'info'],
  ['guests arriving tomorrow, who lets them in', 'signed in at the front desk', 'info'],
].map(([q, cite, verdict]) => JSON.stringify({ q, cite, verdict }));
/** Neighbouring subjects the parking policy does not answer. */
const NOT_COVERED = [
  'how do staff claim overtime',
  'overtime rate for a late shift',
  'when is overtime paid',
  'can staff claim mileage for their car',
  'mileage rate per mile',
  'who approves my annual leave',
  'how many days annual leave do staff get',
  'is the canteen open at night',
].map((q) => JSON.stringify({ q, cite: null, verdict: 'not_covered', voice: 'test', kind: 'work' }));

function policyDir(notCovered?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'out-of-scope-'));
  writeFileSync(join(dir, 'parking.txt'), POLICY);
  writeFileSync(join(dir, 'parking.examples.jsonl'), EXAMPLES.join('\n'));
  if (notCovered !== undefined) writeFileSync(join(dir, 'parking.not-covered.jsonl'), notCovered);
  return join(dir, 'parking.txt');
}

describe('not-covered examples file', () => {
  it('is optional; when present its questions load with the document (blank lines skipped, cite and verdict optional)', () => {
    expect(loadPolicyFile(policyDir()).outOfScope).toBeUndefined();
    const doc = loadPolicyFile(policyDir([...NOT_COVERED, '', '{"q": "pension contributions?"}'].join('\n')));
    expect(doc.outOfScope).toHaveLength(NOT_COVERED.length + 1);
    expect(doc.outOfScope![0]).toBe('how do staff claim overtime');
  });

  it('a broken line stops loading with the file and line number: not JSON, a quote (a covered example pasted here), another verdict, an unknown field', () => {
    const bad = (line: string) => [NOT_COVERED[0], line].join('\n');
    expect(() => loadPolicyFile(policyDir(bad('{"q": oops')))).toThrow(PolicyFormatError);
    expect(() => loadPolicyFile(policyDir(bad('{"q": oops')))).toThrow(/parking\.not-covered\.jsonl.*line 2: not valid JSON/);
    expect(() => parseOutOfScopeExamples(bad('{"q": "can i park on the grass", "cite": "must not park on the grass verges"}'), 'f')).toThrow(/line 2: cite/);
    expect(() => parseOutOfScopeExamples(bad('{"q": "can i park on the grass", "verdict": "not_allowed"}'), 'f')).toThrow(/line 2: verdict/);
    expect(() => parseOutOfScopeExamples(bad('{"q": "can i park", "clause": "1.p1"}'), 'f')).toThrow(/line 2/);
  });

  it('the bundled policy ships 800 of them', () => {
    expect(loadPolicyFile(join(__dirname, '..', '..', 'policies', 'social-media-policy.txt')).outOfScope).toHaveLength(800);
  });
});

describe('the classifier\'s "none of the clauses" class', () => {
  const doc = parsePolicy(POLICY, 'parking');
  const entries = withContext([doc]);
  const labelled = [
    { text: 'where does the sticker go on my car', entryIndex: 0 },
    { text: 'can i leave my motor on the lawn', entryIndex: 1 },
    { text: 'guests arriving tomorrow, who lets them in', entryIndex: 2 },
  ];
  const questions = NOT_COVERED.map((l) => JSON.parse(l).q as string);

  it('is learnt from the not-covered questions: high for a new question like them, low for a covered one', () => {
    const clf = trainClauseClassifier(entries, labelled, undefined, undefined, undefined, questions);
    expect(clf.probabilities('overtime claim').length).toBe(entries.length);
    expect(clf.noneProbability('can i claim overtime for the late shift')).toBeGreaterThan(0.5);
    expect(clf.noneProbability('can i park on the lawn')).toBeLessThan(0.2);
  });

  it('does not exist without them: probability 0, the clause probabilities sum to 1 as before', () => {
    const clf = trainClauseClassifier(entries, labelled);
    expect(clf.noneProbability('can i claim overtime for the late shift')).toBe(0);
    expect([...clf.probabilities('overtime')].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
  });
});

describe('abstention with the none class', () => {
  const answer: Abstention = { abstain: false, encoderMayAnswer: true, hedge: false };
  const refuse: Abstention = { abstain: true, encoderMayAnswer: true, hedge: false };
  const o = DEFAULT_OUT_OF_SCOPE;

  it('refuses an answered question when p(none) reaches abstainAt, and the encoder may not overrule it by default', () => {
    expect(judgeWithNoneClass(answer, false, o.abstainAt, o)).toEqual({ abstain: true, encoderMayAnswer: false, hedge: true });
    // Just under it only an unsure answer is refused (the lean refusal, lean-refusal.test.ts); a sure one stands.
    expect(judgeWithNoneClass(answer, false, o.abstainAt - 0.01, o, true).abstain).toBe(false);
  });

  it('only hedges, never refuses, an answer the lexical engine is sure of', () => {
    expect(judgeWithNoneClass(answer, false, 0.99, o, true)).toEqual({ ...answer, hedge: true });
    expect(judgeWithNoneClass(answer, false, 0.99, o, false).abstain).toBe(true);
    // A lexical refusal stays a refusal whatever the sureness flag says.
    expect(judgeWithNoneClass(refuse, false, 0.99, o, true).abstain).toBe(true);
  });

  it('hedges from hedgeAt; answers (hedged) a lexical refusal when p(none) is under answerBelow, even one that plainly names an outside subject (twelfth session)', () => {
    expect(judgeWithNoneClass(answer, false, o.hedgeAt, o)).toEqual({ ...answer, hedge: true });
    expect(judgeWithNoneClass(answer, false, o.hedgeAt - 0.01, o)).toEqual(answer);
    expect(judgeWithNoneClass(refuse, false, o.answerBelow / 2, o)).toEqual({ abstain: false, encoderMayAnswer: false, hedge: true });
    expect(judgeWithNoneClass(refuse, true, o.answerBelow / 2, o)).toEqual({ abstain: false, encoderMayAnswer: false, hedge: true });
    expect(judgeWithNoneClass(refuse, true, o.answerBelow, o)).toEqual(refuse);
    expect(judgeWithNoneClass(refuse, false, o.answerBelow, o)).toEqual(refuse);
  });

  it('a lexical refusal the none class confirms at abstainAt is its refusal too: the encoder may not overrule it unless encoderOverrides', () => {
    expect(judgeWithNoneClass(refuse, false, o.abstainAt, o)).toEqual({ ...refuse, encoderMayAnswer: false });
    expect(judgeWithNoneClass(refuse, false, 0.999, o, true)).toEqual({ ...refuse, encoderMayAnswer: false });
    // Under the threshold the classifier is not refusing, so the encoder keeps its say over the lexical refusal.
    expect(judgeWithNoneClass(refuse, false, o.abstainAt - 0.01, o)).toEqual(refuse);
    expect(judgeWithNoneClass(refuse, false, o.abstainAt, { ...o, encoderOverrides: true })).toEqual(refuse);
    // A question that plainly names an outside subject only was never the encoder's to answer.
    const outside: Abstention = { abstain: true, encoderMayAnswer: false, hedge: false };
    expect(judgeWithNoneClass(outside, true, 0.2, o)).toEqual(outside);
  });

  it('without a none class the lexical verdict stands', () => {
    expect(judgeWithNoneClass(answer, false, undefined, o)).toBe(answer);
    expect(judgeWithNoneClass(refuse, false, undefined, o)).toBe(refuse);
  });

  it('in the engine: a question like the not-covered ones is refused, covered ones are still answered; switched off, it is answered as before', () => {
    const doc = loadPolicyFile(policyDir(NOT_COVERED.join('\n')));
    // Eight not-covered questions make a less confident model than the bundled 320: the threshold is lowered to match.
    const index = createPolicyIndex([doc], { outOfScope: { abstainAt: 0.5 } });
    const offTopic = 'who approves annual leave for reception staff at the front desk';
    expect(index.answer(offTopic).verdict).toBe('not_covered');
    expect(index.answer('can i park my car on the grass').citations[0]?.clauseId).toBe('1.p2');
    expect(index.answer('where do visitors sign in').citations[0]?.clauseId).toBe('2.p1');
    // A person's approval of that wording for a clause outranks the none class, as it outranks the classifier's ranking.
    const approved = createPolicyIndex([doc], { outOfScope: { abstainAt: 0.5 }, examples: [{ question: offTopic, clauseId: '2.p1' }] });
    expect(approved.answer(offTopic).citations[0]?.clauseId).toBe('2.p1');
    for (const off of [createPolicyIndex([doc], { without: ['outOfScope'] }), createPolicyIndex([doc], { outOfScope: false }), createPolicyIndex([loadPolicyFile(policyDir())])]) {
      expect(off.answer(offTopic).verdict).not.toBe('not_covered');
    }
  });
});
