import { describe, expect, it } from 'vitest';
import { evaluateAnswers, parseLabelledQuestions } from '../../src/policy/evaluate-answers';
import type { Answer, PolicyIndex } from '../../src/policy/types';

/** A scorer's fixed answer: the named clause text, or a refusal. */
function answering(text: string | null, verdict: Answer['verdict']): PolicyIndex {
  const answer: Answer = { verdict, confidence: 0.8, answer: '', citations: text ? [{ clauseId: '1', section: '1', sectionTitle: 'S', text }] : [] };
  return { answer: () => answer } as unknown as PolicyIndex;
}

describe('evaluateAnswers', () => {
  it('reads a cite copied with its bullet marker as the bullet clause it quotes (clause texts leave the marker out)', () => {
    const questions = parseLabelledQuestions(
      [
        JSON.stringify({ q: 'can the page show court results', accept: [{ cite: '- Justice updates court results, local ASBOs', verdict: 'allowed' }] }),
        JSON.stringify({ q: 'videos ok?', accept: [{ cite: '· Post videos about policing', verdict: 'allowed' }] }),
      ].join('\n'),
    );
    expect(questions.map((q) => q.accept[0].cite)).toEqual(['Justice updates court results, local ASBOs', 'Post videos about policing']);
    const report = evaluateAnswers(answering('Justice updates court results, local ASBOs', 'allowed'), questions.slice(0, 1));
    expect(report.citeAccuracy).toBe(1);
    expect(report.verdictAccuracy).toBe(1);
  });

  it('keeps a hyphen that is part of the quoted words', () => {
    const [q] = parseLabelledQuestions(JSON.stringify({ q: 'x', accept: [{ cite: 'Force- wide pages', verdict: 'info' }] }));
    expect(q.accept[0].cite).toBe('Force- wide pages');
  });

  it('reads an empty cite as "not covered", so a correct refusal of it is not scored as a wrong one', () => {
    const [empty, spaces, real] = parseLabelledQuestions(
      [
        JSON.stringify({ q: 'mileage?', accept: [{ cite: '', verdict: 'not_covered' }] }),
        JSON.stringify({ q: 'leave?', accept: [{ cite: '  ', verdict: 'not_covered' }] }),
        JSON.stringify({ q: 'videos?', accept: [{ cite: 'Post videos', verdict: 'allowed' }] }),
      ].join('\n'),
    );
    expect(empty.accept).toEqual([{ cite: null, verdict: 'not_covered' }]);
    expect(spaces.accept).toEqual([{ cite: null, verdict: 'not_covered' }]);
    expect(real.accept).toEqual([{ cite: 'Post videos', verdict: 'allowed' }]);
    const report = evaluateAnswers(answering(null, 'not_covered'), [empty]);
    expect(report.covered).toBe(0);
    expect(report.notCoveredRecall).toBe(1);
  });

  it('scores a refusal as right only for a question the policy does not cover', () => {
    const questions = parseLabelledQuestions(
      [JSON.stringify({ q: 'pay rise?', accept: [{ cite: null, verdict: 'not_covered' }] }), JSON.stringify({ q: 'videos?', accept: [{ cite: 'Post videos', verdict: 'allowed' }] })].join('\n'),
    );
    const report = evaluateAnswers(answering(null, 'not_covered'), questions);
    expect(report.notCoveredRecall).toBe(1);
    expect(report.falseNotCovered).toBe(1);
    expect(report.citeAccuracy).toBe(0);
  });
});
