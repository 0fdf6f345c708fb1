/**
 * The row order of each SGD epoch for the learnt readers' trainers (opuse, names, health and core learnt-train.ts): one
 * index array, reshuffled in place each epoch (Fisher-Yates) by a seeded linear congruential generator, so the same
 * seed trains the same model every time and the committed weights can be rebuilt byte for byte.
 */
export function* epochOrders(rows: number, epochs: number, seed: number): Generator<readonly number[]> {
  const order = Array.from({ length: rows }, (_, i) => i);
  let state = seed >>> 0 || 1;
  const rnd = (): number => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 4294967296;
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    yield order;
  }
}
