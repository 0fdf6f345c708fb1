/**
 * Twenty-first session (branch prec21): precision narrowings for clean near misses (docs/detection.md, "Twenty-first
 * session: precision on clean near misses"). Sentences of our own, none copied from a set: each negative was flagged
 * before the change, each positive is still read.
 */
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/detection';

function found(text: string, type: string): string[] {
  return scan({ text })
    .filter((f) => f.type === type)
    .map((f) => text.slice(f.start, f.end));
}

describe('a name used as a brand, a work or a place by its sentence (name-as-thing.ts)', () => {
  it('leaves brands and performers that modify goods or works', () => {
    expect(found('drunk male outside the pub blasting whitney houston songs at 2am, neighbours complaining, units attending', 'person_name')).toEqual([]);
    expect(found('suspect detained with a bag of fake calvin klein and paul smith jeans outside the market', 'person_name')).toEqual([]);
    expect(found('Counterfeit Stella McCartney handbags seized from a van on the ring road, driver arrested', 'person_name')).toEqual([]);
    expect(found('the suspect bought a Mr Whippy costume to hide in, arrested at the fair', 'person_name')).toEqual([]);
  });
  it('leaves a thing owned, and a place named after someone', () => {
    expect(found("victim's car broken into, his Aston Martin parked outside overnight, no witnesses", 'person_name')).toEqual([]);
    expect(found('Residents of Margaret Holloway Court complained about the bins again, PACT meeting next week', 'person_name')).toEqual([]);
    expect(found('Tenants in Joan Whitfield House want a drop-in surgery about the burglaries', 'person_name')).toEqual([]);
  });
  it('leaves a titled name quoted as a title with nothing operational near', () => {
    expect(found("Kids kept chanting 'Mr Tumble' at the PCSOs all afternoon, they loved it", 'person_name')).toEqual([]);
    expect(found("the quiz answer was 'Mrs Doubtfire' apparently, nobody got it", 'person_name')).toEqual([]);
  });
  it('still reads people, their own things and what was said of them', () => {
    expect(found('kyle dunn trainers seized for forensics, he is in cell 4', 'person_name')).toEqual(['kyle dunn']);
    expect(found('Suspect Kyle Dunn arrested for theft of perfume from the store', 'person_name')).toEqual(['Kyle Dunn']);
    expect(found("The victim Mr Tunstall said 'Mr Okafor' had threatened him outside the shop", 'person_name')).toEqual(['Mr Tunstall', 'Mr Okafor']);
    expect(found('Darren Pike court date is Monday, victim informed', 'person_name')).toEqual(['Darren Pike']);
    expect(found('Suspect Mr Haldane was arrested with stolen cosmetics in his bag', 'person_name')).toEqual(['Mr Haldane']);
  });
});

describe('plate-shaped codes of other kinds (plate-other-codes.ts)', () => {
  it('leaves part of a longer code', () => {
    expect(found('Module K4-BRT-07 is the pursuit refresher for response drivers', 'vehicle_registration')).toEqual([]);
    expect(found('Asset tag P7-HXL-2 is on the back of the car radio unit', 'vehicle_registration')).toEqual([]);
  });
  it('leaves a stock, policy or filing code named before it in its sentence', () => {
    expect(found('Product code for the large fleece is FL23 XLG, not FL23 SML, please check before ordering', 'vehicle_registration')).toEqual([]);
    expect(found('The new policy doc TR-25-CAR covers private use of pool cars', 'vehicle_registration')).toEqual([]);
    expect(found('Agenda papers are filed under EM-25-NOV, the car parking item is first', 'vehicle_registration')).toEqual([]);
  });
  it('still reads plates, with a vehicle word between a code word and the plate', () => {
    expect(found('Silver Astra FL23 XLG seen leaving the scene at speed', 'vehicle_registration')).toEqual(['FL23 XLG']);
    expect(found('Stock code for the van is wrong, but the van itself is reg FL23 XLG', 'vehicle_registration')).toEqual(['FL23 XLG']);
    expect(found('The stolen van was ML-62-HRU, seen heading north', 'vehicle_registration')).toEqual(['ML-62-HRU']);
    expect(found('Product code for the car wash is on the till, the blue car was KX19 PLU', 'vehicle_registration')).toEqual(['KX19 PLU']);
  });
});

