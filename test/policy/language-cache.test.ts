import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClauseVectorCache } from '../../src/language/clause-vector-cache';
import { loadWordVectorTable } from '../../src/language/word-vector-table';
import { cosine } from '../../src/policy/word-vectors';
import { createDenseScorer } from '../../src/policy/dense-similarity';
import { testCacheDir } from './policy-fixtures';

describe('clause vector cache (disk, keyed by a hash of the document)', () => {
  it('round-trips vectors; another document or table gets another file; damage means a miss, not an error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clause-vectors-'));
    const cache = createClauseVectorCache(dir, 'table-1');
    const texts = ['Staff should not upload files.', 'Employees can follow other employees.'];
    expect(cache.load(texts)).toBeUndefined();
    cache.save(texts, [new Float32Array([0.6, 0.8]), new Float32Array([1, 0])]);
    expect(cache.load(texts)?.map((v) => [...v])).toEqual([[0.6000000238418579, 0.800000011920929], [1, 0]]);
    expect(cache.load([...texts, 'an edited policy'])).toBeUndefined();
    expect(createClauseVectorCache(dir, 'table-2').load(texts)).toBeUndefined();
    const [file] = readdirSync(dir);
    writeFileSync(join(dir, file!), 'garbage');
    expect(cache.load(texts)).toBeUndefined();
  });

  it('an unwritable cache directory only costs time', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'not-a-dir-')), 'file');
    writeFileSync(file, 'x');
    const cache = createClauseVectorCache(join(file, 'cache'), 't'); // a directory under a file cannot exist
    expect(() => cache.save(['a'], [new Float32Array([1])])).not.toThrow();
    expect(cache.load(['a'])).toBeUndefined();
  });
});

describe('dense scorer with the clause vector cache', () => {
  it('a cached file from an index with other word weights is not reused: the vectors match a fresh computation', async () => {
    const table = await loadWordVectorTable({ cacheDir: testCacheDir });
    const cache = createClauseVectorCache(mkdtempSync(join(tmpdir(), 'clause-vectors-')), 'table');
    const texts = ['Employees should refrain from uploading files into Yammer.', 'Only photographs of the employee can be used on a profile.'];
    const question = 'can I put a picture of my dog as my avatar';
    const flat = () => 1;
    // The same clause texts, but the index's word weights changed (a new examples or vocabulary file changes IDF).
    const skewed = (stem: string) => (stem.startsWith('photo') ? 8 : 1);
    createDenseScorer(texts, table, flat, cache).similarities(question);
    const cached = createDenseScorer(texts, table, skewed, cache).similarities(question);
    const fresh = createDenseScorer(texts, table, skewed).similarities(question);
    expect([...cached]).toEqual([...fresh]);
  });
});

describe('word vector table (pretrained, from the npm package, cached on disk)', () => {
  it('loads from the cache, knows everyday words and ranks them by general frequency', async () => {
    const table = await loadWordVectorTable({ cacheDir: testCacheDir });
    const v = (w: string) => table.vector(w)!;
    expect(table.dimensions).toBe(100);
    expect(cosine(v('photograph'), v('photo'))).toBeGreaterThan(cosine(v('photograph'), v('canteen')));
    expect(table.frequencyRank('the')).toBeLessThan(table.frequencyRank('mascot')!);
    expect(table.vector('zzzqqq')).toBeUndefined();
    const again = await loadWordVectorTable({ cacheDir: testCacheDir });
    expect(again.fromCache).toBe(true);
  });
});
