/**
 * Sixteenth session (branch core16): core values as unseen writers type them, one failure mechanism per block (docs/
 * detection.md, "Sixteenth session: core failure mechanisms"). Sentences of our own; each positive fails on integration
 * without its change, each negative stays clean.
 */
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/detection';

/** The substrings (as written) of the findings of `type`. */
function found(text: string, type: string): string[] {
  return scan({ text })
    .filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end));
}

describe('a DVLA number named as a licence, check characters in letters or digits', () => {
  it('reads digit check characters and the card groups copied apart', () => {
    expect(found('his driving licence reads JORDA704181BK95W and the photo is old', 'driving_licence')).toEqual(['JORDA704181BK95W']);
    expect(found('Licence number: FENTO 852270 RL9 AC, issue 03', 'driving_licence')).toEqual(['FENTO 852270 RL9 AC']);
    expect(found('DVLA came back on lucas611045ne92p as suspended', 'driving_licence')).toEqual(['lucas611045ne92p']);
  });

  it('leaves codes of the looser shape without a licence named', () => {
    expect(found('Booking code HOTEL704181BK95W for the conference', 'driving_licence')).toEqual([]);
    expect(found('Asset tag MONIT 852270 RL9 AC on the second screen', 'driving_licence')).toEqual([]);
  });

  it('reads the licence named earlier in the same sentence, not in the one before', () => {
    expect(found('The rental firm asked for his licence number, which he read out slowly over a bad line as ELLIS812097TW94N', 'driving_licence')).toEqual(['ELLIS812097TW94N']);
    expect(found('My licence came back from the DVLA this morning after three long weeks. The new locker code is ELLIS812097TW94N apparently', 'driving_licence')).toEqual([]);
    expect(found('Checked his DL no. ELLIS812097TW94N on the portal, all fine', 'driving_licence')).toEqual(['ELLIS812097TW94N']);
  });

  it('still needs a date of birth in the middle', () => {
    expect(found('driving licence JORDA714181BK95W typed wrong, month 14', 'driving_licence')).toEqual([]);
  });
});

describe('a current-format plate with its vehicle named further off in the post', () => {
  it('reads a plate typed as one block, and three hyphenated blocks', () => {
    expect(found('The van that has been left on the verge near the allotments since the weekend is still there: pk19 wdu', 'vehicle_registration')).toEqual(['pk19 wdu']);
    expect(found('owner rang to say her car was taken from outside the gym about an hour ago while she was in a class. YJ-68-FRE', 'vehicle_registration')).toEqual(['YJ-68-FRE']);
    expect(found('nf17hxb went through the red at the crossroads by the church school. Driver was on his phone.', 'vehicle_registration')).toEqual(['nf17hxb']);
  });

  it('leaves plate shapes in posts naming no vehicle, and spaced prose', () => {
    expect(found('Printer queue job pk19 wdu failed again, IT are looking', 'vehicle_registration')).toEqual([]);
    expect(found('The part number on the box is KT-21-VLP, order two more', 'vehicle_registration')).toEqual([]);
    expect(found('my car is in for its service so I will see you all at 10 the latest, lift from Dave', 'vehicle_registration')).toEqual([]);
  });

  it('leaves a lower-case everyday word as the last block', () => {
    expect(found('car share list for the course: meet at gate kw19 the far end', 'vehicle_registration')).toEqual([]);
  });
});

