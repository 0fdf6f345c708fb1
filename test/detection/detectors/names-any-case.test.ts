import { describe, expect, it } from 'vitest';
import { finds } from './finds';
import { isEnglishWord, isSurnameShaped, opensLowerCaseName } from '../../../src/detection/detectors/name-surnames';
import { lowerCaseFullNames } from '../../../src/detection/detectors/name-any-case';
import { SCAN_TABLES } from '../../../src/detection/detectors/registry';
import { ScanContext } from '../../../src/detection/scan-context';
import type { Candidate } from '../../../src/detection/types';
import type { Words } from '../../../src/detection/words';

/**
 * Names typed in lower case or all in capitals (dev set 10 round), in new sentences: the words, not the
 * case, must say it is a name. Each rule has positives and negatives that must not be flagged.
 */

describe('surname-shaped words: no English word in WordNet or compromise, after undoing inflections', () => {
  it('reads surnames and rejects words, inflected words, contractions and chat spellings', () => {
    for (const w of ['okonkwo', 'fothergill', 'harrowby', "d'arcy", 'pemberton-hale']) expect({ w, s: isSurnameShaped(w) }).toEqual({ w, s: true });
    for (const w of ['spotted', 'carries', 'stopping', 'bigger', "they're", 'pls', 'tmrw', 'the', 'smith']) expect({ w, s: isSurnameShaped(w) }).toEqual({ w, s: false });
    expect(isEnglishWord('reckoned')).toBe(true);
  });

  it('a first name read as a verb, adjective or function word opens no lower-case name; one read as a noun may', () => {
    expect(opensLowerCaseName('gemma')).toBe(true);
    expect(opensLowerCaseName('rose')).toBe(true);
    for (const w of ['red', 'say', 'will', 'frank', 'may']) expect({ w, o: opensLowerCaseName(w) }).toEqual({ w, o: false });
  });
});

describe('a title in lower case before a surname-shaped word, in an operational post', () => {
  it('reads "mrs okonkwo", "mr fothergill", "miss d\'arcy", "dr pemberton"', () => {
    finds('mrs okonkwo rang again about the lads on her drive, asb log updated', [['person_name', 'mrs okonkwo']]);
    finds('burglary at the corner shop, owner mr fothergill wants a call back', [['person_name', 'mr fothergill']]);
    finds("witness is miss d'arcy from the flats, statement tomorrow", [['person_name', "miss d'arcy"]]);
    finds('concern for welfare - neighbour says mr and mrs haworth not seen since sunday', [['person_name', 'mrs haworth']]);
  });

  it('not the verb "miss", Microsoft\'s "ms teams", a drive after a house number, nor outside operational posts', () => {
    finds('dont miss the briefing on the burglary series at 9', [], ['person_name']);
    finds('ms teams call about the burglary figures at 10', [], ['person_name']);
    finds('suspect car parked on 12 oak dr mercer side of the estate', [], ['person_name']);
    finds('mrs brightwell the maths teacher retired after 30 years', [], ['person_name']);
    finds('thanks to mrs okonkwo for the cakes at the station open day', [], ['person_name']);
  });
});

