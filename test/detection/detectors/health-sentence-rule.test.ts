import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detection';
import { finds } from './finds';

/**
 * The dev set 10 round's sentence rule (detectors/health-sentence.ts) and vocabulary, with sentences written here (not
 * copied from the set): a term of the health vocabulary in a sentence about one specific person is a disclosure whatever
 * links them; general and topic talk, with or without a person in it, is not.
 */

describe('a term in a sentence about one specific person', () => {
  it('counts however the writer links the two', () => {
    finds('Spoke to Gary, doc reckons its sciatica, he is in bits', [['health', 'sciatica']]);
    finds('Apparently her scan showed a tumour, she is gutted', [['health', 'tumour']]);
    finds('My consultant says the lymphoma is back', [['health', 'lymphoma']]);
    finds('Mrs Hart mentioned angina when we took the statement', [['health', 'angina']]);
    finds('Victim - looks like concussion, kept in overnight', [['health', 'concussion']]);
    finds('I was told last week it is endometriosis, so that explains a lot', [['health', 'endometriosis']]);
  });

  it('counts a medicine told of the person even without "on" or "takes"', () => {
    finds('Caller says her son swallowed a strip of tramadol, ambulance on way', [['health', 'tramadol']]);
    finds('the GP gave him diazepam for the flights', [['health', 'diazepam']]);
  });

  it('counts a condition after a treatment named for it, as its own finding ("radiotherapy for ...")', () => {
    const text = 'Our Liz is having radiotherapy for bowel cancer, back in spring';
    finds(text, [['health', 'bowel cancer']]);
    // "therapy for" is a lead only as whole words: not the end of "radiotherapy for", which made one span of both.
    const spans = scan({ text }).filter((f) => f.type === 'health').map((f) => text.slice(f.start, f.end));
    expect(spans).toContain('bowel cancer');
  });

  it('is not general or topic talk, even with a person in the sentence', () => {
    finds('I watched a documentary about schizophrenia last night, eye opening', [], ['health']);
    finds('My nan loves the quiz, she got the question about tuberculosis right', [], ['health']);
    finds('The victim in the play dies of tuberculosis, very dramatic', [], ['health']);
    finds('My daughter is doing her GCSE biology on malaria', [], ['health']);
    finds('I think the insulin price debate in the US is mad', [], ['health']);
    finds('My sister is a midwife so she knows all about pre-eclampsia', [], ['health']);
    finds('He was on about how chemo has changed over the years', [], ['health']);
    finds('I read that insomnia affects one in three adults', [], ['health']);
    finds('He gave a great talk on PTSD in first responders', [], ['health']);
    finds('Tell your sergeant about any epilepsy before the driving course', [], ['health']);
  });

  it('is not a name that is also a WordNet condition, nor an administrative term', () => {
    finds('sexting incident - images of Amelia Grant shared by another pupil', [], ['health']);
    finds('Ill health retirement forms are on the HR page', [], ['health']);
  });

  it("leaves everyday words with other senses to the link rules", () => {
    finds('My inspector says the stress test of the new servers is on Monday', [], ['health']);
    finds('She ran the operation at Longton for three weeks', [], ['health']);
  });
});

describe('injuries and conditions people write as verbs', () => {
  it("an injury's participle before a body part, with a person in the sentence", () => {
    finds('Female had a split lip and bruised cheek, declined medical', [['health', 'split lip']]);
    finds('the lad came in with a burnt hand from a firework', [['health', 'burnt hand']]);
    finds('I had a cut back on my overtime this month', [], ['health']);
    finds('She cut the cake and everyone cheered', [], ['health']);
  });

  it('an injury "on" an owned body part', () => {
    finds('He has a nasty burn on his hand from the chip pan', [['health', 'burn on his hand']]);
    finds('There is a scratch on the back door of the van', [], ['health']);
  });

  it('self-harm and fainting as verbs after their subject', () => {
    finds('The detainee self-harmed in cell 4 overnight', [['health', 'self-harmed']]);
    finds('Kevin fainted at the scene, paramedics checked him over', [['health', 'fainted']]);
    finds('Young people who self-harm can call the helpline', [], ['health']);
  });

  it('a single panic attack as well as several', () => {
    finds('she had a panic attack in the back of the van', [['health', 'panic attack']]);
    finds('Panic attack first aid is part of the new module', [], ['health']);
  });
});
