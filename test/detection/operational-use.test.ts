import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createScanner } from '../../src/detection';
import type { LabelledPost } from '../../src/detection/evaluation';
import { scorePosts } from '../../src/detection/evaluate-posts';
import { operationalSignals } from '../../src/detection/detectors/operational-use';

const scanner = createScanner();
const flagsOperational = (text: string) => scanner.scan({ text }).some((f) => f.type === 'operational_use');
const load = (file: string): LabelledPost[] => readFileSync(join(__dirname, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as LabelledPost);

describe('operational_use: live-incident and on-call traffic', () => {
  it.each([
    'all units to Hanley, firearms incident ongoing',
    'high risk misper, can everyone on lates keep an eye out',
    "who's on call for CID tonight? need a DS to attend",
    "control room can't raise the duty inspector",
  ])('finds the issue\'s examples: "%s"', (text) => {
    const finding = scanner.scan({ text }).find((f) => f.type === 'operational_use');
    expect(finding).toMatchObject({ policyTopic: 'operational_use', severity: 'medium', rule: 'operational_use.live_request' });
    // The span is the request phrase, shown as is (vocabulary, not personal data).
    expect(finding!.masked).toBe(text.slice(finding!.start, finding!.end));
  });

  it.each([
    ['a past incident', 'Thanks to all units who attended the firearms incident in Hanley last night'],
    ['training', 'Firearms training next week: all units attending need to bring their kit'],
    ['rota planning', "Who's on call over Christmas? The rota needs filling by Friday"],
    ['news', 'BBC news says police were called to a firearms incident in Hanley'],
    ['an everyday request', 'Can anyone keep an eye out for my lost lanyard?'],
    ['a question about process', 'How do we page the on-call inspector if a firearms job comes in overnight?'],
    ['a staff event', 'Livestream of the dog unit display is on now, all units welcome to tune in'],
    ['a past-tense report', 'The duty sergeant was called to a fight outside the bus station, it was all sorted'],
    ['a question about the duty structure alone', 'Does anyone know if the control room is recruiting call handlers?'],
    ['the future tense', 'Custody will be short of officers on the bank holiday so expect delays'],
    ['a request with a live word but no operational target', 'Can someone please keep an eye out for the post van right now'],
    ['an ask to officers with only a time word', 'Could any officers on lates pop into the school tonight for the careers talk?'],
    ['an invitation', 'We need officers to help at the summer fete, let me know if you are interested'],
    ['a permission question', 'Is it ok to use the network to get hold of the on-call inspector?'],
    ['a joke', 'All units to the staff room, the firearms team have left their leftover pizza lol'],
    ['a facilities request about a fault that might lead to an incident', 'The socket by the custody desk is smoking, can someone look at it asap before it starts a fire'],
    ['an errand to a department (a general word naming a place, not a matter)', 'Can units please return the spare radios to the custody desk after use'],
    ['an office-equipment request', 'Can everyone keep an eye out, the kettle in the report writing room is leaking water all over the floor, could cause a flood'],
  ])('leaves %s alone', (_kind, text) => {
    expect(flagsOperational(text)).toBe(false);
  });

  it.each([
    ['an information question about a live matter', 'Does anyone know if a unit has been sent to the stabbing in Fenton? Caller still on the line'],
    ['an everyday ask for a resource while it is happening', 'Is anyone from response in the building? Male kicking off at the front desk right now'],
    ['a duty officer not answering', 'On-call DI not answering and we need an authority for the search, please call control'],
    ['a resource asked for while the scene unfolds', 'Need more officers at the retail park, group fighting in the car park'],
  ])('finds %s', (_kind, text) => {
    expect(flagsOperational(text)).toBe(true);
  });

  describe('a long post is judged by the passage around its ask', () => {
    const filler = 'The new shift pattern starts in the spring and the federation reps have answered most of the questions we sent them about it. The answers are on the intranet page with the rest of the notes from the staff association. ';
    it('an ask and an incident paragraphs apart are not a live request', () => {
      const text = `Any units free on nights for the community football match? ${filler}${filler}Thoughts are with the family of the lad in the fatal collision on the A34.`;
      expect(operationalSignals(text.toLowerCase()).incident).toBe(false);
      expect(flagsOperational(text)).toBe(false);
      // The same two sentences side by side are read together.
      expect(operationalSignals(text.replace(filler + filler, '').toLowerCase()).incident).toBe(true);
    });
    it('an ask next to its incident is found however long the post', () => {
      expect(flagsOperational(`${filler}${filler}Any units free? Male with a knife outside the Co-op on High Street, ongoing`)).toBe(true);
    });
  });

  it('dev set (written for tuning): recall at least 90%, at most 2% of clean posts flagged', () => {
    const posts = load('operational/dev.jsonl');
    // Figures per batch (docs/policy-rules.md): the first set, the second, and the self-written rounds.
    const batches: Record<string, (voice?: string) => boolean> = {
      'first dev': (v) => v === 'dev' || v === 'dev2-terse' || v === 'dev3-hard-negatives',
      dev2: (v) => v === 'dev2',
      'dev4-10 (self-written)': (v) => /^dev(?:[4-9]|10)-self$/.test(v ?? ''),
    };
    for (const [name, inBatch] of Object.entries(batches)) {
      const s = scorePosts(posts.filter((p) => inBatch((p as { voice?: string }).voice)), 'operational_use', flagsOperational);
      console.info(`operational_use ${name}: recall ${s.found}/${s.positives}; clean flagged ${s.cleanFlagged}/${s.cleanPosts}`);
    }
    const score = scorePosts(posts, 'operational_use', flagsOperational);
    expect(score.positives).toBeGreaterThanOrEqual(40);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.cleanFlaggedRate).toBeLessThanOrEqual(0.02);
  });

  // Written blind by six new voices (100 positive, 200 mostly hard negatives). Measured before any change from it:
  // recall 59/100, clean flagged 1/200; the detector was then tuned on it (docs/policy-rules.md).
  it('third dev set (blind when measured, then tuned on): recall at least 85%, at most 1% of clean posts flagged', () => {
    const score = scorePosts(load('operational/dev3.jsonl'), 'operational_use', flagsOperational);
    console.info(`operational_use dev3: recall ${score.found}/${score.positives}; clean flagged ${score.cleanFlagged}/${score.cleanPosts}`);
    expect(score.positives).toBe(100);
    expect(score.recall).toBeGreaterThanOrEqual(0.85);
    expect(score.cleanFlaggedRate).toBeLessThanOrEqual(0.01);
  });

  // Written blind by six voices in realistic proportions (80 positive; 240 clean: everyday posts and hard negatives).
  // Measured before any change from it: recall 49/80, clean flagged 1/240 (0/240 after this round's precision rules,
  // written before it was read); then tuned on three voices, three kept aside (docs/policy-rules.md).
  it('fourth dev set (blind when measured, then partly tuned on): recall at least 70%, at most 1% of clean posts flagged', () => {
    const score = scorePosts(load('operational/dev4.jsonl'), 'operational_use', flagsOperational);
    console.info(`operational_use dev4: recall ${score.found}/${score.positives}; clean flagged ${score.cleanFlagged}/${score.cleanPosts}`);
    expect(score.positives).toBe(80);
    expect(score.recall).toBeGreaterThanOrEqual(0.7);
    expect(score.cleanFlaggedRate).toBeLessThanOrEqual(0.01);
  });

  it('flags at most 2% of the clean labelled staff posts, and none of the personal-information ones', () => {
    const score = scorePosts(load('../fixtures/staff-posts.jsonl'), 'operational_use', flagsOperational);
    expect(score.cleanPosts).toBeGreaterThan(200);
    expect(score.cleanFlaggedRate).toBeLessThanOrEqual(0.02);
    expect(score.otherFlagged / score.otherPosts).toBeLessThanOrEqual(0.02);
  });

  // Written blind by someone who never saw this detector; never tuned against (aggregate figures only, no items printed).
  // The product target is 2% of clean posts; the guard sits at the last measurement (docs/policy-rules.md, issue 16
  // round 4): recall 80/118 = 67.8%, clean flagged 2/142 = 1.4%; fifteenth session (after opuse15, read once): recall
  // 90/118 = 76.3%, clean 2/142; sixteenth session (after opml16's learnt reader, read once): recall 98/118 = 83.1%,
  // clean 2/142 (one more clean post flagged, or one fewer found, fails).
  it('sealed set: regression guard (recall at least 83%, at most 1.5% of clean posts flagged)', () => {
    const score = scorePosts(load('sealed/operational-sealed.jsonl'), 'operational_use', flagsOperational);
    console.info(`operational_use sealed: recall ${score.found}/${score.positives} = ${(score.recall * 100).toFixed(1)}%; clean flagged ${score.cleanFlagged}/${score.cleanPosts} = ${(score.cleanFlaggedRate * 100).toFixed(1)}%`);
    expect(score.positives).toBeGreaterThan(0);
    expect(score.cleanFlaggedRate).toBeLessThanOrEqual(0.015);
    expect(score.recall).toBeGreaterThanOrEqual(0.83);
  });
});
