import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

/**
 * The question-to-clause cosine cache that scripts/qa-encoder-experiments.ts writes and the other dev scripts read
 * (the sentence encoder's first load takes minutes). Keyed by the texts the encoder compared against, so a new examples
 * file or clause text never reads stale vectors. `variant` names how the texts were built ('clause', 'clause+heading').
 */
export function encoderSimsFile(variant: string, texts: readonly string[]): string {
  return `/tmp/qa-encoder-sims-${variant}-${createHash('sha256').update(texts.join('\u0000')).digest('hex').slice(0, 12)}.json`;
}

/** Cached cosines per question for the clause texts alone; empty when qa-encoder-experiments.ts has not run yet. */
export function readEncoderSims(texts: readonly string[]): Record<string, number[]> {
  const file = encoderSimsFile('clause', texts);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, number[]>) : {};
}