describe('a known first name and a surname-shaped word, both lower case, in an operational post', () => {
  it('reads the pair in sightings, intel and records', () => {
    finds('gemma fothergill sighted in the park again, she is on a curfew', [['person_name', 'gemma fothergill']]);
    finds('intel says the runner is callum okafor, uses a blue bmx', [['person_name', 'callum okafor']]);
    finds('found safe at her aunt\'s, rose harrowby for the misper log', [['person_name', 'rose harrowby']]);
  });

  it('not after a rank or thanks, not a word pair, not a colour and car model, not a street, not in a staff post', () => {
    finds('sgt gemma fothergill is custody sergeant tonight for the prisoners', [], ['person_name']);
    finds('thanks callum okafor for the help with the arrest', [], ['person_name']);
    finds('callum spotted the stolen bike behind the shop', [], ['person_name']);
    finds('suspect made off in a red fiesta towards the retail park', [], ['person_name']);
    finds('burglary on gemma okafor close overnight, shed forced', [], ['person_name']);
    finds('welcome to callum okafor who joins the response team, first shift on the custody desk', [], ['person_name']);
    // A public figure (compromise's lexicon) is talked about, not a member of the public.
    finds('someone at the burglary was dressed as barack obama, no arrests', [], ['person_name']);
  });

  it('posts of short words and addresses are checked for a pair before their words are read: names in them are still found', () => {
    // The shortest pair the rule reads (3 and 4 letters), a name after a wall of addresses, and a quoted pair.
    finds('intel says the runner is amy ilic, uses a blue bmx', [['person_name', 'amy ilic']]);
    finds(`${'a@b.co '.repeat(500)}intel says the runner is callum okafor`, [['person_name', 'callum okafor']]);
    finds("a@b.co posting 'rachel okoro deserved it' on the victim's page", [['person_name', 'rachel okoro']]);
    // Speed14e: the quoted pair is read only after an opening quote (none before a letter or digit): at the post's start,
    // a curly quote, and not an apostrophe inside a word.
    finds("'rachel okoro deserved it' posted on the victim's page", [['person_name', 'rachel okoro']]);
    finds('a@b.co posting ‘rachel okoro deserved it’ on the victim page', [['person_name', 'rachel okoro']]);
    finds("a@b.co victim's x'rachel okoro on the page", [], ['person_name']);
    // No pair of those lengths: nothing to read, nothing found (the addresses are still e-mails).
    finds('a@b.co '.repeat(500), [['email', 'a@b.co']], ['person_name']);
    finds('intel: jo ilic at a@b.co', [], ['person_name']);
  });

  it('reads no words when the post has no lower-case pair of the lengths it needs', () => {
    const facts = { operational: () => true, mayBeOperational: () => true, staffPost: () => false };
    for (const [text, reads] of [['a@b.co '.repeat(1000), 0], ['a@b.co intel says callum okafor', 1]] as const) {
      const ctx = new CountingContext(text, { allowedEmailDomains: [] }, SCAN_TABLES);
      const out: Candidate[] = [];
      lowerCaseFullNames(ctx, out, facts);
      expect({ reads: ctx.wordReads, names: out.length }).toEqual({ reads, names: reads });
    }
  });
});

/** A scan context that counts how often a rule asks for the post's words. */
class CountingContext extends ScanContext {
  wordReads = 0;
  override get words(): Words {
    this.wordReads++;
    return super.words;
  }
}

describe('names in capitals in a post typed in ordinary case', () => {
  it('reads a known first name with a surname-shaped word, either order', () => {
    finds('2 in custody, LIAM FOTHERGILL for the burglary and one for theft', [['person_name', 'LIAM FOTHERGILL']]);
    finds('stop search on OKONKWO CHIDI outside the shop, nothing found', [['person_name', 'OKONKWO CHIDI']]);
  });

  it('not capitals that are words, not shouting, not after a rank', () => {
    finds('suspect vehicle FORD FIESTA seen near the burglary, NOT KNOWN to us', [], ['person_name']);
    finds('LIAM FOTHERGILL ARRESTED FOR BURGLARY', [], ['person_name']);
    finds('DS LIAM FOTHERGILL is the OIC for the burglary', [], ['person_name']);
    finds('stolen from GRACE PERIOD boutique, shoplifting', [], ['person_name']);
  });
});

describe("a first name and surname straight before an identifier's word, with or without its value", () => {
  it('reads "Name, NINO not known", "name dob to follow"', () => {
    finds('Priya Chandrasekar, NINO to follow, pls add to the file', [['person_name', 'Priya Chandrasekar']]);
    finds('gemma harrowby dob not given, refused details', [['person_name', 'gemma harrowby']]);
  });

  it("not an identifier's word used for something else, nor a colleague", () => {
    finds('Gemma Harrowby, passport photos can be done at the front desk on Tuesday', [], ['person_name']);
    finds('PC Gemma Harrowby, DOB checks done for the visitors list', [], ['person_name']);
  });
});

describe('lower-case streets after a named person, or after "past"', () => {
  it('reads the street with any street type after a titled or full name and "at", "of", "from" or a comma', () => {
    finds('mrs okonkwo at 9 laurel grove says the car is back', [['address', '9 laurel grove']]);
    finds('callum okafor, 27 heron close, wanted on warrant', [['address', '27 heron close']]);
    finds('walked past 41 station rd, lights on, no answer', [['address', '41 station rd']]);
  });

  it('not a clock time, an everyday phrase, nor a full street type without a person before it', () => {
    finds('meet at half past 10 station rd car park', [], ['address']);
    finds('see you at 7 in the park for the 5-a-side', [], ['address']);
    finds('the team at 3 fern close were brilliant', [], ['address']);
    finds('miss the bus at 5 park lane', [], ['address']);
  });
});
