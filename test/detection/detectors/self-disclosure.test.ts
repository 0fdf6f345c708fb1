import { describe, it } from 'vitest';
import { finds } from './finds';

/**
 * Health told by the writer about themselves, and health words learned from the sixth blind dev
 * set, written here in new words, each with a negative that must stay clean.
 */

describe('the writer\'s own health', () => {
  it('"anyone else on/with ..." asks for others who share it', () => {
    finds('Anyone else with endometriosis on nights? Would love some tips', [['health', 'endometriosis']]);
    finds('Anyone else going to the endometriosis awareness talk?', [], ['health']);
  });

  it('"like me" after the condition, and "asking for me/a friend"', () => {
    finds('if you have coeliac disease like me, the canteen now does GF bread', [['health', 'coeliac disease']]);
    finds('if you have coeliac disease, the canteen now does GF bread', [], ['health']);
    finds('Can you get the shift pattern changed for epilepsy? asking for a friend', [['health', 'epilepsy']]);
  });

  it('a sentence with no subject that opens with an adverb or a verb of the writer\'s own course', () => {
    finds('Officially off the methadone as of today 🙌', [['health', 'methadone']]);
    finds('Recovering addict, 2 years clean this week', [['health', 'addict']]);
    finds('Just started the epilepsy module today', [], ['health']);
    finds('Finally finished the dementia elearning and the autism seminars', [], ['health']);
    finds('Asthma inhalers are in the first aid box', [], ['health']);
  });
});

describe('health words and links from the sixth dev set', () => {
  it('a body part named as what hurts, listed after a name and a colon', () => {
    finds('Restricted duties for DC Amy Rhodes: shoulder injury, no public order for a month', [['health', 'shoulder injury']]);
    finds('Reminder: shoulder injury claims go through the Fed rep', [], ['health']);
  });

  it('an appointment in a branch of medicine (WordNet), wounds as control rooms write them', () => {
    finds('he missed his dermatology appointment because of the bail date', [['health', 'dermatology appointment']]);
    finds('Male with a stab wound to the arm, conscious, Shane Bird', [['health', 'stab wound']]);
    finds('Dermatology is on the second floor of the new wing', [], ['health']);
  });

  it('a vaccination is not a condition', () => {
    finds('asking for a friend, is the flu jab free for control room staff?', [], ['health']);
  });
});
