import { describe, it } from 'vitest';
import { finds } from './finds';

/**
 * Shapes learned from the sixth blind dev set (places, statutes, public figures and everyday
 * health words read as personal data), written here in new words: each rule with a positive
 * that must still fire.
 */

describe('capitalised pairs that are places, things or orders, not people', () => {
  it('an article before the pair: a proper noun used as a thing or a modifier', () => {
    finds('suspect seen near the Alton Towers car park, the Joyce Trophy match was on', [], ['person_name']);
    finds('assault reported outside the Robert Peel pub', [], ['person_name']);
    finds('theft from a Harry Potter display at the shop', [], ['person_name']);
    finds('assault reported, Robert Keeling has a cut lip', [['person_name', 'Robert Keeling']]);
  });

  it('a street type as the last word, or a house number before the pair', () => {
    finds('Burglary reported in the Stanley Rd area', [], ['person_name']);
    finds('incident on Stanley Rd, bad smash', [], ['person_name']);
    finds('incident involving Stanley Rowe, bad smash', [['person_name', 'Stanley Rowe']]);
  });

  it('a first name that is also a verb opening a sentence before another first name: an order', () => {
    finds('Stolen bike. Ring Gemma 07700 900415', [['phone', '07700 900415']], ['person_name']);
    finds('Warrant outstanding. Grant Pearson is believed to be at his mum\'s', [['person_name', 'Grant Pearson']]);
  });
});

describe('health words in a list that belong to a longer phrase', () => {
  it('an item after "the" is a general mention; a state before a word qualifies it; a title is no condition', () => {
    finds('told them to wash their hands, the flu is everywhere again', [], ['health']);
    finds('he moaned about parking, vans and disabled bays are full', [], ['health']);
    finds('Witness to the crash was brilliant, Ms Alison Pryce, good statement', [], ['health']);
    finds('Spoke to Gary Hollins, epilepsy, no meds on him', [['health', 'epilepsy']]);
    finds('Gary Hollins, diabetic and no insulin on him', [['health', 'diabetic']]);
  });
});