describe('a street whose type word comes before its name', () => {
  it('reads Welsh streets with the house number first', () => {
    expect(found('Neighbour dispute again at 31 Heol y Nant, both parties spoken to', 'address')).toEqual(['31 Heol y Nant']);
    expect(found('Shed broken into behind 6 Stryd Glyndwr overnight, two bikes gone', 'address')).toEqual(['6 Stryd Glyndwr']);
    expect(found('Elderly man found confused outside 112 Ffordd yr Eglwys and taken home', 'address')).toEqual(['112 Ffordd yr Eglwys']);
  });

  it('reads a continental address with the number after the name', () => {
    expect(found('His brother lives at Rua Augusta 88, Lisbon, and will take the call', 'address')).toEqual(['Rua Augusta 88']);
    expect(found('Last known address abroad: Calle de Alcalá 12.', 'address')).toEqual(['Calle de Alcalá 12']);
  });

  it('leaves the type words without a house number, and numbers running on into words', () => {
    expect(found('The new station on Heol y Frenhines opens in 2027, 14 offices', 'address')).toEqual([]);
    expect(found('Welsh class: heol is road and ffordd is way, lesson 5 Heol and Stryd', 'address')).toEqual([]);
    expect(found('We stayed near Calle Mayor 3 nights last summer, lovely tapas', 'address')).toEqual([]);
    expect(found('Team 2 Ffordd quiz night raised 40 pounds', 'address')).toEqual([]);
  });
});

describe('a bilingual marking, the same tier in Welsh and English across a slash', () => {
  it('reads both halves of a pair heading its line, either language first', () => {
    expect(found('OFFICIAL-SENSITIVE / SWYDDOGOL-SENSITIF\nRota for the search team attached', 'protective_marking')).toEqual(['OFFICIAL-SENSITIVE', 'SWYDDOGOL-SENSITIF']);
    expect(found('SWYDDOGOL / OFFICIAL\nAgenda for the Tuesday meeting', 'protective_marking')).toEqual(['SWYDDOGOL', 'OFFICIAL']);
    expect(found('CYFRINACH / SECRET: handler notes, do not copy', 'protective_marking')).toEqual(['CYFRINACH', 'SECRET']);
  });

  it('leaves lists of different tiers and the words in prose', () => {
    expect(found('OFFICIAL / OFFICIAL-SENSITIVE / SECRET is the order of the tiers', 'protective_marking')).toEqual([]);
    expect(found('OFFICIAL / SECRET\nwhich one do we use for the charity quiz?', 'protective_marking')).toEqual([]);
    expect(found('The new sign says OFFICIAL / SWYDDOGOL in big letters by the lift', 'protective_marking')).toEqual([]);
    expect(found('the welsh word swyddogol just means official, learnt that today', 'protective_marking')).toEqual([]);
  });
});

describe('a date of birth after a name whose surname opens with a small particle', () => {
  it('reads the date after a known first name, the particle and a capitalised surname', () => {
    expect(found('Charged: Gareth ab Owen, 22/06/1990, criminal damage to the bus shelter', 'date_of_birth')).toEqual(['22/06/1990']);
    expect(found('Voluntary interview booked for Pieter van Houten 5/11/1979 at 2pm', 'date_of_birth')).toEqual(['5/11/1979']);
  });

  it('leaves a date after a particle without a known first name, and an aside that is not closed', () => {
    expect(found('Painting by Bleak van Gogh, 14/03/1985, on loan to the museum', 'date_of_birth')).toEqual([]);
    expect(found('Dinner with Gareth ab Owen, 22/06/1990 was the night we met', 'date_of_birth')).toEqual([]);
  });
});

describe('an incident number with the year as its own field', () => {
  it('reads INC, a two-digit year and a serial after a police reference word', () => {
    expect(found('Collision on the bypass, incident ref INC-25-0443190, both drivers breathalysed', 'crime_reference')).toEqual(['INC-25-0443190']);
    expect(found('Victim rang again, her ref INC-24-0817-0092, can the OIC call her back', 'crime_reference')).toEqual(['INC-24-0817-0092']);
  });

  it('leaves service desk tickets alone, in one run or named by IT words', () => {
    expect(found('Ticket INC0048812 raised, the incident is with the service desk', 'crime_reference')).toEqual([]);
    expect(found('Printer incident INC-25-0443190 logged with the helpdesk', 'crime_reference')).toEqual([]);
  });
});
