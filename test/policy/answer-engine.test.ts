import { beforeAll, describe, expect, it } from 'vitest';
import { createPolicyIndex, parsePolicy, type Answer, type PolicyIndex, type PolicyIndexOptions } from '../../src/policy';
import { loadPolicyFile } from '../../src/app/load-policy-file';
import { bundledPolicyPath, languageOptions } from './policy-fixtures';

const doc = loadPolicyFile(bundledPolicyPath);
let language: PolicyIndexOptions;
let index: PolicyIndex;
/**
 * Without the clause classifier: for two wordings it prefers a clause with many example questions over the one a
 * rarer word points at ("do I need an RFC before joining yammer" -> the Yammer access sentence instead of "A Request
 * For Change (RFC) for access is not required"; "policy owner?" -> the ownership sentence instead of the header's owner
 * line, both unsure). The verdict and header rules those tests are about are checked on the lexical ranking; the
 * retrieval trade-off is in docs/policy-answers.md (clause classifier). It also leaves verdicts to the rules alone: the
 * seed examples label "do I need an RFC..." `info` (11 of 14), and the learnt verdict (verdict-model.ts) follows them.
 */
let lexical: PolicyIndex;
beforeAll(async () => {
  language = await languageOptions();
  index = createPolicyIndex([doc], language);
  lexical = createPolicyIndex([doc], { ...language, clauseClassifier: false, verdictModel: false });
});
const ask = (q: string): Answer => index.answer(q);

describe('answer(): verdicts from the clause wording and the question', () => {
  it('a pet as profile photo meets "only photographs of the specific employee" -> not_allowed', () => {
    const a = ask('can I use a picture of my dog as my profile photo');
    expect(a.verdict).toBe('not_allowed');
    expect(a.citations[0].text).toContain('only photographs of the specific employee can be used');
  });

  it('a photo of myself on the same clause -> allowed', () => {
    const a = ask('can I upload a photo of myself for my profile');
    expect(a.verdict).toBe('allowed');
    expect(a.citations[0].clauseId).toBe('5.b12');
  });

  it('one bullet forbids files but allows links: each question gets its own sentence', () => {
    const files = ask('can i attach an excel spreadsheet to a yammer post');
    const links = ask('am I able to upload a useful link to yammer');
    expect(files.citations[0].clauseId).toBe('5.b16');
    expect(links.citations[0].clauseId).toBe('5.b16');
    expect(files.verdict).toBe('not_allowed');
    expect(links.verdict).toBe('allowed');
    expect(links.answer).toContain('Employees are able to upload useful links into Yammer.');
  });

  it('"is not required" -> allowed', () => {
    expect(lexical.answer('do I need an RFC before joining yammer?').verdict).toBe('allowed');
  });

  it('fact questions get info even when the clause is a rule', () => {
    const a = ask('how fast must we answer public emails to the team page?');
    expect(a.verdict).toBe('info');
    expect(a.citations[0].text).toContain('within 24 hours');
  });

  it('bullets with no modal words inherit "These pages can be used to:"', () => {
    const a = ask('can the corporate facebook page advertise job vacancies?');
    expect(a.citations[0].clauseId).toBe('4.2.b5');
    expect(a.verdict).toBe('allowed');
  });

  it('staff wording reaches the policy wording (vocabulary file)', () => {
    expect(ask('can i use my gmail for the neighbourhood twitter').citations[0].clauseId).toBe('4.2.p4');
    expect(ask('is viva engage ok during a firearms incident').citations[0].clauseId).toBe('5.b17');
    expect(ask('is our yammer chat monitored by psd').citations[0].clauseId).toBe('5.p13');
    expect(ask('can i use my hotmail for the ward facebook page').citations[0].clauseId).toBe('4.2.p4');
  });
});

describe('answer(): not covered', () => {
  it.each([
    'can i post in the canteen group about overtime?',
    'how do I book annual leave',
    'where do I park at headquarters',
    'when do we get paid this month',
    'what uniform do PCSOs wear',
  ])('%s -> not_covered with the contact and no citations', (q) => {
    const a = ask(q);
    expect(a.verdict).toBe('not_covered');
    expect(a.citations).toEqual([]);
    expect(a.contact).toBe(doc.metadata.contact);
    expect(a.answer).toContain('extension 2270');
  });
});

