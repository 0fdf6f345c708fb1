import { describe, expect, it } from 'vitest';
import { scan, type FindingType } from '../../../src/detection';

/**
 * Dev examples for the vocabulary the rules carry beyond plain dictionary words (brands,
 * drug names, abbreviations, inflections): each word a rule mentions has a dev text, so
 * the sealed leak test can tell a general word from one copied out of a sealed post.
 */
function types(text: string): FindingType[] {
  return [...new Set(scan({ text }).map((f) => f.type))].sort();
}

describe('vocabulary the rules rely on', () => {
  it('vehicle makes give plates their context', () => {
    for (const make of ['Vauxhall', 'Volkswagen', 'Honda', 'Hyundai', 'Peugeot', 'Skoda']) {
      expect(types(`silver ${make} R474 KLM seen leaving`)).toEqual(['vehicle_registration']);
    }
  });

  it('medicines named as what a person takes', () => {
    for (const drug of ['citalopram', 'buprenorphine', 'subutex', 'pregabalin', 'tramadol', 'olanzapine', 'quetiapine', 'risperidone', 'mirtazapine', 'propranolol', 'an epipen']) {
      expect(types(`he is on ${drug} since last year`)).toEqual(['health']);
    }
  });

  it('conditions and states, including abbreviations and inflections', () => {
    expect(types('she has fibromyalgia and dyspraxia')).toEqual(['health']);
    expect(types('he was diagnosed with EUPD last year')).toEqual(['health']);
    expect(types('colleague off with burnout, he became unwell in May')).toEqual(['health']);
    expect(types('she has anaemia again')).toEqual(['health']);
    for (const who of ['himself', 'herself', 'themselves']) expect(types(`tried to kill ${who} last night`)).toEqual(['health']);
    expect(types('anybody with asthma should tell occ health; those with diabetes too')).toEqual([]);
  });

  it('people and addresses', () => {
    expect(types('stepdad Wayne Pickering kicked off again')).toEqual(['person_name']);
    expect(types('Supt Karen Lowe will chair the meeting')).toEqual([]);
    expect(types('lives at apartment 4, 12 Orchard Gdns')).toEqual(['address']);
  });

  it('abbreviations that are not personal data', () => {
    expect(types('RITM0012345 raised on ServiceNow for the laptop')).toEqual([]);
    expect(types('call extn 2270 about the rota')).toEqual([]);
    expect(types('ping 10.0.0.1 from the subnet gateway')).toEqual(['ip_address']);
  });
});
