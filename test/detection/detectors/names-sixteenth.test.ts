import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detection';
import { finds } from './finds';

/** Sixteenth session (branch nh16): names of unseen writers (sentences of our own). */

describe('a lower-case surname that is also a word, when compromise reads it as a surname (name-surnames.ts)', () => {
  const posts: Array<[string, string]> = [
    ['shoplifting at the co-op again, cctv shows it was only bradley carter from the estate', 'bradley carter'],
    ['theft of the bike reported, owner thinks it was tyler fisher who took it', 'tyler fisher'],
    ['drugs warrant done, callum turner present and arrested', 'callum turner'],
    ['bail check: jayden moss not in at 2300, curfew breach to be logged', 'jayden moss'],
  ];
  for (const [text, name] of posts) it(text, () => finds(text, [['person_name', name]]));

  it('keeps a word compromise reads as a word ("ward", a noun) out', () => {
    finds('assault reported on the ward, kevin ward round was delayed by it', [], ['person_name']);
  });
  it('keeps a first name that is an English word ("summer", "grace") from opening such a pair', () => {
    finds('theft from the summer walker festival stalls, three reports so far', [], ['person_name']);
    finds('fraud victims get a grace carter period? no idea what the bank meant', [], ['person_name']);
  });
  it('reads none in a post about staff', () => {
    finds('well done to callum turner on passing the detective exam, suspect interviews next', [], ['person_name']);
  });
});

describe("a nickname quoted inside a name (name-nicknamed.ts)", () => {
  it('reads the whole name with its nickname', () => {
    const text = "Intel update: Reece 'Tiny' Mulgrew is dealing from the bookies again.";
    const got = scan({ text }).filter((f) => f.type === 'person_name').map((f) => text.slice(f.start, f.end));
    expect(got).toContain("Reece 'Tiny' Mulgrew");
  });
  it('reads it in lower case with a surname-shaped surname', () => {
    finds("warrant for kyle 'kg' gormley still outstanding, seen near the precinct", [['person_name', "kyle 'kg' gormley"]]);
  });
  it('carries a first name another rule read alone on past the nickname', () => {
    const text = "Missing person found: Tomasz \u201cTomek\u201d Wieczorek, safe and well at his cousin's.";
    const got = scan({ text }).filter((f) => f.type === 'person_name').map((f) => text.slice(f.start, f.end));
    expect(got).toContain('Tomasz \u201cTomek\u201d Wieczorek');
  });
  it('reads no colleague in thanks or farewells, nor a public figure', () => {
    finds("Massive thanks to Gary 'Gaz' Holroyd for covering the custody shift, suspect interviews all done.", [], ['person_name']);
    finds("Retirement do for Steve 'Chalky' White on Friday, he leaves after 30 years of arrests.", [], ['person_name']);
    finds("Film night for the cadets: Dwayne 'The Rock' Johnson as a police officer, not exactly training.", [], ['person_name']);
  });
  it('reads no quoted word between a first name and a lower-case word', () => {
    finds("victim says mark 'urgent' on the envelope please", [], ['person_name']);
  });
});

describe("a role with its complement before the name (name-role-qualified.ts)", () => {
  const posts: Array<[string, string]> = [
    ['Licensing visit done: landlord of the Fleece, Tobias Wrenfield, says the till CCTV has been off for a week.', 'Tobias Wrenfield'],
    ['Registered keeper of the van is now Kieran Ashdown, he bought it at auction in May.', 'Kieran Ashdown'],
    ['Tenant at the end flat Marcin Wolski refused to let the housing officer in again.', 'Marcin Wolski'],
    ['The mother of the victim, Rosalind Achebe, wants updates by phone only.', 'Rosalind Achebe'],
  ];
  for (const [text, name] of posts) it(text, () => finds(text, [['person_name', name]]));

  it('reads past a place in the complement that is no person ("the Red Lion")', () => {
    const text = 'Door supervisor at the Red Lion Callum Prentice lost his SIA badge after the fight.';
    const got = scan({ text }).filter((f) => f.type === 'person_name').map((f) => text.slice(f.start, f.end));
    expect(got).toEqual(['Callum Prentice']);
  });
  it('reads no colleague: thanks, a rank, a sentence break before the name', () => {
    // (On integration the role rule already reads "landlord of the Fleece, Tobias Wrenfield" even after thanks: not this rule's.)
    finds('Congratulations to the owner of the bakery on the corner, Tobias Wrenfield, on 40 years of trading.', [], ['person_name']);
    finds('Welcome to the son of our custody sergeant, Tobias Wrenfield, who joins as a PCSO.', [], ['person_name']);
    finds('Victim care lead at the hub is DS Harriet Colley, witness updates go through her.', [], ['person_name']);
    finds('Owner of the van came to the front desk. Kieran says he will call back.', [], ['person_name']);
  });
});
