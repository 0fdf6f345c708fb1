import { describe, it } from 'vitest';
import { finds } from './finds';

/** Name rules of the dev set 13 round, in new words, each with cases that must stay clean. */

describe('"mr" or "mrs" in lower case before an English word', () => {
  it('is a titled surname: the titles have no other reading', () => {
    finds('suspect arrested, mrs bird from no 4 is the complainant', [['person_name', 'mrs bird']]);
    finds('victim statement done, mr fox wants it kept quiet', [['person_name', 'mr fox']]);
  });
  it('miss, ms and function words keep their other readings', () => {
    finds('suspect arrested, dont miss the briefing at 6', [], ['person_name']);
    finds('victim update on ms teams at 10', [], ['person_name']);
  });
});

describe('a lower-case name in quotation marks', () => {
  it('is read as the name it quotes', () => {
    finds("Victim showed me a message saying 'darren mcgowan is coming for you'", [['person_name', 'darren mcgowan']]);
    finds('Suspect’s post reads ‘jodie kershaw grassed’, crime logged', [['person_name', 'jodie kershaw']]);
  });
  it('quoted everyday words are not a name', () => {
    finds("Victim said 'honestly just leave it' and hung up", [], ['person_name']);
  });
});

describe('a solicitor or remand makes a post police business', () => {
  it('reads a full name in such a post', () => {
    finds('Awaiting the PIN for Lauren Tate’s tablet via her solicitor', [['person_name', 'Lauren Tate']]);
    finds('Remanded overnight: Gavin Lowry, back before the mags Monday', [['person_name', 'Gavin Lowry']]);
  });
  it('a post with neither stays clean', () => {
    finds('Awaiting the PIN for Lauren Tate’s tablet so she can play Minecraft at the party', [], ['person_name']);
  });
});

describe('a lower-case name after a piece of case work', () => {
  it('is read even when the surname is an English word', () => {
    finds('can someone do the statement for lucy baker, victim of the bag snatch', [['person_name', 'lucy baker']]);
    finds('got a statement off ryan cook re the assault outside the kebab shop', [['person_name', 'ryan cook']]);
  });
  it('not a first name that is an everyday word, a function word, or a staff post', () => {
    finds('statement for will power needed before the assault file goes', [], ['person_name']);
    finds('thanks to all who did the interview for the new role today, welcome aboard', [], ['person_name']);
  });
});

describe('bail, cautions and summonses; "the" before lower-case words', () => {
  it('bail and cautions are police business', () => {
    finds('Rebailed Connor Leese to the 3rd pending the phone download', [['person_name', 'Connor Leese']]);
    finds('Cautioned Bethany Rourke for the shoplifting, all done', [['person_name', 'Bethany Rourke']]);
  });
  it('"the" and lower-case words after a role verb are a thing', () => {
    finds('Lad arrested after he nicked the charity box off the counter', [], ['person_name']);
    finds('Someone stole the grace cup from the trophy cabinet, suspect known', [], ['person_name']);
  });
});

describe('"mr"/"mrs" before an English word that names a thing', () => {
  it('a noun right after the pair makes it a thing’s name', () => {
    finds('suspect was wearing a mr men t-shirt, victim says', [], ['person_name']);
    finds('witness saw the mr whippy van parked by the park gates', [], ['person_name']);
  });
});

describe('chase in every form; door knocking is case work', () => {
  it('reads the name the work is for', () => {
    finds('Inspector wants us chasing Nadia Price for the doorbell footage', [['person_name', 'Nadia Price']]);
    finds('House to house on Mill Street, Kevin Doyle at no 12 heard shouting', [['person_name', 'Kevin Doyle']]);
  });
  it('chasing a company or a thing is no name', () => {
    finds('Chasing Amazon about my parcel again', [], ['person_name']);
  });
});
