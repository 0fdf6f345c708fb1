import { describe, expect, it } from 'vitest';
import { decisiveRunnerUp, namesWholeReadingIn, restrictsWho, type RunnerUpReader } from '../../src/policy/decisive-runner-up';
import type { ClauseWithContext } from '../../src/policy/clause-context';
import type { SearchHit } from '../../src/policy/clause-search';
import type { QueryUnit } from '../../src/policy/query-terms';
import type { PolicyDocument } from '../../src/policy/types';
import { contentStems } from '../../src/policy/tokenise';

/**
 * The rule that lets a close runner-up limiting the top clause's permission answer instead (decisive-runner-up.ts),
 * on clauses written here: a restriction or prohibition in the top clause's own section decides; one elsewhere does not.
 */
const doc = { id: 'd' } as PolicyDocument;
const entry = (id: string, sectionId: string, text: string): ClauseWithContext => ({
  clause: { id, sectionId, sectionTitle: sectionId === 'g' ? 'Groups' : 'Pages', kind: 'sentence', text, documentId: 'd' },
  document: doc,
});
const entries = [
  entry('g.p1', 'g', 'Everybody is free to join a group.'),
  entry('g.p2', 'g', 'Only those with Force email addresses may join a group.'),
  entry('g.p3', 'g', 'Employees should not set up groups to connect with external partners.'),
  entry('p.p1', 'p', 'Only photographs of the specific employee can be used.'),
  entry('g.p4', 'g', 'Employees are encouraged to set up new groups.'),
  entry('g.p5', 'g', 'Group messages cannot be forwarded, the network remains private and employee-only.'),
  entry('g.p6', 'g', 'Groups must not be used to call for urgent backup.'),
  entry('g.p7', 'g', 'Every group is shown in the staff directory.'),
];
const reader: RunnerUpReader = { entries, idf: () => 1, isSpecific: () => true };
const unit = (word: string): QueryUnit => ({ label: word, own: contentStems(word), ownAll: false, added: [], offTopic: false, concept: false, weight: 1 });
const hit = (index: number, score: number, coverage: number): SearchHit => ({ index, score, coverage, coverageOnTopic: coverage, matchedUnits: 1, matchedConcept: false });

