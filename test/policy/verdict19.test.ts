import { describe, expect, it } from 'vitest';
import { bestSentence } from '../../src/policy/quote-sentence';
import { offersTheThingOfTheAsker } from '../../src/policy/proposal-scope';
import { questionIntent } from '../../src/policy/question-intent';
import { contentStems } from '../../src/policy/tokenise';

/**
 * Nineteenth session's verdict rules (docs/policy-answers.md), each on sentences written here about a model-railway club
 * and a choir, not taken from any dev set.
 */
describe('the question\'s own words choose the quoted sentence before its expansions', () => {
  const bullet =
    'Members should refrain from bringing locomotives onto the shared layout, as these should be run on the test track. Locomotives left on the layout block the points. Members are able to bring scenery onto the layout.';
  const rule = 'Members should refrain from bringing locomotives onto the shared layout, as these should be run on the test track.';
  const permit = 'Members are able to bring scenery onto the layout.';
  const idf = () => 1;
  // "scenery instead?" with expansions that add "locomotive", "bring" and "layout" for it.
  const stems = ['sceneri', 'locomot', 'bring', 'layout'];

  it('a sentence naming the question\'s own word wins over one its expansions lean to', () => {
    expect(contentStems('scenery locomotives bringing layout')).toEqual(stems);
    expect(bestSentence(bullet, stems, idf, true, ['sceneri'])).toBe(permit);
  });

  it('without own stems every stem counts fully (the callers that pass one list); an own word of the rule still wins it', () => {
    expect(bestSentence(bullet, stems, idf, true)).toBe(rule);
    expect(bestSentence(bullet, stems, idf, true, ['locomot'])).toBe(rule);
  });
});

describe('a thing "of me" against "only X of the member"', () => {
  const rule = 'Singers can add a biography to the programme - only portraits of the individual singer can be printed.';

  it('the asker alone in it is inside, whatever describes where or how it was made', () => {
    expect(offersTheThingOfTheAsker('Can I send a portrait of me in my concert gown from last spring?', rule)).toBe(true);
    expect(offersTheThingOfTheAsker('is a portrait of myself at the piano ok for the programme', rule)).toBe(true);
  });

  it('someone or something else in it, another subject, or another kind of thing is left to the other readers', () => {
    expect(offersTheThingOfTheAsker('Can I send a portrait of me and my sister?', rule)).toBe(false);
    expect(offersTheThingOfTheAsker('Can I send a portrait of me with the conductor?', rule)).toBe(false);
    expect(offersTheThingOfTheAsker('Can I send a portrait of my dog?', rule)).toBe(false);
    expect(offersTheThingOfTheAsker('Can I send a cartoon of me?', rule)).toBe(false);
    expect(offersTheThingOfTheAsker('Can I send a portrait of me?', 'Singers can add a biography to the programme.')).toBe(false);
  });

  it('the thing may be named by a near word', () => {
    const near = (w: string, other: string) => w === 'photo' && other === 'portraits';
    expect(offersTheThingOfTheAsker('can I send a photo of me on stage', rule, near)).toBe(true);
  });
});

describe('learners\' and dialect forms of the polar question', () => {
  it('"is possible to / the / our ..." asks whether the asker\'s plan may be done', () => {
    expect(questionIntent('Is possible to sell raffle tickets at the club exhibition?').intent).toBe('permission');
    expect(questionIntent('Is possible our club show the layout at the library?').intent).toBe('permission');
    // Not about the asker's plan, or not the learner's form: unchanged.
    expect(questionIntent('Is it possible for visitors to drive the trains?').intent).toBe('info');
    expect(questionIntent('Is possible for visitors to drive the trains?').intent).toBe('info');
  });

  it('"... or nah?" and "... or frowned upon?" offer "no" as the other answer, not a second thing', () => {
    expect(questionIntent('bring my own controller to the layout, is that sound or nah').intent).toBe('permission');
    expect(questionIntent('I want to start a carpool for the choir - is that encouraged or frowned upon?').intent).toBe('permission');
    // A real choice between two things still asks which holds.
    expect(questionIntent('Is the club layout OO gauge or N gauge?').intent).toBe('info');
    expect(questionIntent('Does the choir meet on Tuesdays or Thursdays?').intent).toBe('info');
  });
});
