import { describe, expect, it } from 'vitest';
import { RECORDS_ASK } from '../../../src/detection/detectors/operational-use-vocabulary';
import { finds } from './finds';

/** Fourteenth session: readings from dev 24's misses and false findings, each with sentences of our own. */

describe('an insurance claim numbers its own references', () => {
  it('a generic ref in a post naming an insurer is the claim\'s', () => {
    finds('The other driver\'s insurers are Aviva. Our ref is PX-23-4410 and the loss adjuster quotes QB/7781204.', [], ['crime_reference']);
    finds('Claims handler from Direct Line rang back, their ref is DL-88-2301.', [], ['crime_reference']);
  });
  it('a crime reference given to an insurer stays one', () => {
    finds('Her insurers want the crime number, it is CR/052219/24.', [['crime_reference', 'CR/052219/24']]);
    finds('The insurer has asked for the crime ref 22/71845/23 again.', [['crime_reference', '22/71845/23']]);
    finds('Our ref is PX-23-4410 for the burglary, please quote it.', [['crime_reference', 'PX-23-4410']]);
  });
});

describe('a road named by its number is no plate', () => {
  it('"the A56" before a plate word is the road', () => {
    finds('Van pulled over on the B6112, reg not checked yet.', [], ['vehicle_registration']);
    finds('Queue back to the M60 junction, plates all over the road.', [], ['vehicle_registration']);
  });
  it('a dateless plate after a plate word stays a plate', () => {
    finds('Classic Jag parked outside again, reg KFD 901.', [['vehicle_registration', 'KFD 901']]);
  });
});

describe('operational use: whoever is nearest, someone off on foot', () => {
  it('reads an ask for whoever is closest and a resource asked for with a suspect leaving on foot', () => {
    finds('Fight outside the pharmacy on Mill Lane, can whoever is nearest head over now.', [['operational_use', 'whoever is nearest']]);
    finds('Need a dog handler at the retail park now, two off on foot towards the railway.', [['operational_use', 'Need a dog handler']]);
  });
  it('not whoever is free for a social, nor walking on foot to the canteen', () => {
    finds('Whoever is free on Friday, the quiz night tickets are in the kitchen.', [], ['operational_use']);
    finds('Need a unit rota for next month, I went off on foot to the canteen to find the sheet.', [], ['operational_use']);
  });
});

describe('operational use: asks to work on the records, and asks for whoever passes', () => {
  it('an ask to merge, update, countersign or confirm a record is no live request', () => {
    finds('A prisoner in the cells has two CRO numbers on PNC. Could someone in the bureau merge them?', [], ['operational_use']);
    finds('The burglary at the chemist is over the review date. Please update the log.', [], ['operational_use']);
    finds('The assault from the weekend needs crimed. Can the duty inspector confirm it is recorded?', [], ['operational_use']);
    finds('Intel says the gang keep a knife in the park shed. Patrols please have a look if you are passing.', [], ['operational_use']);
  });
  it('the same asks about a matter happening now stay operational', () => {
    finds('Prisoner kicking off in the cells right now, can someone from response come down and assist?', [['operational_use', 'can someone']]);
    finds('Fight ongoing outside the Crown, units please attend now.', [['operational_use', 'units please']]);
  });
});

describe('health: medicines named in the plural, "bust" for broke, what a clinician starts someone on', () => {
  it('reads WordNet medicines that are also adjectives in the plural', () => {
    finds('My daughter is on antibiotics for a chest infection so I am working from home.', [['health', 'antibiotics']]);
    finds('The detainee says he takes sedatives to sleep.', [['health', 'sedatives']]);
  });
  it('not the adjective, nor the plural as a topic', () => {
    finds('Antibiotic resistance is the theme of the lunchtime talk.', [], ['health']);
  });
  it('reads "bust" and "busted" before a body part as a break', () => {
    finds('Fell off the ladder at home and bust my wrist, off for two weeks.', [['health', 'bust my wrist']]);
    finds('He busted his ankle at five-a-side on Sunday.', [['health', 'busted his ankle']]);
  });
  it('not a bust door or budget', () => {
    finds('The team bust the door at six and found nobody home.', [], ['health']);
    finds('I busted my budget on the new bike.', [], ['health']);
  });
  it('reads a word no dictionary holds that a clinician started or put someone on', () => {
    finds('Off till Monday, the rheumatologist has started me on tofacitinib and it floors me.', [['health', 'tofacitinib']]);
    finds('The GP put him on zolmitriptan last month.', [['health', 'zolmitriptan']]);
    finds('One of the prescribers at the practice started her on tirzepatide in May.', [['health', 'tirzepatide']]);
  });
  it('not an everyday word, nor the same frame with no clinician', () => {
    finds('The GP surgery put me on hold for forty minutes.', [], ['health']);
    finds('The sergeant has started me on lates from next week.', [], ['health']);
    finds('My manager put me on zendesk duty this week.', [], ['health']);
  });
});

