import { describe, expect, it } from 'vitest';
import { refusalOverrides } from '../../scripts/lib/refusal-overrides';

describe('refusal-threshold overrides for the dev tools', () => {
  it('reads nothing for the shipped setting, so the defaults apply', () => {
    expect(refusalOverrides('shipped')).toEqual({});
  });

  it('reads each part\'s keys and only the keys named', () => {
    expect(refusalOverrides('oos.leanRefuseAt=0.8+ne.exampleLeanAt=0.5+ne.headingAt=inf')).toEqual({
      outOfScope: { leanRefuseAt: 0.8 },
      nearestExample: { exampleLeanAt: 0.5, headingAt: Infinity },
    });
  });

  it('refuses a key it does not know or a value that is not a number, rather than measure the defaults', () => {
    expect(() => refusalOverrides('oos.leanRefuse=0.8')).toThrow(/unknown threshold/);
    expect(() => refusalOverrides('leanRefuseAt=0.8')).toThrow(/unknown threshold/);
    expect(() => refusalOverrides('oos.abstainAt=high')).toThrow(/bad value/);
  });
});
