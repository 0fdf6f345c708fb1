import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detection';
import { finds } from './finds';

/** Fifteenth session (branch nh15): health as unseen writers put it (sentences of our own; each positive fails on integration). */

const healthValues = (text: string): string[] => scan({ text }).filter((f) => f.type === 'health').map((f) => text.slice(f.start, f.end));

describe('what a clinician starts or switches someone onto is a medicine (health-started-on.ts)', () => {
  it('wakes the detector on the clinician alone, the medicine ending the sentence', () => {
    finds('The GP switched her onto dupilumab.', [['health', 'dupilumab']]);
    finds('Her consultant has moved him onto tirzepatide.', [['health', 'tirzepatide']]);
  });
  it('reads the base form, with a diagnosis in the sentence as the clinical context', () => {
    expect(healthValues('Been diagnosed with psoriasis and they want to start me on dupilumab next month.')).toContain('dupilumab');
  });
  it('leaves shifts and duties alone, with or without a clinician or a condition', () => {
    finds('The sergeant switched her onto lates.', [], ['health']);
    finds('The GP put me on nights for the rest of the month.', [], ['health']);
    expect(healthValues("She's had covid and they've moved her onto the day shift.")).toEqual(['covid']);
  });
});

describe('"in for" a treatment is a stay or a visit for it (health-links.ts onlyInFor)', () => {
  it('reads a scan someone is in for', () => {
    finds("Gary's in for a scan on Monday, fingers crossed.", [['health', 'scan']]);
    finds("She's in for a scan of her knee after the fall.", [['health', 'scan']]);
  });
  it('leaves a scan of a thing, a scan without "in for" and what else one is in for', () => {
    finds("She's in for a scan of the footage with the analyst.", [], ['health']);
    finds('I got a scan of the document and sent it over.', [], ['health']);
    finds('Can you send her scan of the passport?', [], ['health']);
    finds("Hopefully we're in for a quiet night.", [], ['health']);
    finds('The team are in for an operation at 0500 tomorrow.', [], ['health']);
  });
});

describe('initialisms mid-sentence and the NHS names of GTN and CPAP', () => {
  it('reads a condition written as an initialism mid-sentence (health-sentence.ts)', () => {
    finds('Spoke to her mum, she says PTSD since the crash and nightmares most nights.', [['health', 'PTSD']]);
  });
  it("reads glyceryl trinitrate's short name (NHS medicines A to Z) and the sleep apnoea machine (NHS Health A to Z)", () => {
    finds('Prisoner in cell 2 complained of chest tightness, GTN given at 0340.', [['health', 'GTN']]);
    finds('My dad got a CPAP machine last month and sleeps much better.', [['health', 'CPAP machine']]);
  });
  it("leaves a project named CPAP, an initialism in a charity's name and a care unit named as a place", () => {
    finds('He has the CPAP project to finish before Friday.', [], ['health']);
    finds('Spoke to the lad about the ADHD Foundation leaflet.', [], ['health']);
    finds('Thanks to the Royal Stoke ICU team for the tour.', [], ['health']);
  });
});
