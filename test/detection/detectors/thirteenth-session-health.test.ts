import { describe, it } from 'vitest';
import { finds } from './finds';

/** Thirteenth session: health vocabulary in British spelling (sentences of our own). */

describe('WordNet lemmas in their British spelling', () => {
  it('reads -aemia, haem-, oedema and -pnoea forms of WordNet conditions', () => {
    finds('Her dad has had a subarachnoid haemorrhage and is on the ward.', [['health', 'subarachnoid haemorrhage']]);
    finds('The detainee says he has sleep apnoea and needs his machine overnight.', [['health', 'sleep apnoea']]);
    finds('Her lad was diagnosed with acute myeloid leukaemia in March.', [['health', 'acute myeloid leukaemia']]);
  });
  it('not an everyday word that only looks like a spelling ("endemic"), nor the term with nobody', () => {
    finds('Fly-tipping is endemic on the estate since the tip closed.', [], ['health']);
    finds('The first aid refresher covers pulmonary oedema and how to spot it.', [], ['health']);
  });
});

describe('a term beside someone\'s identifier, in the same sentence, is that person\'s', () => {
  it('reads a condition or medicine listed next to an NHS number', () => {
    finds('Custody nurse note: NHS 943 476 5919, known to have narcolepsy, fit to detain.', [['health', 'narcolepsy']]);
    finds('nhs no 9434765919 on clozapine, needs bloods monitoring', [['health', 'clozapine']]);
  });
  it('not in the next sentence, not an everyday word, nor a topic', () => {
    finds('NHS 943 476 5919 is on the form. Narcolepsy training is next Tuesday for the whole team.', [], ['health']);
    finds('Stop check on the bypass, NHS 943 476 5919 found on a letter in the glovebox.', [], ['health']);
  });
});
