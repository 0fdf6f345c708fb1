import { describe, expect, it } from 'vitest';
import { cosines, toMatrix } from '../../src/language/sentence-encoder';

/** The sentence encoder's cosine loop over its clause vectors, laid end to end in one array. */
function randomUnit(dims: number, seed: number): Float32Array {
  let x = seed;
  const v = Float32Array.from({ length: dims }, () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) - 0.5);
  const n = Math.hypot(...v);
  return v.map((a) => a / n);
}

/** The loop as it was, one array per clause vector: the flat one must give the same floats, to the bit. */
function perVector(q: Float32Array, list: Float32Array[]): Float32Array {
  const out = new Float32Array(list.length);
  for (let i = 0; i < list.length; i++) {
    let dot = 0;
    for (let k = 0; k < q.length; k++) dot += q[k] * list[i][k];
    out[i] = dot;
  }
  return out;
}

describe('cosines over a flat matrix', () => {
  const rows = Array.from({ length: 40 }, (_, i) => randomUnit(512, i + 1));
  const matrix = toMatrix(rows);
  const q = randomUnit(512, 999);

  it('gives the same floats as one dot product per clause vector', () => {
    expect(matrix).toMatchObject({ count: 40, dims: 512 });
    expect(Array.from(cosines(q, matrix))).toEqual(Array.from(perVector(q, rows)));
    expect(cosines(rows[7], matrix)[7]).toBeCloseTo(1, 5);
  });

  it('computes only the first rows when asked (the clauses\' own cosines), and no more rows than there are', () => {
    expect(Array.from(cosines(q, matrix, 5))).toEqual(Array.from(perVector(q, rows.slice(0, 5))));
    expect(cosines(q, matrix, 1000)).toHaveLength(40);
    expect(cosines(q, matrix, 0)).toHaveLength(0);
  });

  it('gives the same floats, to the bit, for every row count (rows summed eight at a time, then the rest one by one)', () => {
    const odd = Array.from({ length: 43 }, (_, i) => randomUnit(512, 100 + i));
    const wide = toMatrix(odd);
    for (let count = 0; count <= 43; count++) expect(Array.from(cosines(q, wide, count))).toEqual(Array.from(perVector(q, odd.slice(0, count))));
    // Vectors of another width (the loop reads `dims`, not 512).
    const narrow = Array.from({ length: 19 }, (_, i) => randomUnit(7, 300 + i));
    expect(Array.from(cosines(randomUnit(7, 5), toMatrix(narrow)))).toEqual(Array.from(perVector(randomUnit(7, 5), narrow)));
  });

  it('lays the vectors out in order, each at its own offset', () => {
    const small = toMatrix([Float32Array.from([1, 2]), Float32Array.from([3, 4])]);
    expect(Array.from(small.values)).toEqual([1, 2, 3, 4]);
    expect(Array.from(cosines(Float32Array.from([1, 0]), small))).toEqual([1, 3]);
    expect(toMatrix([])).toMatchObject({ count: 0, dims: 0 });
  });
});
