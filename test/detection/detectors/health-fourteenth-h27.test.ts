import { describe, it } from 'vitest';
import { finds } from './finds';

/**
 * Fourteenth session (branch health27): how unseen writers tie a condition to a person. Sentences of our own.
 */

describe('"whose" before a term is a possessive of the person named before it', () => {
  it('reads the term as that person\'s', () => {
    finds("Flowers from all of us to Brian, whose Crohn's flared up again over Christmas.", [['health', "Crohn's"]]);
    finds('A word for our old sergeant, whose epilepsy never stopped him passing his driving course.', [['health', 'epilepsy']]);
  });
  it('not a thing or a body whose topic is health', () => {
    finds('The charity, whose dementia research we funded last year, wrote to thank us.', [], ['health']);
    finds('This is the team whose asthma campaign won the award.', [], ['health']);
  });
});

describe('a custody cell number names the detainee in it', () => {
  it('reads a term in the note of a cell as its occupant\'s', () => {
    finds('Cell 7 heroin withdrawal, seen by the nurse, diazepam given at 0200.', [['health', 'heroin withdrawal'], ['health', 'diazepam']]);
    finds('cell 2: asthma, salbutamol with the property', [['health', 'asthma'], ['health', 'salbutamol']]);
    finds('Overnight notes\nc11 - cellulitis left leg, dressed, antibiotics prescribed', [['health', 'cellulitis']]);
    finds('Handover: cell 5 ?appendicitis, paramedics called 0410', [['health', 'appendicitis']]);
  });
  it('not a cell in a note about the building or training, nor a room number', () => {
    finds('Cell 4 is out of use until the toilet is fixed. Diabetes leaflets are in the charge room.', [], ['health']);
    finds('Naloxone training is in room c12 at 10, bring your own pen.', [], ['health']);
    finds('Cell 6 needs a deep clean. Is the new epilepsy policy out yet?', [], ['health']);
  });
});
