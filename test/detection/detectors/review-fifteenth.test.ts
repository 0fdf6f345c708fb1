import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detection';
import { finds } from './finds';

/**
 * Fifteenth session review (branch review15): ordinary staff-network posts written near the session's new rules
 * (referrals named by a surname, commands to resources, today's duty cover, core formats of other forces), none copied
 * from a dev set. The negatives that failed on integration were fixed by the general rules they name; the others guard
 * the rules as they stand.
 */
const clean = (text: string): void => expect({ text, findings: scan({ text }).map((f) => f.type) }).toEqual({ text, findings: [] });

describe('a referral named by a partner agency or as a kind of referral is no surname', () => {
  it('still reads a family surname, also before a form', () => {
    finds('The Nowak referral form is missing the child\'s school, can someone add it?', [['person_name', 'Nowak']]);
    finds('Can someone chase the health visitor on the Wojcik referral today?', [['person_name', 'Wojcik']]);
  });
  it('not a partner agency before "referral"', () => {
    clean('The Cafcass referral went in yesterday.');
    clean('The Barnardos referral was sent on Monday, Cafcass are chasing.');
  });
  it('not a referral modifying a noun of process', () => {
    clean('The Cafcass referral guidance is a nightmare to find on the intranet.');
    clean('Who handles the Nacro referral scheme for staff volunteers?');
    clean('Has anyone done the NRM referral training? Is it worth it?');
    clean('I\'ve put my name down for the CAMHS referral pathway briefing on Thursday.');
  });
});

describe('calling off a search for a thing, and duty asks for a social event', () => {
  it('still a live search called off, and still a duty ask or on-call holder for the shift', () => {
    finds('Control: call off the search for the man at the reservoir now, the helicopter has him.', [['operational_use', 'call off the search']]);
    finds('Is anyone on lates able to stay on past midnight tonight for the constant at the hospital?', [['operational_use', 'stay on']]);
    finds('I\'m the on-call DI tonight, ring me on 07700900123 for anything on the stabbing.', [['operational_use', "I'm the on-call"]]);
  });
  it('not a search for a/an thing', () => {
    clean('We had to call off the search for a new venue for the Christmas do.');
  });
  it('not coming in or being on call for a gathering', () => {
    clean('Can anyone on nights come in early tonight for the retirement buffet? Starts at 6.');
    clean('Can anyone on lates stay late today for the leaving do? Starts at 6.');
    clean("I'm the on-call for the quiz tonight, ring me if you want to join a team.");
  });
});

describe('ordinary posts near the session\'s other rules stay clean', () => {
  it('IT tickets, clause numbers, training talk of commands', () => {
    clean('Raised INC-26-0091234 with the service desk about the printer on floor 2.');
    clean('See para 1.2.3.4 of the uniform policy for the rules on lanyards.');
    clean('Section 4.2.1.3 of the manual covers leave carry-over.');
    clean('On the course we learned when to stand down the units once a search is over.');
    clean('In the exercise scenario, all units hold at the RVP until Silver calls them forward.');
    clean('For the tabletop next week: stay out of the cordon unless you are playing the CSI.');
  });
  it('custody, markings and force names in ordinary talk', () => {
    clean('Custody 24/7 staffing is being reviewed by the federation.');
    clean('The custody suite refurb is due to finish 2025/26 apparently.');
    clean('Our custody ID cards are being replaced from 2026-03, watch your inbox.');
    clean('The new rota is finally out, it\'s OFFICIAL');
    clean('Quick one, is the minutes template OFFICIAL');
    clean('SECRET Santa is on, UK eyes only for the gift list lol');
    clean('Essex ref 2024 pay award is on the Fed website.');
    clean('VEH 1 is the pool car, VEH 2 is in for a service.');
    clean('Locker B-2-4 in the basement is free if anyone wants it.');
  });
  it('office asks in the shapes of a dispatch', () => {
    clean("Who's got the team phone? Need to change the voicemail greeting.");
    clean('Is a unit going to the careers fair at the college next month?');
    clean('Whoever\'s on the early shift, make the tea before briefing please.');
    clean('Does anyone have capacity to proofread my PDR today?');
    clean('If you\'re free head to the canteen, there is leftover cake.');
    clean('Can someone relieve me at the front counter for 10 mins so I can grab lunch?');
    clean('The canteen is closed until further notice due to a leak, sorry all.');
    clean('Been waiting 3 hours for the IT engineer, still no show.');
    clean('Volunteers needed for the fun run on Sunday, we need more bodies.');
    clean('Cars needed for the fleet audit this afternoon, please leave keys at the front desk.');
    clean('Paramedics are asking for feedback on the joint training day, form attached.');
  });
});

describe('a Northern Ireland plate is no other code\'s value', () => {
  it('still a plate by its NI code beside a vehicle word', () => {
    finds('The car outside the bank was LFZ 2917, silver Astra, can someone check it on PNC?', [['vehicle_registration', 'LFZ 2917']]);
  });
  it('not a value a reference or code label names', () => {
    clean('Van booking ref LFZ 2917 for the stores move on Friday.');
    clean('The car park barrier code is now CIZ 2417, don\'t share it outside the team.');
  });
});

describe('questions about commands and duty, and admin asked of the duty structure', () => {
  it('still a live ask for a sergeant on duty, and still a stand-down told now', () => {
    finds('Is there a sergeant on duty tonight who can authorise the section 18 search? Prisoner is in the van now.', [['operational_use', 'Is there a sergeant on duty']]);
    finds('Control: call off the search for the man at the reservoir now, the helicopter has him.', [['operational_use', 'call off the search']]);
  });
  it('not who decides when to give a command, nor an exam question', () => {
    clean("Who decides when to stand down the search in a misper? Curious for my sergeant's exam.");
  });
  it('not a leave form to sign, nor overtime to sign off', () => {
    clean('Is there a sergeant on duty today who can sign my leave form? HR need it by 4.');
    clean('Need a skipper to sign off my overtime by tonight please.');
  });
  it('still a skipper needed to sign off a form of a live arrest', () => {
    finds('Need a skipper to sign off the use of force form for the arrest at the flats now, prisoner still in the van.', [['operational_use', 'Need a skipper']]);
  });
});

