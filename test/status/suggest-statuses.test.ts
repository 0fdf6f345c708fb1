import { describe, expect, it } from 'vitest';
import { scan } from '../../src/detection';
import { suggestStatuses, SUGGESTION_MAX_LENGTH, type StatusIntent, type SuggestResult } from '../../src/status';

// The REAL detection engine, default config: suggestions must come out clean against it.
const deps = { scanner: { scan } };

interface Case {
  input: string;
  /** Content words of the input that every suggestion must keep (case-insensitive). */
  keep: string[];
  intent?: StatusIntent;
  /** Text that must NOT appear in any suggestion (personal information, filler). */
  never?: RegExp;
}

const FILLER = /\b(?:um|erm|lol|atm|basically|just|tbh|haha)\b|😂|😅|👍|!!/i;

const CASES: Case[] = [
  // The issue's own examples.
  { input: 'working on the new rota for response', keep: ['new rota for response'] },
  { input: 'we are reviewing the ASB plan', keep: ['reviewing the ASB plan'], never: /\bwe are\b/i },
  { input: 'the burglary project', keep: ['the burglary project'] },
  { input: 'going to the NPCC conference', keep: ['NPCC conference'], intent: 'attending' },
  { input: 'Attending NPIA meeting', keep: ['NPIA meeting'], intent: 'attending' },
  { input: 'Currently working on new project', keep: ['new project'] },
  // Messy, phone-typed.
  { input: 'wrkng on the new rota 4 response lol', keep: ['rota for response'] },
  { input: 'ASB plan for cannock, need help!!', keep: ['ASB plan for Cannock'], intent: 'ask_experience' },
  { input: 'um basically just finishing the custody audit atm 😅', keep: ['finishing the custody audit'] },
  { input: 'op falcon briefing tmrw', keep: ['Op Falcon briefing tomorrow'], intent: 'attending' },
  { input: 'so yeah, just doing the monthly performance report lol', keep: ['monthly performance report'] },
  { input: 'drugs op in tamworth 2moro', keep: ['drugs op', 'Tamworth'] },
  { input: 'speed watch with the SNT in biddulph', keep: ['speed watch', 'SNT', 'Biddulph'] },
  { input: 'NEED HELP WITH THE PACE TRAINING', keep: ['PACE training'], intent: 'ask_experience' },
  { input: 'making good progress on the burglary reduction plan 👍', keep: ['burglary reduction plan'], intent: 'share_progress' },
  { input: 'Got an op falcon brief later, anyone else going?', keep: ['Op Falcon brief'] },
  { input: 'helping out with custody all week, any tips?', keep: ['helping out with custody'], intent: 'ask_experience' },
  { input: 'erm sorting the overtime budget for Q3 haha', keep: ['sorting the overtime budget for Q3'] },
  { input: 'asb hotspot mapping w/ the council...', keep: ['ASB hotspot mapping', 'council'] },
  // Grammar: verbs, modals, subjects, nouns, events.
  { input: 'need to review the PACE training materials for new starters', keep: ['reviewing the PACE training materials'] },
  { input: 'write up the ANPR business case', keep: ['writing up the ANPR business case'] },
  { input: 'Organising the PCSO awards evening', keep: ['organising the PCSO awards evening'] },
  { input: "I'm setting up the new SNT newsletter", keep: ['setting up the new SNT newsletter'], never: /I'm/ },
  { input: 'team is reviewing the domestic abuse training for response officers and we need input from CID colleagues', keep: ['reviewing the domestic abuse training'] },
  { input: 'finished the custody SOP rewrite', keep: ['finished the custody SOP rewrite'], intent: 'share_progress' },
  { input: 'custody handover process', keep: ['custody handover process'] },
  { input: 'IOM cohort review', keep: ['IOM cohort review'] },
  { input: 'supporting probationers on their first nights', keep: ['supporting probationers'] },
  { input: 'reviewing RTC data for the A34 corridor', keep: ['RTC data', 'A34 corridor'] },
  { input: 'the shoplifting problem-solving plan for stafford town centre', keep: ['shoplifting problem-solving plan', 'Stafford town centre'] },
  { input: 'trying to sort the CID on-call rota', keep: ['trying to sort the CID on-call rota'] },
  { input: 'writing the CID induction pack', keep: ['writing the CID induction pack'] },
  { input: 'attending the MARAC on tuesday', keep: ['MARAC', 'Tuesday'], intent: 'attending' },
  { input: 'presenting at the NPCC conference next week', keep: ['NPCC conference'] },
  { input: 'preparing for the HMICFRS inspection', keep: ['HMICFRS inspection'] },
  { input: 'in court all week for the robbery trial', keep: ['court', 'robbery trial'], intent: 'attending' },
  { input: 'CSE awareness training for school liaison officers', keep: ['CSE awareness training'] },
  { input: 'DMM at 9', keep: ['DMM'], intent: 'attending' },
  { input: 'SNT surgery in Hanley on Friday', keep: ['SNT surgery', 'Hanley'] },
  { input: 'working on the mental health triage project', keep: ['mental health triage project'] },
  // Requests become the intent; the topic stays.
  { input: 'looking for people to help with the knife crime campaign', keep: ['knife crime campaign'], intent: 'collaborators' },
  { input: 'looking for volunteers for the cadets open day', keep: ['cadets open day'], intent: 'collaborators' },
  { input: 'PCSO recruitment drive, anyone keen to help?', keep: ['PCSO recruitment drive'], intent: 'collaborators' },
  { input: 'Anyone got experience of body worn video rollouts?', keep: ['body worn video rollouts'], intent: 'ask_experience' },
  { input: 'rolling out the new Niche templates to response teams, will keep you posted', keep: ['rolling out the new Niche templates'], intent: 'share_progress' },
  // Questions become "ask for experience" statuses about the thing asked.
  { input: 'how do I set up a Teams channel for the SNT?', keep: ['setting up a Teams channel for the SNT'], intent: 'ask_experience' },
  { input: "what's the best way to run a community speed watch?", keep: ['running a community speed watch'], intent: 'ask_experience' },
  { input: 'Currently working on new project. Does anybody have any experience of this topic?', keep: ['new project'], intent: 'ask_experience', never: /this topic.*this topic/ },
  // Personal information in the input: stripped before anything is built.
  { input: 'sorting the leaving do, ring me on 07700 900123', keep: ['sorting the leaving do'], never: /\d|ring me/i },
  { input: 'working on the ASB plan. call me on 07700 900123', keep: ['ASB plan'], never: /\d|call me/i },
  { input: 'reviewing the burglary project, my number is 07700 900123 if you can help', keep: ['reviewing the burglary project'], never: /\d|number/i },
  { input: 'custody audit, email jo.bloggs@example.com with ideas', keep: ['custody audit'], never: /@|jo\.bloggs|example/i },
  { input: 'prepping the interview plan, suspect Dean Price', keep: ['prepping the interview plan'], never: /Dean|Price|suspect/i },
  { input: 'OFFICIAL-SENSITIVE briefing on op falcon', keep: ['briefing on Op Falcon'], never: /official|sensitive/i },
  { input: 'ASB plan for Stafford, I live at 12 High Street ST16 2DJ', keep: ['ASB plan for Stafford'], never: /\d|High Street|live/i },
];

function suggestionsOf(result: SuggestResult): string[] {
  if (result.kind !== 'suggestions') throw new Error(`expected suggestions, got ${result.kind}: ${'message' in result ? result.message : ''}`);
  return result.suggestions;
}

describe('suggestStatuses: every output, every case', () => {
  it('has at least 40 varied inputs', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  describe.each(CASES)('$input', ({ input, keep, intent, never }) => {
    const first = suggestStatuses({ topic: input }, deps);

    it('gives exactly three distinct suggestions', () => {
      const suggestions = suggestionsOf(first);
      expect(suggestions).toHaveLength(3);
      expect(new Set(suggestions.map((s) => s.toLowerCase())).size).toBe(3);
    });

    it('keeps every suggestion under 150 characters, clean by the real detection engine, free of filler', () => {
      for (const variant of [0, 1, 2, 3, 4, 5, 6]) {
        for (const s of suggestionsOf(suggestStatuses({ topic: input, variant }, deps))) {
          expect(s.length).toBeLessThan(SUGGESTION_MAX_LENGTH);
          expect(scan({ text: s })).toEqual([]);
          expect(s).not.toMatch(FILLER);
          if (never) expect(s).not.toMatch(never);
          // Reads as a sentence: capital first, full stop or question mark last.
          expect(s).toMatch(/^[A-Z].*[.?]$/);
        }
      }
    });

    it("keeps the person's topic words in every suggestion", () => {
      for (const variant of [0, 1, 2, 3, 4, 5, 6]) {
        for (const s of suggestionsOf(suggestStatuses({ topic: input, variant }, deps))) {
          for (const word of keep) expect(s.toLowerCase()).toContain(word.toLowerCase());
        }
      }
    });

    it('gives a different set for variant n+1, and the same set again for the same variant', () => {
      for (const n of [0, 1, 2, 3, 4, 5, 6, 7]) {
        const a = suggestionsOf(suggestStatuses({ topic: input, variant: n }, deps));
        const b = suggestionsOf(suggestStatuses({ topic: input, variant: n + 1 }, deps));
        expect(new Set(b)).not.toEqual(new Set(a));
        // "Another suggestion" shows three new suggestions, none repeated from the last set.
        for (const s of b) expect(a).not.toContain(s);
        expect(suggestionsOf(suggestStatuses({ topic: input, variant: n }, deps))).toEqual(a);
      }
    });

    it('can be recomputed from the returned topic, intent and variant (what the card carries)', () => {
      if (first.kind !== 'suggestions') throw new Error('expected suggestions');
      const again = suggestStatuses({ topic: first.topic, intent: first.intent, variant: first.variant }, deps);
      expect(suggestionsOf(again)).toEqual(first.suggestions);
      expect(scan({ text: first.topic })).toEqual([]);
    });

    if (intent) {
      it(`infers the intent ${intent}`, () => {
        expect(first.kind === 'suggestions' && first.intent).toBe(intent);
      });
    }
  });
});

describe('suggestStatuses: grammar', () => {
  const firstOf = (topic: string, intent?: StatusIntent) => suggestionsOf(suggestStatuses({ topic, ...(intent ? { intent } : {}) }, deps))[0];

  it('models the policy examples', () => {
    expect(firstOf('working on the new rota for response')).toBe('Currently working on the new rota for response. Does anybody have any experience of this topic?');
    expect(firstOf('going to the NPCC conference')).toBe('Attending the NPCC conference, will keep you updated on outcomes.');
    expect(firstOf('NPIA meeting')).toBe('Attending the NPIA meeting, will keep you updated on outcomes.');
  });

  it('turns a sentence into a status: subject dropped, verb kept', () => {
    expect(firstOf('we are reviewing the ASB plan')).toBe('Currently reviewing the ASB plan. Does anybody have any experience of this topic?');
    expect(firstOf('need to review the custody SOP')).toMatch(/^Currently reviewing the custody SOP\./);
  });

  it('keeps a noun phrase a noun phrase, adding "the" only where needed', () => {
    expect(firstOf('the burglary project')).toMatch(/^Currently working on the burglary project\./);
    expect(firstOf('burglary project')).toMatch(/^Currently working on the burglary project\./);
    expect(firstOf('body worn video rollouts')).toMatch(/^Currently working on body worn video rollouts\./);
    expect(firstOf('Op Falcon', 'share_progress')).toBe("Making progress on Op Falcon. Happy to share what we've learned so far.");
  });

  it('honours each explicit intent with the matching template family', () => {
    expect(firstOf('the burglary project', 'share_progress')).toMatch(/^Making progress on the burglary project\./);
    expect(firstOf('the burglary project', 'collaborators')).toBe("Looking for colleagues to collaborate on the burglary project. Get in touch if you're interested.");
    expect(firstOf('the burglary project', 'attending')).toBe('Attending a meeting on the burglary project, will keep you updated on outcomes.');
    expect(firstOf('the NPCC conference', 'ask_experience')).toMatch(/^Currently preparing for the NPCC conference\./);
  });

  it('restores acronyms and operation names typed in lower case', () => {
    const s = firstOf('asb and cse work with the lpt for op kingfisher');
    expect(s).toContain('ASB and CSE work with the LPT for Op Kingfisher');
  });

  it('shortens a long topic at a word boundary to stay under 150 characters', () => {
    const long = 'reviewing the neighbourhood policing team structure for the northern area including the PCSO shift patterns and the new ASB tasking process and the partnership problem solving meetings';
    expect(long.length).toBeLessThanOrEqual(200);
    for (const s of suggestionsOf(suggestStatuses({ topic: long }, deps))) {
      expect(s.length).toBeLessThan(SUGGESTION_MAX_LENGTH);
      expect(s).toContain('neighbourhood policing team structure');
      expect(s).not.toMatch(/\b(?:and|the|for|of)\.\s/);
    }
  });

  it('treats a bad variant from card data as 0', () => {
    const base = suggestionsOf(suggestStatuses({ topic: 'the burglary project', variant: 0 }, deps));
    expect(suggestionsOf(suggestStatuses({ topic: 'the burglary project', variant: Number.NaN }, deps))).toEqual(base);
    expect(suggestionsOf(suggestStatuses({ topic: 'the burglary project', variant: -0.4 }, deps))).toEqual(base);
  });
});

describe('suggestStatuses: no suggestions', () => {
  it.each([
    ['off to Spain for 2 weeks', 'holiday'],
    ["I'm in Spain for two weeks from Saturday", 'whereabouts'],
    ['on hols next week 🌞', 'holiday'],
    ["my daughter's wedding", 'family'],
    ['school run then the dentist', 'health'],
    ['off sick with flu', 'health'],
    ['recovering from my knee op', 'health'],
    ['kids birthday party this weekend', 'family'],
    ['away until Monday', 'whereabouts'],
  ])('%s -> not_work (%s)', (topic, reason) => {
    const result = suggestStatuses({ topic }, deps);
    expect(result).toMatchObject({ kind: 'not_work', reason });
    if (result.kind === 'not_work') expect(result.message.length).toBeGreaterThan(40);
  });

  it.each(['call me on 07700 900123', 'my number is 07700 900123', 'email me at jo.bloggs@example.com', 'ST16 2DJ'])(
    '%s -> personal_only',
    (topic) => {
      const result = suggestStatuses({ topic }, deps);
      expect(result.kind).toBe('personal_only');
      if (result.kind === 'personal_only') expect(result.message).not.toMatch(/\d|@/);
    },
  );

  it.each([
    ['', 'empty'],
    ['   \n ', 'empty'],
    ['\u200b', 'empty'],
    ['x'.repeat(201), 'too_long'],
    [42, 'not_text'],
    [null, 'not_text'],
    [undefined, 'not_text'],
    [{ topic: 'rota' }, 'not_text'],
  ])('invalid input %# -> %s', (topic, reason) => {
    const result = suggestStatuses({ topic }, deps);
    expect(result).toMatchObject({ kind: 'invalid', reason });
    if (result.kind === 'invalid') expect(result.message).toMatch(/[A-Za-z]{3,}/);
  });

  it('accepts exactly 200 characters', () => {
    const topic = `reviewing the custody plan ${'a'.repeat(200 - 27)}`;
    expect(topic).toHaveLength(200);
    expect(suggestStatuses({ topic }, deps).kind).not.toBe('invalid');
  });

  it('treats emoji and filler alone as no topic', () => {
    expect(suggestStatuses({ topic: '😂😂 lol' }, deps)).toMatchObject({ kind: 'invalid', reason: 'empty' });
  });
});

describe('suggestStatuses: every suggestion is scanned before it is shown', () => {
  it('drops candidates the injected scanner flags and fills from other templates', () => {
    const flagsQuestions = { scan: ({ text }: { text: string }) => (/Does anybody/.test(text) ? [{ type: 'person_name', start: 0, end: 4, masked: 'D•••' }] : []) };
    const result = suggestStatuses({ topic: 'the burglary project' }, { scanner: flagsQuestions });
    const suggestions = suggestionsOf(result);
    expect(suggestions).toHaveLength(3);
    for (const s of suggestions) expect(s).not.toMatch(/Does anybody/);
  });

  it('returns personal_only rather than show anything when every candidate is flagged', () => {
    const flagsAll = { scan: ({ text }: { text: string }) => (/burglary/.test(text) && text.length > 30 ? [{ type: 'health', start: 0, end: 3, masked: '•••' }] : []) };
    expect(suggestStatuses({ topic: 'the burglary project' }, { scanner: flagsAll }).kind).toBe('personal_only');
  });
});
