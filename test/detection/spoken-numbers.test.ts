import { describe, expect, it } from 'vitest';
import { spokenNumberView } from '../../src/detection/spoken-numbers';
import { finds } from './detectors/finds';

describe('spokenNumberView: numbers said in words, as a listener writes them down', () => {
  const view = (t: string): string | undefined => spokenNumberView(t)?.text;
  it('digits one by one, "oh", "double", pairs, strokes, and written digits beside spoken ones', () => {
    expect(view('ring oh one seven eight two double four nine one two three now')).toBe('ring 01782449123 now');
    expect(view('born in nineteen seventy six')).toBe('born in 1976');
    expect(view('log is twelve stroke 33017 stroke twenty five ok')).toBe('log is 12/33017/25 ok');
    expect(view('his mobile 07700 treble nine 142')).toBe('his mobile 07700999142');
    expect(view('lives at sixty-two orchard way')).toBe('lives at 62 orchard way');
    expect(view('ring 077 double 0 900 123 now')).toBe('ring 07700900123 now');
    expect(view('a double room and a double bed')).toBe(undefined);
  });
  it('an ordinal beside a month is a day', () => {
    expect(view('dob the third of march nineteen ninety')).toBe('dob the 3rd of march 1990');
    expect(view('born june twenty first two thousand')).toBe(undefined); // "two thousand": one spoken word, no year read
  });
  it('leaves lone number words and ordinary words alone', () => {
    expect(view('one of the two officers said oh well')).toBe(undefined);
    expect(view('second time this week, first of many')).toBe(undefined);
    expect(view('a stroke patient on ward two')).toBe(undefined);
  });
  it('maps each digit back to the words it came from', () => {
    const v = spokenNumberView('no. oh seven 7')!;
    expect(v.text).toBe('no. 077');
    expect([v.starts[4], v.ends[4]]).toEqual([4, 14]);
  });
});

describe('the scanner reads numbers said in words', () => {
  it('a phone, a crime number, a date of birth, an address, a plate', () => {
    finds('the witness mobile is oh seven seven double oh nine double oh four one two call her', [['phone', 'oh seven seven double oh nine double oh four one two']]);
    finds('crime number is fourteen stroke 55102 stroke twenty three for the burglary', [['crime_reference', 'fourteen stroke 55102 stroke twenty three']]);
    finds('suspect date of birth is ninth of may nineteen eighty seven', [['date_of_birth', 'ninth of may nineteen eighty seven']]);
    finds('victim lives at fifty two larch avenue and is elderly', [['address', 'fifty two larch avenue']]);
    finds('silver astra yk sixty six bfx seen leaving', [['vehicle_registration', 'yk sixty six bfx']]);
  });
  it('offsets stay on the words when a letter before changes length in lower case', () => {
    finds('İzmir trip first. mums number is oh seven seven double oh nine double oh one two three', [['phone', 'oh seven seven double oh nine double oh one two three']]);
  });
  it('no finding from everyday counting', () => {
    finds('two or three officers did twenty four seven cover for one two weeks', [], ['phone', 'crime_reference', 'address', 'date_of_birth']);
    finds('briefing at nine thirty, then twelve hour shifts until the twenty first of june', [], ['phone', 'date_of_birth', 'crime_reference']);
  });
});
