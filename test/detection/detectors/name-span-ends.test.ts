import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detection';

/** The span of a name: an identifier's label written after it belongs to the identifier, not to the surname. */
const nameSpans = (text: string) => scan({ text }).filter((f) => f.type === 'person_name').map((f) => text.slice(f.start, f.end));

describe('a name ends before the label of the identifier recorded after it', () => {
  it('NI, NINO, PNC and CRO labels are not read as part of the surname', () => {
    expect(nameSpans('Victim Joanne Pickering NI QQ123456C, lives nearby')).toEqual(['Joanne Pickering']);
    expect(nameSpans('witness Marcus Bell NINO to follow')).toEqual(['Marcus Bell']);
    expect(nameSpans('Suspect Lewis Carney PNC 19/0123456Z circulated')).toEqual(['Lewis Carney']);
    expect(nameSpans('Offender Gary Tolley CRO held on file')).toEqual(['Gary Tolley']);
  });
  it('a surname written in capitals, as records print it, stays part of the name', () => {
    expect(nameSpans('Victim Joanne PICKERING rang back this morning')).toEqual(['Joanne PICKERING']);
  });
});
