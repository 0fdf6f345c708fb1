/**
 * Twentieth session (branch core20): families of writing behind the dev sets' core misses, one mechanism per block
 * (docs/detection.md, "Twentieth session: core value families"). Sentences of our own; each positive fails on
 * integration without its change, each negative stays clean.
 */
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/detection';

/** The substrings (as written) of the findings of `type`. */
function found(text: string, type: string): string[] {
  return scan({ text })
    .filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end));
}

describe('a lower-case unspaced postcode of a real UK area', () => {
  it('reads it without a field name, wherever it stands in the sentence', () => {
    expect(found('pls run wv107pn thru the system when u get a sec', 'postcode')).toEqual(['wv107pn']);
    expect(found('caller gave sk43ab as where she was staying', 'postcode')).toEqual(['sk43ab']);
    expect(found('the car was registered to someone at nw19tq apparently', 'postcode')).toEqual(['nw19tq']);
  });

  it('leaves a letter pair no area has, an ordinal, a code named as such and a meeting point', () => {
    expect(found('pls run jx107pn thru the system', 'postcode')).toEqual([]);
    expect(found('meeting at sk43ab at ten for the parade', 'postcode')).toEqual([]);
    expect(found('the voucher code is sk43ab for the canteen', 'postcode')).toEqual([]);
    expect(found('room b12nd on the left', 'postcode')).toEqual([]);
  });
});

describe('a small network block in CIDR notation', () => {
  it('reads a /22 or longer block as one holder\'s addresses', () => {
    expect(found('the fraudster hired 203.0.113.0/24 from a host in Riga', 'ip_address')).toEqual(['203.0.113.0']);
    expect(found('printers vlan will be 10.20.8.0/22 from monday', 'ip_address')).toEqual(['10.20.8.0']);
  });

  it('leaves a large block and a version', () => {
    expect(found('the whole estate sits inside 172.16.0.0/12 so no change for users', 'ip_address')).toEqual([]);
    expect(found('the corporate range 10.30.0.0/16 stays as it is', 'ip_address')).toEqual([]);
  });
});

describe('references filed under public protection and missing-person records', () => {
  it('reads a ref those records qualify', () => {
    expect(found('misper ref MFH/25/002214 - found safe at her aunt\'s', 'crime_reference')).toEqual(['MFH/25/002214']);
    expect(found('Referral made, mappa ref MAP/25/0077 for the panel', 'crime_reference')).toEqual(['MAP/25/0077']);
  });

  it('leaves a ref another thing qualifies', () => {
    expect(found('Print room ref PR/25/0077 for the leaflets', 'crime_reference')).toEqual([]);
  });
});

describe('a prefixed reference closing a post about a case', () => {
  it('takes its case from the post\'s words', () => {
    expect(found('Suspect charged with the assault last night and kept in. Panel sits Tuesday, SV/25/1180442', 'crime_reference')).toEqual(['SV/25/1180442']);
    expect(found('Previous for GBH in 2019. Review on Monday - PP/25/30218.', 'crime_reference')).toEqual(['PP/25/30218']);
  });

  it('leaves it mid-post, with no case word, or after another thing\'s label', () => {
    expect(found('Panel sits Tuesday to agree the rota, SV/25/1180442', 'crime_reference')).toEqual([]);
    expect(found('Suspect charged last night. SV/25/1180442 was the wrong form, ignore it', 'crime_reference')).toEqual([]);
    expect(found('Burglary stats are out. Our budget ref is invoice SV/25/1180442', 'crime_reference')).toEqual([]);
  });
});

describe('a police code typed in lower case', () => {
  it('reads a code that is no English word in a police sentence', () => {
    expect(found('inc-25-0044123 is the rtc on the ring road', 'crime_reference')).toEqual(['inc-25-0044123']);
    expect(found('asb-25-00871 for the youths at the shops, police attended', 'crime_reference')).toEqual(['asb-25-00871']);
  });

  it('leaves a word code, and a code outside a police sentence or near IT', () => {
    expect(found('rob/25/00412 was the one for the robbery', 'crime_reference')).toEqual([]);
    expect(found('inc-25-0044123 is the printer on floor 2', 'crime_reference')).toEqual([]);
    expect(found('asb-25-00871 is the new meeting room booking', 'crime_reference')).toEqual([]);
  });
});

