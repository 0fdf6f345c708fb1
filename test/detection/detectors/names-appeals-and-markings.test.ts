import { describe, it } from 'vitest';
import { finds } from './finds';

/** Name rules of the dev set 12 round, in new words. */
describe('a name with the age set off by commas, as appeals and court reports name people', () => {
  it('is a member of the public', () => {
    finds('The man found in the river has been named locally as Jason Whitby, 41. Family informed', [['person_name', 'Jason Whitby']]);
    finds('Gemma Hurst, 19, from Longton was sentenced yesterday', [['person_name', 'Gemma Hurst']]);
  });
  it('not a count after a name, not after a rank, not in a post about staff', () => {
    finds('Well done Sarah Pike, 25 years in the force this week', [], ['person_name']);
    finds('Arrest made by PC Jason Whitby, 41 arrests this year for him', [], ['person_name']);
    finds('Congratulations to Jason Whitby, 41, on his promotion', [], ['person_name']);
  });
});

describe('a title with an initial in lower case', () => {
  it('is a titled name', () => {
    finds('victim is mr j oduya at the flats, burglary overnight', [['person_name', 'mr j oduya']]);
  });
  it('not the verb "miss" before a word', () => {
    finds('dont miss a briefing about the burglary series', [], ['person_name']);
  });
});

describe('staff words of an earlier sentence do not make a titled name a colleague', () => {
  it('the title rule reads the name', () => {
    finds('Scam warning from the fraud officer. If you know Mrs Edna Cartwright, look in on her', [['person_name', 'Mrs Edna Cartwright']]);
  });
  it('a staff word in the same sentence still does', () => {
    finds('Please welcome our new trainer Mrs Edna Cartwright', [], ['person_name']);
  });
});

describe('a post opening with OFFICIAL-SENSITIVE is police business', () => {
  it('the first-name rule reads names in it', () => {
    finds('OFFICIAL-SENSITIVE\nPriority list for next week: Connor Blakemore, Jade Pritchard', [['person_name', 'Connor Blakemore'], ['person_name', 'Jade Pritchard']]);
  });
  it('not a post that talks about the marking', () => {
    finds('Reminder: never paste OFFICIAL-SENSITIVE text into Microsoft Teams chats, ask Connor Blakemore in IM', [], ['person_name']);
  });
});

describe('staff words in another sentence do not make an appeal’s name a colleague', () => {
  it('thanks to the readers after the appeal', () => {
    finds('The woman seen on the CCTV has been identified as Gemma Hurst, 19, and has been charged. Thanks for the shares!', [['person_name', 'Gemma Hurst']]);
  });
  it('thanks in the name’s own sentence still do', () => {
    finds('The CCTV was great. Thanks to Gemma Hurst, 19, our new apprentice, for sorting it', [], ['person_name']);
  });
});
