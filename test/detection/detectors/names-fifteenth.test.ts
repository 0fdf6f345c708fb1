import { describe, it } from 'vitest';
import { finds } from './finds';

/** Fifteenth session (branch nh15): names and health of unseen writers (sentences of our own). */

describe("first names of faker's locales (names.generated.ts LOCALE_FIRST_NAMES)", () => {
  // Each first name is in no English list; on integration none of these was read.
  const posts: Array<[string, string]> = [
    ['Drugs found in the car of Grzegorz Nowicki during the stop.', 'Grzegorz Nowicki'],
    ['Drugs found in the car of Mihaela Constantin during the stop.', 'Mihaela Constantin'],
    ['Warrant out for Gheorghe Lupescu, failed to appear at court.', 'Gheorghe Lupescu'],
    ['The stolen van was found outside the flat of Dariusz Zawadzki.', 'Dariusz Zawadzki'],
    ['victim is agnieszka pawlak, assault outside the shop last night', 'agnieszka pawlak'],
  ];
  for (const [text, name] of posts) it(text, () => finds(text, [['person_name', name]]));

  it('keeps out a locale name that is an English word (WordNet): "Florin" is also a coin', () => {
    finds('The stolen florin coins were recovered from the loft.', [], ['person_name']);
  });
  it('reads no colleague named in thanks with such a first name', () => {
    finds('Huge thanks to Dariusz Zawadzki in payroll for sorting the overtime.', [], ['person_name']);
  });
});

describe('the staff words before a first name are read from a word start (name-post-facts.ts wordStartFrom)', () => {
  it('does not read "our" out of "neighbour" cut by the 40-character window', () => {
    // Exactly 40 characters before the name start inside "neighbour" ("our row over ...").
    const text = 'Harassment by a neighbour row over the bins at the back, now: Gary Whitworth has been warned again.';
    finds(text, [['person_name', 'Gary Whitworth']]);
  });
  it('still reads a whole staff word in the window', () => {
    finds('Harassment by a neighbour row over the bins, and thanks to our PCSO, Gary Whitworth has been warned.', [], ['person_name']);
  });
});

describe('a referral named by its surname (name-referral.ts)', () => {
  it('reads the surname of a referral and of a family referral', () => {
    finds('Strategy meeting for the Oyelaran referral moved to 2pm.', [['person_name', 'Oyelaran']]);
    finds('School rang about the Brightwell family referral, still no answer at the door.', [['person_name', 'Brightwell']]);
  });
  it('leaves a referral named by an English word, an acronym or a staff notice', () => {
    finds('Any update on the Niche referral backlog?', [], ['person_name']);
    finds('The MASH referral form has changed, use the new one.', [], ['person_name']);
    finds('Welcome to the team - you will pick up the Oyelaran referral from Monday.', [], ['person_name']);
  });
});