describe('dates of birth as other records and lists give them', () => {
  it('reads another country\'s birth abbreviation before a date', () => {
    expect(found('Detained: Marek Zielinski (ur. 04.11.1987), theft from a vehicle', 'date_of_birth')).toEqual(['04.11.1987']);
    expect(found('Zeugin Petra Vogel, geb. 21.06.1979, Hamburg', 'date_of_birth')).toEqual(['21.06.1979']);
  });

  it('leaves "ur" as texting writes "your"', () => {
    expect(found('is ur. 12/03/2025 shift still on', 'date_of_birth')).toEqual([]);
  });

  it('reads a double-barrelled surname before a date set off as a field', () => {
    expect(found('Seen: Gemma Lloyd-Evans, 09.10.1983, no fixed abode', 'date_of_birth')).toEqual(['09.10.1983']);
  });

  it('reads a clause after the date that names it', () => {
    expect(found('14/05/1975 - that\'s her date of birth on the PNC', 'date_of_birth')).toEqual(['14/05/1975']);
    expect(found('He says 02/08/1991, which is the DOB he gave last time', 'date_of_birth')).toEqual(['02/08/1991']);
  });

  it('leaves a clause that names another date', () => {
    expect(found('12/03/2026 - that\'s the date of the birthday party', 'date_of_birth')).toEqual([]);
  });

  it('reads every row of a table\'s DOB column', () => {
    const rows = ['Ref | Person | DOB | Note', '13/40021/25 | W1 | 03/02/1990 | seen at the address twice', '13/40022/25 | W2 | 04/03/1991 | not seen since the weekend', '13/40023/25 | W3 | 05/04/1992 | seen', '13/40024/25 | W4 | 06/05/1993 | seen at the shop'];
    expect(found(rows.join('\n'), 'date_of_birth')).toEqual(['03/02/1990', '04/03/1991', '05/04/1992', '06/05/1993']);
  });

  it('leaves a table whose date column is no birth', () => {
    expect(found('Date | DOB checked | Note\n03/02/2019 | yes | seen\n04/03/2019 | no | seen', 'date_of_birth')).toEqual([]);
  });

  it('reads a date field beside a PNC ID, a CRO number or a phone in a list of particulars', () => {
    expect(found('transfer list: 11/0233418J, 07/07/1993, NFA', 'date_of_birth')).toEqual(['07/07/1993']);
    expect(found('Sam, 03/04/1988, 07700 900321, no fixed abode', 'date_of_birth')).toEqual(['03/04/1988']);
  });

  it('leaves a recent date, and a date that is no field of its own', () => {
    expect(found('transfer list: 11/0233418J, 07/07/2025, done', 'date_of_birth')).toEqual([]);
    expect(found('moved in 12/03/2010, 07700 900123 is the landlord', 'date_of_birth')).toEqual([]);
  });
});

describe('intelligence gradings in the forms and places people give them', () => {
  it('reads a full three-part grade with hyphens or in one token in an intelligence post', () => {
    expect(found('our intel submission on the garage came back after review as C-3-2 yesterday', 'intelligence_grading')).toEqual(['C-3-2']);
    expect(found('source reckons the stash moved on Friday night, 2B2 so act on it carefully', 'intelligence_grading')).toEqual(['2B2']);
  });

  it('reads the other grades of a post that gives one', () => {
    expect(found('Graded C/3/1 at first, revised some weeks later to 2-A-P', 'intelligence_grading')).toEqual(['C/3/1', '2-A-P']);
  });

  it('reads a grade from the handler or sent to the FIB, and a lower-case grade given before its source', () => {
    expect(found('2BP from the handler about the flat on Elm Row', 'intelligence_grading')).toEqual(['2BP']);
    expect(found('Sent to the FIB as 2x1x1, the handler agreed', 'intelligence_grading')).toEqual(['2x1x1']);
    expect(found('rated it as c3 from a new source, not yet tested', 'intelligence_grading')).toEqual(['c3']);
  });

  it('leaves codes in a list, a grade with no intelligence, and a told fib', () => {
    expect(found('Intel post: the team is moving next month to rooms 1A2, 2B1 and 3C1', 'intelligence_grading')).toEqual([]);
    expect(found('the lift code is B-2-4 from Monday', 'intelligence_grading')).toEqual([]);
    expect(found('he told a fib as 2x1x1 metres was the size of the shed', 'intelligence_grading')).toEqual([]);
  });
});