describe('decisiveRunnerUp', () => {
  const join = [unit('join'), unit('group'), unit('ambulance')];

  it('answers with a close restriction in the same section whose terms the question goes beyond', () => {
    expect(decisiveRunnerUp(hit(0, 10, 0.6), [hit(0, 10, 0.6), hit(1, 8, 0.6)], join, 'permission', reader)).toBe(1);
  });

  it('keeps the permission when the restriction is in another section', () => {
    const photo = [unit('photo'), unit('group'), unit('ambulance')];
    expect(decisiveRunnerUp(hit(0, 10, 0.6), [hit(0, 10, 0.6), hit(3, 9, 0.6)], photo, 'permission', reader)).toBeUndefined();
  });

  it('keeps the permission when the restriction is far behind or the question asks for information', () => {
    expect(decisiveRunnerUp(hit(0, 10, 0.6), [hit(0, 10, 0.6), hit(1, 5, 0.6)], join, 'permission', reader)).toBeUndefined();
    expect(decisiveRunnerUp(hit(0, 10, 0.6), [hit(0, 10, 0.6), hit(1, 8, 0.6)], join, 'info', reader)).toBeUndefined();
  });

  it('reads a hyphened "-only" as a description, not a restriction', () => {
    expect(restrictsWho('Only those with Force email addresses may join a group.')).toBe(true);
    expect(restrictsWho('only photographs of the specific employee can be used')).toBe(true);
    expect(restrictsWho('the network remains private and employee-only')).toBe(false);
    expect(decisiveRunnerUp(hit(0, 10, 0.6), [hit(0, 10, 0.6), hit(5, 9, 0.6)], join, 'permission', reader)).toBeUndefined();
  });

  const setUp = [unit('set'), unit('group'), unit('external')];

  it('answers with a close prohibition in the same section that answers more of the question', () => {
    expect(decisiveRunnerUp(hit(4, 10, 0.5), [hit(4, 10, 0.5), hit(2, 8, 0.8)], setUp, 'permission', reader)).toBe(2);
  });

  it('keeps the permission when the prohibition answers no more of the question than it does', () => {
    expect(decisiveRunnerUp(hit(4, 10, 0.8), [hit(4, 10, 0.8), hit(2, 8, 0.8)], setUp, 'permission', reader)).toBeUndefined();
    expect(decisiveRunnerUp(hit(4, 10, 0.8), [hit(4, 10, 0.8), hit(2, 8, 0.5)], setUp, 'permission', reader)).toBeUndefined();
  });

  it('does not move from a top clause that does not permit', () => {
    // The top is itself a restriction: another limit beside it is not "the limit on its permission".
    expect(decisiveRunnerUp(hit(1, 10, 0.5), [hit(1, 10, 0.5), hit(2, 8, 0.8)], setUp, 'permission', reader)).toBeUndefined();
  });

  it('keeps a top clause that itself forbids, even beside a close "only" restriction the question goes beyond', () => {
    const backup = [unit('urgent'), unit('backup'), unit('group'), unit('ambulance')];
    expect(decisiveRunnerUp(hit(6, 10, 0.6), [hit(6, 10, 0.6), hit(1, 9, 0.6)], backup, 'permission', reader)).toBeUndefined();
  });

  it('still lets the restriction answer for a top clause that neither permits nor forbids', () => {
    const listed = [unit('directory'), unit('group'), unit('ambulance')];
    expect(decisiveRunnerUp(hit(7, 10, 0.6), [hit(7, 10, 0.6), hit(1, 9, 0.6)], listed, 'permission', reader)).toBe(1);
  });

  // Channels, in words of their own: a permission and, far below it in the ranking, a prohibition about one kind of channel.
  const channels = [
    entry('c.p1', 'c', 'Staff are encouraged to start new channels for colleagues in the same trade.'),
    entry('c.p2', 'c', 'Staff must not start channels that link up with outside organisations.'),
    entry('c.p3', 'c', 'Staff must not upload spreadsheets to channels.'),
  ];
  const channelReader: RunnerUpReader = { entries: channels, idf: () => 1, isSpecific: () => true };
  const read = (word: string, ...readings: string[]): QueryUnit => ({ ...unit(word), concept: true, added: readings.map((r) => contentStems(r)) });

  it('answers with a prohibition far below when the question names its object through a reading it holds whole', () => {
    // "a channel with the museum": the vocabulary reads "museum" as "outside channels"; the permission answers the channel.
    const museum = [unit('start'), unit('channel'), read('museum', 'outside channels')];
    expect(decisiveRunnerUp(hit(0, 20, 0.6), [hit(0, 20, 0.6), hit(1, 3, 0.3)], museum, 'permission', channelReader)).toBe(1);
    // The same reading with "channel" said in the question, the permission holding neither word of it.
    expect(namesWholeReadingIn([unit('channel'), read('museum', 'outside channels')], 'must not link channels outside', 'welcome to use links')).toBe(true);
  });

  it('keeps the permission when the reading shares nothing with it or the question, or the permission answers the unit', () => {
    // "the shift timetable" read as "spreadsheets": a reading alone, tied to nothing the question or permission says.
    const timetable = [unit('start'), unit('channel'), read('timetable', 'upload spreadsheets')];
    expect(decisiveRunnerUp(hit(0, 20, 0.6), [hit(0, 20, 0.6), hit(2, 3, 0.3)], timetable, 'permission', channelReader)).toBeUndefined();
    // A unit the permission already answers whole through another reading ("joiners" as "colleagues").
    const joiners = [unit('start'), unit('channel'), read('joiners', 'colleagues', 'outside channels')];
    expect(decisiveRunnerUp(hit(0, 20, 0.6), [hit(0, 20, 0.6), hit(1, 3, 0.3)], joiners, 'permission', channelReader)).toBeUndefined();
  });
});