describe('reserved example values the post calls examples (illustrative-values.ts)', () => {
  it('leaves documentation addresses, example domains and drama numbers called examples', () => {
    expect(found('On the router setup sheet the gateway is shown as 192.0.2.1, which is only an example address.', 'ip_address')).toEqual([]);
    expect(found('The firewall how-to uses 2001:db8:10::5 throughout; that is the documentation prefix, not ours.', 'ip_address')).toEqual([]);
    expect(found('Set your display name like jane.doe@example.org - the placeholder in the form, not a real mailbox.', 'email')).toEqual([]);
    expect(found("The leaflet mock-up shows 07700 900456 as the contact number. It's a dummy, the real one goes in later.", 'phone')).toEqual([]);
  });
  it('still reads reserved values used as stand-ins, and real values called examples', () => {
    expect(found('Suspect IP 203.0.113.61 logged into her account twice overnight, comms data request going in', 'ip_address')).toEqual(['203.0.113.61']);
    expect(found('The victim was rang from 07700 900321 three times before the fraud, number passed to Action Fraud', 'phone')).toEqual(['07700 900321']);
    expect(found('the fake invoice site was on 198.51.100.9, takedown requested', 'ip_address')).toEqual(['198.51.100.9']);
    expect(found('Example of the scam text: it came from 07412 556901 asking for her bank PIN, please warn your parents', 'phone')).toEqual(['07412 556901']);
    expect(found("The guide's example IP 86.21.140.7 is a real customer address and must be redacted", 'ip_address')).toEqual(['86.21.140.7']);
    // The domain's own word is no cue: a list of example.com addresses is not called an example by itself.
    expect(found('Complaints came from tom.reed@example.com and sue.hale@example.com about the neighbour', 'email')).toEqual(['tom.reed@example.com', 'sue.hale@example.com']);
  });
});

describe('stand-in people and addresses of training systems and forms', () => {
  it('leaves people called dummy, sample or example of a kind, and an Example street called a dummy', () => {
    expect(found('Burglary exercise: the dummy customer in the crime system is Harriet Quayle, victim of a shed break, do not PNC her', 'person_name')).toEqual([]);
    expect(found('For the stop search module the example suspect is Lisa Vance, searched under s1 PACE', 'person_name')).toEqual([]);
    expect(found("In the form guide the address reads 12 Example Road, Anytown. It's a dummy, type your own.", 'address')).toEqual([]);
  });
  it('still reads people in the same roles without those words', () => {
    expect(found('Suspect Gordon Pike was arrested last night for the burglary', 'person_name')).toEqual(['Gordon Pike']);
    expect(found('For the stop search the suspect is Lisa Vance, searched under s1 PACE', 'person_name')).toEqual(['Lisa Vance']);
  });
});

describe("a machine's breakdown (health.ts)", () => {
  it('leaves machines and systems breaking down', () => {
    expect(found("The heating in the front office is having a breakdown again, it's 11 degrees in here", 'health')).toEqual([]);
    expect(found('the printer on the second floor has been having a breakdown all morning', 'health')).toEqual([]);
  });
  it('still reads a person having a breakdown, even after a machine in the sentence', () => {
    expect(found("Her husband says she is having a breakdown and won't leave the house, welfare check needed", 'health')).toEqual(['is having a breakdown']);
    expect(found("The van broke down on the bypass so he's having a breakdown about being late", 'health')).toEqual(["he's having a breakdown"]);
  });
});

describe('a ten-digit number named as another kind in a post about a hospital (number-ids.ts)', () => {
  it('leaves invoices and bookings', () => {
    expect(found("The hospital catering invoice 6281948211 still hasn't been paid, finance are chasing it", 'nhs_number')).toEqual([]);
    expect(found('the patient transport booking ref 1860913903 was cancelled by the hospital', 'nhs_number')).toEqual([]);
  });
  it('still reads NHS numbers named by the NHS or beside a patient', () => {
    expect(found('Patient at the hospital, NHS number 6281948211, discharged to custody this morning', 'nhs_number')).toEqual(['6281948211']);
    expect(found("Hospital liaison: patient's details 6281948211 on the ward record", 'nhs_number')).toEqual(['6281948211']);
  });
});

describe('keys of a shortcut and oaths after role words (name-roles.ts)', () => {
  it('leaves a key joined by + and a family word of God', () => {
    expect(found('Quick tip for the new starters: find the nominal, Alt+F4 closes the window, Ctrl+S saves the record.', 'person_name')).toEqual([]);
    expect(found('Third sudden death this week and the coffee machine is broken. Mother of God.', 'person_name')).toEqual([]);
  });
  it('still reads names after the same role words', () => {
    expect(found('Mother of the victim is Karen Ellis, she will attend the hospital later', 'person_name')).toEqual(['Karen Ellis']);
    expect(found('suspect Dean Hollis+Kayleigh Dunn seen on CCTV together', 'person_name')).toEqual(['Dean Hollis', 'Kayleigh Dunn']);
  });
});