describe('a travel document as a passport', () => {
  it('reads the number after the name', () => {
    expect(found('his travel document is KR4471902, Home Office informed', 'passport')).toEqual(['KR4471902']);
    expect(found('travel doc no. TD 0094471 seen at the port', 'passport')).toEqual(['TD 0094471']);
  });

  it('leaves travel bookings and tickets', () => {
    expect(found('travel docs for the conference: booking ref HB771204', 'passport')).toEqual([]);
    expect(found('travel to Leeds on the 12th, train ticket 88123456', 'passport')).toEqual([]);
  });
});

describe('an NHS number set off as a record field in a post about care', () => {
  it('reads a passing number between commas', () => {
    expect(found('Transfer back to cells, Dan Hurst, 3493463928, diabetic, from the ward at 4', 'nhs_number')).toEqual(['3493463928']);
  });

  it('leaves a number another label names, a post about no care, and a failing number', () => {
    expect(found('Order, 3493463928, for the hospital canteen', 'nhs_number')).toEqual([]);
    expect(found('Transfer back to cells, Dan Hurst, 3493463928, from Leeds at 4', 'nhs_number')).toEqual([]);
    expect(found('Transfer back to cells, Dan Hurst, 3493463929, from the ward at 4', 'nhs_number')).toEqual([]);
  });
});

describe('a vehicle named by its parts', () => {
  it('reads a lower-case plate beside a windscreen, tyres or a blue badge', () => {
    expect(found('ticket left on the windscreen of kp19 ukt this morning', 'vehicle_registration')).toEqual(['kp19 ukt']);
    expect(found('all four tyres slashed on ln68 rfo overnight', 'vehicle_registration')).toEqual(['ln68 rfo']);
  });

  it('leaves lower-case plate shapes with no vehicle', () => {
    expect(found('gate kw19 the far end, wipe your boots', 'vehicle_registration')).toEqual([]);
  });
});

describe('a lower-case street with its type written out', () => {
  it('reads it after "at", "from", "behind" when the street ends there', () => {
    expect(found('scene photos from 41 kestrel brow uploaded', 'address')).toEqual(['41 kestrel brow']);
    expect(found('parked behind 9 alder avenue all night', 'address')).toEqual(['9 alder avenue']);
    expect(found('can someone go to 4 larch road, the blue door', 'address')).toEqual(['4 larch road']);
  });

  it('leaves a type word as a modifier, a count\'s description and everyday types', () => {
    expect(found('we got back from 3 different road closures', 'address')).toEqual([]);
    expect(found('he moved from 2 bed terrace to a flat', 'address')).toEqual([]);
    expect(found('arrived at 4 main street pubs', 'address')).toEqual([]);
    expect(found('meet at 3 green way', 'address')).toEqual([]);
  });
});

describe('a record prefix with its date stamp printed as a date', () => {
  it('reads the prefix, the dashed date and the serial', () => {
    expect(found('the job on the high street is CAD 2025-10-18-0733, ring the DS', 'crime_reference')).toEqual(['CAD 2025-10-18-0733']);
  });

  it('leaves a year after a capitalised word, an impossible month and an IT change', () => {
    expect(found('CAD 2025 budget review next week', 'crime_reference')).toEqual([]);
    expect(found('the note said CC 2026-13-01-0044 which is no date', 'crime_reference')).toEqual([]);
    expect(found('Change CR 2025-11-04-0127 for the Niche upgrade', 'crime_reference')).toEqual([]);
  });
});

describe('a street named "The <type>" typed in lower case', () => {
  it('reads it after "at" when it ends there', () => {
    expect(found('dropped the statement off at 12 the avenue, nobody in', 'address')).toEqual(['12 the avenue']);
  });

  it('leaves a time before a noun phrase', () => {
    expect(found('at 5 the drive home was awful', 'address')).toEqual([]);
    expect(found('we left at 9 the close of play', 'address')).toEqual([]);
  });
});

describe('a tier alone on the first or last line, in title case', () => {
  it('reads it as a header or footer', () => {
    expect(found('Secret\nSource meeting moved to Thursday, same place.', 'protective_marking')).toEqual(['Secret']);
    expect(found('Witness schedule for the trial attached.\nConfidential', 'protective_marking')).toEqual(['Confidential']);
  });

  it('leaves a one-line post, a line running on in lower case, and a tier inside a line', () => {
    expect(found('Secret', 'protective_marking')).toEqual([]);
    expect(found('Restricted\nparking in the yard from Monday', 'protective_marking')).toEqual([]);
    expect(found('Restricted parking in the yard from Monday\nThanks', 'protective_marking')).toEqual([]);
  });
});
