import { describe, expect, it } from 'vitest';
import { finds } from './finds';
import { CONDITION_VERB_FORMS, healthKind } from '../../../src/detection/detectors/health-vocabulary';

/**
 * Health tied to a person by links and note shapes the eighth blind dev set used (written here in new words), each
 * rule with negatives: general health talk must stay clean.
 */

describe('links between a person and a term', () => {
  it('"&" joins list items like "and"', () => {
    finds('Welfare check for Doreen Platt, 81, angina & emphysema, lives alone', [['health', 'angina'], ['health', 'emphysema']]);
    finds('Tea & biscuits after the dementia awareness talk on Friday', [], ['health']);
  });

  it('ranks and everyday words for a man or a woman are person words', () => {
    finds('the lad in cell 3 has asthma, inhaler in his property bag', [['health', 'asthma']]);
    finds('the sergeant on nights got pneumonia over Christmas', [['health', 'pneumonia']]);
    finds('Our PCSO got shingles, so the school visit moves to March', [['health', 'shingles']]);
    finds('The PCSO team got a shout-out at the awards', [], ['health']);
  });

  it('a possessive noun owned by a person word or a name', () => {
    finds('swapping lates with Gary, his daughter\'s appendectomy is Thursday', [['health', 'appendectomy']]);
    finds('Priya\'s chemotherapy finishes next month, cards in the office', [['health', 'chemotherapy']]);
    finds('PC Hulme\'s dialysis clashes with the court date', [['health', 'dialysis']]);
    // "'s" owned by a place or a thing, or a pronoun's "is", is no one's health.
    finds('The county\'s obesity figures are out', [], ['health']);
    finds('Stoke\'s cancer centre is recruiting volunteers', [], ['health']);
    finds('That\'s chemotherapy for you, said the consultant on the radio', [], ['health']);
    // A GP's premises and a police operation; a charity event.
    finds('Dr Patel\'s surgery is shut on Wednesday afternoons', [], ['health']);
    finds('Ian\'s operation Kestrel briefing moved to 1400', [], ['health']);
    finds('Lucy\'s diabetes walk raised £300, thanks all', [], ['health']);
  });

  it('a medicine taken, carried, used or prescribed', () => {
    finds('her dad carries an inhaler everywhere', [['health', 'inhaler']]);
    finds('he was taking diazepam he bought online', [['health', 'diazepam']]);
    finds('she was prescribed lithium after the admission', [['health', 'lithium']]);
    finds('the driver had taken diazepam before setting off', [['health', 'diazepam']]);
    // Not for conditions, not for a group.
    finds('he carries a lot of stress in that role', [], ['health']);
    finds('Each officer carries naloxone from April', [], ['health']);
  });

  it('an allergy named by its allergen', () => {
    expect(healthKind('allergies')).toBe('condition');
    finds('the lad in cell 3 has a latex allergy, no gloves', [['health', 'latex allergy']]);
    finds('her son has severe egg allergies', [['health', 'egg allergies']]);
    finds('Allergy season: pollen counts are high this week', [], ['health']);
  });

  it('a hypo (NHS: low blood sugar, "also called a hypo")', () => {
    finds('the driver was having a hypo, not drunk, sugary drink sorted it', [['health', 'hypo']]);
    finds('Hypo kits for the first aid boxes arrive Monday', [], ['health']);
  });
});

describe('notes that leave the link out', () => {
  it('a note line opening with a lower-case name', () => {
    finds('darren hulse - cocaine dependent, on buprenorphine, stays at his brothers', [['health', 'cocaine dependent'], ['health', 'buprenorphine']]);
    finds('nathan cole: schizophrenic, lives with his mum on the estate', [['health', 'schizophrenic']]);
    // An everyday word that is also a first name does not open a name.
    finds('will power - methadone programme talk at 2pm', [], ['health']);
    // The name vouches for the item set off right after it, not for later items of the line.
    finds('robbie williams - tickets for saturday, flu permitting', [], ['health']);
  });

  it('a condition or state opening a sentence after one that names or describes someone', () => {
    finds('Misper Kacey Orme, 14. Asthmatic, no inhaler with her.', [['health', 'Asthmatic']]);
    finds('Spoke to the occupant. Diabetic and confused, paras called.', [['health', 'Diabetic']]);
    finds('Arrested Dean Platt. Admitted with sepsis overnight.', [['health', 'sepsis']]);
    // Topic talk after an ordinary sentence; a capital opening a sentence is no name.
    finds('Heads up. Flu, covid and norovirus are all doing the rounds.', [], ['health']);
    finds('Great work today. Asthma, diabetes and COPD are the top three causes of calls.', [], ['health']);
    finds('Met Sarah Pike from OH. Stress awareness session is on Friday.', [], ['health']);
    // A noun opening a sentence may be its subject: only a state (an adjective) is read this way.
    finds('Lovely to meet Dr Ravi Gill. Hypertension, asthma and obesity were the topics.', [], ['health']);
    finds('Thanks to PC Jo Marsh for the input. Pregnant? The maternity guidance is on the intranet.', [], ['health']);
  });

  it('the writer\'s own absence drops the subject; a treatment item names when it happens', () => {
    finds('signed off from Monday, hernia repair on the 9th, back by Easter', [['health', 'hernia repair']]);
    finds('off sick this week, physiotherapy tomorrow', [['health', 'physiotherapy']]);
    finds('on annual leave till the 3rd, then gallbladder removal on the 6th', [['health', 'gallbladder removal']]);
    finds('Off sick? Ring the duty sergeant, and physio referrals go through OH.', [], ['health']);
    finds('off work until Monday, house move and the kids', [], ['health']);
  });

  it('a verb of the body naming a condition, after its subject', () => {
    expect(CONDITION_VERB_FORMS.has('overdosed')).toBe(true);
    expect(CONDITION_VERB_FORMS.has('overdose')).toBe(false); // base forms are often other words
    finds('Kyle Barton overdosed in the hostel, found by staff', [['health', 'overdosed']]);
    finds('she\'d nearly overdosed on her mum\'s tablets', [['health', 'overdosed']]);
    finds('the detainee was sedated by paramedics before transfer', [['health', 'sedated']]);
    finds('People overdosing on spice has doubled this year', [], ['health']);
    finds('If you overdosed on mince pies, the gym is open', [], ['health']);
    finds('The ailing printer on floor 2 has finally died', [], ['health']);
  });
});
