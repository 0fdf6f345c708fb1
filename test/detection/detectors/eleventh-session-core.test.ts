import { describe, it } from 'vitest';
import { finds } from './finds';

/** Eleventh session: core readings, each with cases that must stay clean. */

describe('an IBAN opened in capitals is written in capitals', () => {
  it('does not run on into the lower-case words after a code (a chance mod-97 pass)', () => {
    finds('Form shows NE276051D so ask him again', [], ['iban']);
    finds('Form shows NE346051D so ask him again', [], ['iban']);
  });
  it('still reads IBANs in capitals, and all in lower case', () => {
    finds('Refund to GB82 WEST 1234 5698 7654 32 please', [['iban', 'GB82 WEST 1234 5698 7654 32']]);
    finds('refund to gb82 west 1234 5698 7654 32 please', [['iban', 'gb82 west 1234 5698 7654 32']]);
  });
});
