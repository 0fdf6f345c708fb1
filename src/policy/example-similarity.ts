/**
 * The sentence encoder reads the seed example questions as well as the clauses (`encoderTexts` = clauses, then
 * examples). A question is far nearer in meaning to another question than to the clause that answers it, so a
 * clause's similarity for fusion is the best of its own cosine and its examples' cosines.
 * Approved examples are not encoded: they change while the bot runs, and the encoder's texts are fixed at load.
 */
export function clauseSimilarities(sims: Float32Array, clauseCount: number, exampleOwners: readonly number[]): Float32Array {
  const out = sims.slice(0, clauseCount);
  exampleOwners.forEach((owner, j) => {
    const s = sims[clauseCount + j];
    if (s > out[owner]) out[owner] = s;
  });
  return out;
}
