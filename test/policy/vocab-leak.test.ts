import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { vocabularyPhrases } from '../../src/policy';
import { loadPolicyFile } from '../../src/app/load-policy-file';
import { parseLabelledQuestions } from '../../src/policy/evaluate-answers';
import { normaliseWords } from '../../src/policy/tokenise';
import { bundledPolicyPath, devSetPaths, sealed2SetPath, sealed3SetPath, sealed4SetPath, sealedSetPath } from './policy-fixtures';

/**
 * A vocabulary phrase that occurs in a sealed question and in no dev question can only have
 * come from reading the sealed set: that is a leak. The failure names the vocabulary phrases
 * (ours), never a sealed question.
 */
const vocab = loadPolicyFile(bundledPolicyPath).vocabulary!;
const padded = (text: string) => ` ${normaliseWords(text).join(' ')} `;
const occursIn = (phrase: string, texts: string[]) => {
  const p = padded(phrase);
  return p.trim() !== '' && texts.some((t) => t.includes(p));
};

describe('vocabulary leak check', () => {
  it('the vocabulary file exists beside the policy and has general jargon', () => {
    expect(vocab.terms.length).toBeGreaterThan(10);
  });

  it.each([sealedSetPath, sealed2SetPath, sealed3SetPath, sealed4SetPath].filter((f) => existsSync(f)))('no vocabulary phrase occurs in a question of %s and in no dev question', (sealedPath) => {
    const dev = Object.values(devSetPaths).flatMap((p) => parseLabelledQuestions(readFileSync(p, 'utf8')).map((q) => padded(q.q)));
    const sealed = parseLabelledQuestions(readFileSync(sealedPath, 'utf8')).map((q) => padded(q.q));
    const leaks = vocabularyPhrases(vocab).filter((phrase) => occursIn(phrase, sealed) && !occursIn(phrase, dev));
    expect(leaks, `vocabulary phrases found only in the sealed set: ${leaks.join(', ')}`).toEqual([]);
  });

  it('the check can fail: a phrase that only a sealed-style question uses is caught', () => {
    const dev = [padded('can I post on yammer')];
    const sealed = [padded('can I put my zorbling on the insta page')];
    expect(occursIn('zorbling', sealed) && !occursIn('zorbling', dev)).toBe(true);
    expect(occursIn('yammer', sealed)).toBe(false);
  });
});
