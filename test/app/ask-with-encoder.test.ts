import { describe, expect, it } from 'vitest';
import { askWithEncoder } from '../../src/app/live-policy-index';
import type { Answer, AnswerHints, PolicyIndex } from '../../src/policy';
import type { SentenceEncoder } from '../../src/language/sentence-encoder';

/** How the bot asks: one prepareAnswer per question, the encoder only when the index wants it, for the cosines it reads. */
const refusal: Answer = { verdict: 'not_covered', confidence: 0.9, citations: [], answer: 'not covered' };

function fakeIndex(needsSentenceEncoder: boolean, encoderTextsRead = 3) {
  const calls = { prepared: [] as string[], hints: [] as Array<AnswerHints | undefined> };
  const index = {
    prepareAnswer(question: string) {
      calls.prepared.push(question);
      return {
        needsSentenceEncoder,
        encoderTextsRead,
        answer(hints?: AnswerHints) {
          calls.hints.push(hints);
          return refusal;
        },
      };
    },
    // The bot's path must not rank the question again through these.
    needsSentenceEncoder: () => {
      throw new Error('ranked twice');
    },
    answer: () => {
      throw new Error('ranked twice');
    },
  } as unknown as PolicyIndex;
  return { index, calls };
}

function fakeEncoder() {
  const asked: Array<[string, number | undefined]> = [];
  const sims = Float32Array.from([0.2, 0.7, 0.1]);
  const encoder: SentenceEncoder = {
    fromCache: true,
    similarities: async (question, count) => {
      asked.push([question, count]);
      return sims;
    },
  };
  return { encoder, asked, sims };
}

describe('askWithEncoder', () => {
  it('ranks the question once and gives the encoder\'s cosines, as many as the answer reads, to that ranking', async () => {
    const { index, calls } = fakeIndex(true, 3);
    const { encoder, asked, sims } = fakeEncoder();
    expect(await askWithEncoder(index, encoder, 'can I post a selfie')).toBe(refusal);
    expect(calls.prepared).toEqual(['can I post a selfie']);
    expect(asked).toEqual([['can I post a selfie', 3]]);
    expect(calls.hints).toEqual([{ sentenceSimilarity: sims }]);
  });

  it('does not run the encoder when the index does not want it', async () => {
    const { index, calls } = fakeIndex(false);
    const { encoder, asked } = fakeEncoder();
    await askWithEncoder(index, encoder, 'when does the canteen open');
    expect(asked).toEqual([]);
    expect(calls.prepared).toHaveLength(1);
    expect(calls.hints).toEqual([undefined]);
  });

  it('answers on the index alone while no encoder is attached (it loads after the bot listens)', async () => {
    const { index, calls } = fakeIndex(true);
    await askWithEncoder(index, undefined, 'can I post a selfie');
    expect(calls.hints).toEqual([undefined]);
  });
});
