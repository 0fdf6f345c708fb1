import { describe, it } from 'vitest';
import { finds } from './finds';

/** Thirteenth session (branch health13): how a health term is tied to its person as people type (sentences of our own). */

describe('a name typed in lower case is a person a health term belongs to', () => {
  it('reads a known first name and a surname-shaped word as the person', () => {
    finds('welfare check on norma cattermole, 81, vascular dementia, key safe code on file', [['health', 'vascular dementia']]);
    finds('ambulance took declan fairhurst to lgi with sepsis', [['health', 'sepsis']]);
  });
  it('not two everyday words, nor a topic', () => {
    finds('road closed near the shops, sepsis awareness stall moved to the library', [], ['health']);
    finds('will anyone be doing the dementia friends session on the estate?', [], ['health']);
    finds('flu jabs in the gym from monday, bring your warrant card', [], ['health']);
  });
});

describe('a post shouted in capitals is read as if typed in lower case', () => {
  it('reads a condition told of one person', () => {
    finds("PLEASE NOTE FOR THE BUFFET - SHE'S COELIAC SO NOTHING WITH WHEAT", [['health', 'COELIAC']]);
    finds("INTERVIEW ROOM 2 - SHE'S GOT EXERCISE-INDUCED ASTHMA SO KEEP THE WINDOW OPEN", [['health', 'ASTHMA']]);
  });
  it('not general talk or a topic', () => {
    finds('MENTAL HEALTH AWARENESS WEEK STARTS MONDAY - CAKES IN THE CANTEEN', [], ['health']);
    finds('FLU JABS IN THE GYM ALL DAY THURSDAY', [], ['health']);
  });
});

describe('an injured body part listed without a determiner', () => {
  it('after a comma, a dash or "and", with a person in the sentence', () => {
    finds('Cyclist clipped by the bus on Fore Street, sprained wrist and grazed knee, refused the ambulance.', [['health', 'grazed knee']]);
    finds('PC Ames slipped on the ice – bruised hip but carried on.', [['health', 'bruised hip']]);
  });
  it('not a thing after the body part, nor with no one in the sentence', () => {
    finds('Kitchen stock list: paper, cut hand towels, bleach.', [], ['health']);
    finds('Mannequin for the first aid demo arrived, bruised knee paint and all.', [], ['health']);
  });
});

describe('an injury named by its kind', () => {
  it("reads WordNet's -ure, -ion and -sis injuries and plural wounds as conditions", () => {
    finds('The lad from the fight on Tuesday, orbital fracture, is still in theatre.', [['health', 'orbital fracture']]);
    finds('Man at the hostel has infected wounds, nurse visiting daily.', [['health', 'infected wounds']]);
  });
  it("not a thing's damage, nor the past of wind", () => {
    finds('He reported a fracture in the gas pipe outside his flat.', [], ['health']);
    finds('She was wound up about the shift swap all week.', [], ['health']);
  });
});
