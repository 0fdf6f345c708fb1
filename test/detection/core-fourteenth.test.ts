/**
 * Fourteenth session (branch core27): core formats as unseen writers type them (dev 27). Sentences of our own; each
 * positive fails on integration without its change, each negative stays clean.
 */
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/detection';

/** The substrings (as written) of the findings of `type`. */
function found(text: string, type: string): string[] {
  return scan({ text })
    .filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end));
}

describe('an e-mail address spelt out without its @', () => {
  it('reads "at" and "dot" spelt as words or in brackets', () => {
    expect(found('her sister said to email gemma dot rowe at yahoo dot co dot uk about the lift', 'email')).toEqual(['gemma dot rowe at yahoo dot co dot uk']);
    expect(found('reply went to p.oakes at gmail dot com yesterday', 'email')).toEqual(['p.oakes at gmail dot com']);
    expect(found('complainant writes from tony_b77(at)hotmail(dot)com every week', 'email')).toEqual(['tony_b77(at)hotmail(dot)com']);
    expect(found('send it to r.kaur [at] outlook [dot] com', 'email')).toEqual(['r.kaur [at] outlook [dot] com']);
  });

  it('leaves prose, web sites and our own domain alone', () => {
    expect(found('we met at the gym dot com launch party', 'email')).toEqual([]);
    expect(found('have a look at bbc.co.uk for the story', 'email')).toEqual([]);
    expect(found('email me at home dot com if you like', 'email')).toEqual([]);
    expect(found('contact ops at staffordshire dot police dot uk', 'email')).toEqual([]);
  });
});

describe('crime references named after them, custody codes and warrants', () => {
  it('reads the token before "is the crime number" and its kin', () => {
    expect(found('0071822/25 is the crime number for the van theft', 'crime_reference')).toEqual(['0071822/25']);
    expect(found('Remember SV7731/25 was our occ ref for that one', 'crime_reference')).toEqual(['SV7731/25']);
    expect(found('KD/7721/25 is the incident number you want', 'crime_reference')).toEqual(['KD/7721/25']);
  });

  it('does not read a number named as something else', () => {
    expect(found('0161 555 is the number of the canteen', 'crime_reference')).toEqual([]);
    expect(found('44821 is the number of miles on the clock', 'crime_reference')).toEqual([]);
  });

  it('reads a custody record opened by a force code and a suite code', () => {
    expect(found('custody ref NE/HQ/02231/25 for the lad in cell 2', 'crime_reference')).toEqual(['NE/HQ/02231/25']);
  });

  it('keeps a glued label on the token and leaves a firm\'s two-code file reference alone', () => {
    expect(found('the MG6 went off for occ-ref-25-330917 today', 'crime_reference')).toEqual(['occ-ref-25-330917']);
    expect(found("The insurer wrote back and their ref is HKL/TP/4410, nothing for us", 'crime_reference')).toEqual([]);
  });

  it('reads a prefixed reference in a sentence about a warrant, not about a warrant card', () => {
    expect(found('Breach warrant FTA/25/00917 went to the court office', 'crime_reference')).toEqual(['FTA/25/00917']);
    expect(found('Warrant card batch IDC/25/00417 is ready for collection', 'crime_reference')).toEqual([]);
  });

  it('does not read a frame, serial or chassis number as a reference in a crime post', () => {
    expect(found('Crime ref 25/330198 bike found, frame no. 71Q-2210-C matches', 'crime_reference')).toEqual(['25/330198']);
    expect(found('Incident logged, serial number SN-77120-K on the safe', 'crime_reference')).toEqual([]);
  });
});

describe('dates of birth as systems and people print them', () => {
  it('reads a day, a month name and a year joined by hyphens or slashes', () => {
    expect(found('Subject dob 07-Jun-1979, lives alone', 'date_of_birth')).toEqual(['07-Jun-1979']);
    expect(found('DOB: 14/Sep/88 per the custody record', 'date_of_birth')).toEqual(['14/Sep/88']);
  });

  it('reads a year-first date with dots or slashes', () => {
    expect(found('dob 1994.10.02 on the form', 'date_of_birth')).toEqual(['1994.10.02']);
    expect(found('born 2002/01/30 in Derby', 'date_of_birth')).toEqual(['2002/01/30']);
  });

  it('reads a date the sentence then calls the dob', () => {
    expect(found('21.10.76 is the dob we were given', 'date_of_birth')).toEqual(['21.10.76']);
  });

  it('leaves meeting dates alone', () => {
    expect(found('Inspection on 14-Nov-2026, agenda to follow', 'date_of_birth')).toEqual([]);
    expect(found('Release 2025.11.04 of the app is out', 'date_of_birth')).toEqual([]);
    expect(found('21.10.76 is the date the station opened', 'date_of_birth')).toEqual([]);
  });
});

describe('plates', () => {
  it('reads a prefix plate whose year letter stands apart in capitals', () => {
    expect(found('the car was R 418 LNT, driver ran off', 'vehicle_registration')).toEqual(['R 418 LNT']);
  });

  it('does not read a lone letter, digits and a word in lower case or a plan', () => {
    expect(found('we have plan B 12 FOR the weekend', 'vehicle_registration')).toEqual([]);
    expect(found('the car went to a 12 day sale', 'vehicle_registration')).toEqual([]);
  });

  it('carries vehicle context from one plate of the post to its others', () => {
    expect(found('GPS unit on FD21 NWE keeps rebooting, same as fd21nwa did in June', 'vehicle_registration')).toEqual(['FD21 NWE', 'fd21nwa']);
    expect(found('Trailer plate seen in the yard by the wash bay gate: K310 BPR, and over by the skips the old MKJ 447V', 'vehicle_registration')).toEqual(['K310 BPR', 'MKJ 447V']);
  });

  it('needs a plate found in the post before it carries', () => {
    expect(found('same fault as fd21nwa did in June', 'vehicle_registration')).toEqual([]);
  });
});

describe('a Welsh or Gaelic street before a postcode', () => {
  it('reads a street name joined by a small lower-case article', () => {
    expect(found('Visit booked at 22 Ffordd yr Afon, SA1 8PB on Monday', 'address')).toEqual(['22 Ffordd yr Afon']);
  });

  it('does not read a sentence before a postcode as a street', () => {
    expect(found('we meet at 5 on Saturday la Mer, SA1 8PB', 'address')).toEqual([]);
  });
});
