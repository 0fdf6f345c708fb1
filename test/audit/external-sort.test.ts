import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ExternalSorter } from '../../src/cli/audit/external-sort';
import { compareIds } from '../../src/cli/audit/latest-versions';
import { tempDir } from './helpers';

/** A deterministic stream of pseudo-random numbers, so a failure can be reproduced. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('the external sort', () => {
  it('sorts more items than it keeps in memory through runs on disk, stably, as an in-memory sort would', () => {
    const dir = tempDir();
    const r = random(7);
    // 5,000 items in runs of 100: 50 runs, more than are merged at once, so runs are merged in two passes.
    const sorter = new ExternalSorter<[number, number]>(dir, 'test', (a, b) => a[0] - b[0], 100);
    const items: Array<[number, number]> = [];
    for (let i = 0; i < 5000; i++) {
      const item: [number, number] = [Math.floor(r() * 300), i]; // many equal keys: order added must survive
      items.push(item);
      sorter.add(item);
    }
    expect(sorter.runFiles).toBe(50);
    const expected = [...items].sort((a, b) => a[0] - b[0]);
    expect([...sorter.sorted()]).toEqual(expected);
    // Read again, after more items: still everything, in order.
    sorter.add([-1, 5000]);
    expect([...sorter.sorted()]).toEqual([[-1, 5000], ...expected]);
    expect(readdirSync(dir).every((name) => name.startsWith('test-'))).toBe(true);
  });

  it('stays in memory while small, and an early stop closes its files', () => {
    const small = new ExternalSorter<string>(tempDir(), 'small', compareIds, 100);
    for (const id of ['30', '4', '200', '1']) small.add(id);
    expect(small.runFiles).toBe(0);
    expect([...small.sorted()]).toEqual(['1', '4', '30', '200']); // ids of digits in numeric order
    const big = new ExternalSorter<number>(tempDir(), 'big', (a, b) => a - b, 10);
    for (let i = 100; i > 0; i--) big.add(i);
    const first: number[] = [];
    for (const n of big.sorted()) {
      first.push(n);
      if (first.length === 3) break;
    }
    expect(first).toEqual([1, 2, 3]);
    expect([...big.sorted()]).toHaveLength(100);
  });
});
