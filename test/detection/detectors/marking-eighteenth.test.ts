import { describe, it } from 'vitest';
import { finds } from './finds';

/** Eighteenth session (branch health18): a lower-case tier hedged at once is no marking (protective-marking.ts). Our own sentences. */
describe('a tier said of a file and hedged at once', () => {
  it('is no marking', () => {
    finds('The rota is classified as secret in name only, everyone has seen it.', [], ['protective_marking']);
    finds('I marked the quiz answers as confidential only in the sense that the teams must not peek.', [], ['protective_marking']);
    finds('The menu is marked as secret as a joke, it is the same curry as last year.', [], ['protective_marking']);
  });
  it('a tier said of a file without a hedge still is', () => {
    finds('The witness list is marked as restricted, do not forward.', [['protective_marking', 'restricted']]);
    finds('The file is marked confidential because it names the victim.', [['protective_marking', 'confidential']]);
  });
});