describe('answer(): shape', () => {
  const questions = ['can i upload a pdf to yammer', 'who owns the policy', 'what is the canteen menu', 'is yammer private'];

  it('cites one to three clauses with the exact clause text, none for not_covered', () => {
    for (const q of questions) {
      const a = ask(q);
      if (a.verdict === 'not_covered') {
        expect(a.citations).toHaveLength(0);
        continue;
      }
      expect(a.citations.length).toBeGreaterThanOrEqual(1);
      expect(a.citations.length).toBeLessThanOrEqual(3);
      for (const c of a.citations) {
        const clause = index.clause(c.clauseId);
        expect(clause?.text).toBe(c.text);
        expect(c.section).toBe(clause?.sectionId);
        expect(c.sectionTitle).toBe(clause?.sectionTitle);
      }
    }
  });

  it('confidence is within 0..1 and higher for a clear answer than a vague one', () => {
    for (const q of questions) {
      const a = ask(q);
      expect(a.confidence).toBeGreaterThanOrEqual(0);
      expect(a.confidence).toBeLessThanOrEqual(1);
    }
    expect(ask('should staff use their status to publish personal information').confidence).toBeGreaterThan(ask('can i post stuff').confidence);
  });

  it('every answer from the expired policy carries the expiry note', () => {
    for (const q of [...questions, 'asdfgh']) {
      expect(ask(q).expiryNote).toBe('Note: this policy is marked as expired; check with OSDG, the department that owns this policy, for the current version.');
    }
  });

  it('handles empty and odd input without throwing', () => {
    expect(ask('').verdict).toBe('not_covered');
    expect(ask('???').verdict).toBe('not_covered');
    expect(ask('YAMMER '.repeat(200)).citations.length).toBeGreaterThan(0);
  });
});

describe('lookups', () => {
  it('clause(), section(), clauseCount and documents', () => {
    expect(index.clause('5.b14')?.text).toBe('Employees should not set up new communities to connect with external groups.');
    expect(index.clause('social-media-policy:5.b14')?.id).toBe('5.b14');
    expect(index.clause('9.b9')).toBeUndefined();
    expect(index.section('4.2')?.title).toBe('Corporate pages');
    expect(index.clauseCount).toBe(92);
    expect(index.documents).toEqual([doc]);
  });

  it('clauseForTopic() finds the clauses detection findings point at', () => {
    expect(index.clauseForTopic('personal_information')?.clauseId).toBe('5.b11');
    expect(index.clauseForTopic('status_personal_information')?.text).toContain('should not use their status to publish personal information');
    expect(index.clauseForTopic('file_upload')?.clauseId).toBe('5.b16');
    expect(index.clauseForTopic('status_encouraged')?.text).toContain("encouraged to update their own 'What are you working on' status");
  });

  it('clauseForTopic() is undefined when a policy has no such clause', () => {
    const other = createPolicyIndex([parsePolicy('1. Parking\n\nStaff must display a permit.\n', 'parking.txt')]);
    expect(other.clauseForTopic('file_upload')).toBeUndefined();
  });
});

describe('several policies', () => {
  const teams = parsePolicy('# Teams policy\n\n## 1. Files\n\n- Staff must not upload exhibits to Teams channels.\n', 'teams.md');
  it('qualifies clause ids with the document id and answers from either policy', () => {
    const both = createPolicyIndex([doc, teams], language);
    const a = both.answer('can I upload exhibits to a teams channel');
    expect(a.citations[0].text).toBe('Staff must not upload exhibits to Teams channels.');
    expect(a.citations[0].clauseId).toBe('teams:1.b1');
    expect(a.expiryNote).toBeUndefined();
    expect(both.clause('teams:1.b1')?.documentId).toBe('teams');
    expect(both.clauseCount).toBe(93);
    const social = both.answer('who owns the social media policy');
    // Either ownership line answers: the owner line of the header or the sentence naming the owning department.
    expect(social.citations[0].clauseId).toMatch(/^social-media-policy:(1\.p10|header\.owner)$/);
    expect(social.expiryNote).toBeDefined();
    expect(both.clause(social.citations[0].clauseId)?.text).toBe(social.citations[0].text);
  });
});

describe('questions about the policy itself', () => {
  it('answers from the header lines the parser lifted out (owner, expiry, contact), citing them as printed', () => {
    const owner = lexical.answer('policy owner?');
    expect(owner.citations[0]).toMatchObject({ clauseId: 'header.owner', section: 'header', text: 'NOT PROTECTIVELY MARKED Policy owned by OSDG' });
    expect(owner.answer).toContain("The policy's header says");
    expect(index.answer('has this policy expired').citations[0]?.clauseId).toBe('header.expiry');
    expect(index.answer('who do I contact with enquiries about this policy').citations[0]?.text).toContain('extension 2270');
    expect(index.clause('header.contact')?.text).toContain('extension 2270');
  });

  it('a document without header lines has no header clauses', () => {
    const other = createPolicyIndex([parsePolicy('1. Parking\n\nStaff must display a permit.\n', 'parking.txt')]);
    expect(other.clause('header.owner')).toBeUndefined();
    expect(other.encoderTexts).toEqual(['Staff must display a permit.']);
  });
});