describe('names: the other side of a claim is a member of the public', () => {
  it('a titled name after "third party" or "claimant" keeps its confidence beside staff words', () => {
    finds('Our officer was PC 2209 Hale, the third party is Mr Dominic Arkle.', [['person_name', 'Mr Dominic Arkle']]);
    finds('Driver of our car was DC Lowe and the claimant is Mrs Paula Stennett.', [['person_name', 'Mrs Paula Stennett']]);
  });
  it('a titled colleague in a thanks post stays unread', () => {
    finds('Thanks to our trainer Ms Amy Kettle for the session today.', [], ['person_name']);
  });
});

describe('every new word of the records asks, the asks in passing and the insurer rule, in a sentence of our own', () => {
  it('records verbs and passing asks weigh against a post with no live matter', () => {
    for (const ask of ['amend the entry', 'countersign it', 'sign it off', 'upload the form', 'file it']) {
      finds(`The robbery file from Tuesday's shift is ready. Can the duty sergeant ${ask}?`, [], ['operational_use']);
    }
    finds('Word is the dealers stash a knife by the garages. Officers please check the bins if you are going past.', [], ['operational_use']);
  });
  it('an underwriter, a loss adjuster or a claims handler numbers the claim', () => {
    finds('The underwriter for the van is Zurich. Our ref is VN-22-1187.', [], ['crime_reference']);
    finds('Spoke to the loss adjuster, our ref is HX-21-0093.', [], ['crime_reference']);
  });
});

describe('health: a stage named by its place', () => {
  it('reads a condition after end-stage, late-stage or early-stage', () => {
    finds('Her dad had late-stage COPD, so she is off for the funeral.', [['health', 'late-stage COPD']]);
    finds('Her brother has end-stage COPD and lives with her.', [['health', 'COPD']]);
  });
  it('not a stage of a project', () => {
    finds('We are at the end-stage of the estates project.', [], ['health']);
  });
});

describe('names: a full name in brackets after the person it names', () => {
  it('reads the bracketed name of a client, a victim or kin', () => {
    finds('Heads up: the client from the Tuesday drop-in (Marcus Ellery) wants a call back about the hearing.', [['person_name', 'Marcus Ellery']]);
    finds('The resident at number 4 (Gareth Pyle) wants the parking sorted.', [['person_name', 'Gareth Pyle']]);
  });
  it('not a department or course in brackets, nor a colleague', () => {
    finds('The caller was put through to the front desk (Control Room) at nine.', [], ['person_name']);
    finds('Thanks to the officer on the desk (Sophie Walcott) for covering.', [], ['person_name']);
  });
});

describe('names: payee and claimant columns, and initials in a role column', () => {
  it('reads an initial and a surname under a payee or claimant header', () => {
    finds('Refunds to send today:\npayee,amount,ref\nJ Okafor,£40.00,R1\nM Hale,£12.50,R2', [['person_name', 'J Okafor'], ['person_name', 'M Hale']]);
    finds('claimant|date|sum\nT Brannock|03/04|£300', [['person_name', 'T Brannock']]);
  });
  it('not a firm or a team in a payee column', () => {
    finds('Invoices due:\npayee,amount\nAcme Fencing,£400.00\nBlue Team,£20.00', [], ['person_name']);
  });
});

describe('updating a person is telling them, no records work', () => {
  it('RECORDS_ASK reads updating a record, not updating someone', () => {
    expect(RECORDS_ASK.test('please update the log')).toBe(true);
    expect(RECORDS_ASK.test('please update her')).toBe(false);
    expect(RECORDS_ASK.test('can you update the family')).toBe(false);
  });
});
