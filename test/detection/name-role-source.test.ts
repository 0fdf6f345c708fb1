import { describe, expect, it } from 'vitest';
import { byFirstLetter } from '../../src/detection/detectors/name-role-source';
import { ROLE_SOURCE } from '../../src/detection/detectors/name-roles';

/** The role regex grouped by first letter must read exactly the matches of the regex as written (name-role-source.ts). */
function matches(source: string, text: string): string[] {
  const re = new RegExp(source, 'g');
  const out: string[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push(`${m.index}:${m[0]}`);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

const GROUPED = byFirstLetter(ROLE_SOURCE);

describe('byFirstLetter', () => {
  it('groups alternatives by letter, keeping their order within a letter', () => {
    expect(byFirstLetter(String.raw`\b(?:cat|dog|cats?|d[io]g)\b`)).toBe(String.raw`\b(?:c(?:at|ats?)|d(?:og|[io]g))\b`);
    expect(() => byFirstLetter(String.raw`\b(?:cat|(?:dog))`)).toThrow();
  });

  it('reads the same role matches on hand-written sentences', () => {
    const sentences = [
      'the victims are sam and the vic was bruised',
      'missing from home since tuesday, missing person report, missing: lee',
      'gave his name as tom, gave her details as ann, gave details to staff',
      'name on the custody record is jo, name in it was fred, names of both',
      'registered keeper: ms tan, keeper | a b, person : x, family of four, relatives of the boy',
      'ex-partner dale, ex is about, nfa\'d yesterday, nfad, cell 12 is empty',
      'address for him, addy for her, a.k.a. the fox, aka bob, pnc check on kim, check on kim',
      'landlady said, licence holder is, premises manager - ross, sales assistant (kay)',
    ];
    for (const s of sentences) expect(matches(GROUPED, s)).toEqual(matches(ROLE_SOURCE, s));
  });

  it('reads the same role matches on random text of role words and fillers', () => {
    const words = ['victim', 'vic', 'victims', 'missing', 'from', 'home', 'name', 'names', 'of', 'on', 'the', 'record', 'is', 'was', 'son', 'sister', ':', '-', '|', 'cell', '7', 'gave', 'his', 'details', 'as', 'known', 'aka', 'a.k.a.', 'ex', 'ex-partner', 'keeper', 'person', 'family', 'he\'s', 'believed', 'to', 'be', 'identified', 'x'];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    for (let t = 0; t < 300; t++) {
      const parts: string[] = [];
      for (let k = 0; k < 30; k++) parts.push(words[next() % words.length]);
      const text = parts.join(next() % 5 === 0 ? '  ' : ' ');
      expect(matches(GROUPED, text)).toEqual(matches(ROLE_SOURCE, text));
    }
  });
});
