import { describe, it } from 'vitest';
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
    finds('Need a dog handler at the retail park now, one made off on foot over the fence.', [['operational_use', 'Need a dog handler']]);
  });
  it('not whoever is free for a social, nor walking on foot to the canteen', () => {
    finds('Whoever is free on Friday, the quiz night tickets are in the kitchen.', [], ['operational_use']);
    finds('Need a unit rota for next month, I went off on foot to the canteen to find the sheet.', [], ['operational_use']);
  });
});

describe('operational use: asks to work on the records, and asks for whoever passes', () => {
  it('an ask to merge, update, countersign or confirm a record is no live request', () => {
    finds('Two custody records for the same prisoner from last week. Could someone in the records team merge them?', [], ['operational_use']);
    finds('The burglary files are overdue on review. Please update them by Friday.', [], ['operational_use']);
    finds('The assault from the weekend needs crimed. Can the duty inspector confirm it is recorded?', [], ['operational_use']);
    finds('Intel says the gang keep a knife in the park shed. Patrols please have a look if you are passing.', [], ['operational_use']);
  });
  it('the same asks about a matter happening now stay operational', () => {
    finds('Prisoner kicking off in the cells right now, can someone from response come down and assist?', [['operational_use', 'can someone']]);
    finds('Fight ongoing outside the Crown, units please attend now.', [['operational_use', 'units please']]);
  });
});
