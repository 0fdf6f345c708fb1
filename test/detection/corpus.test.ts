import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/detection';
import { evaluate, type LabelledPost } from '../../src/detection/evaluation';

const OWN = join(__dirname, '../fixtures/staff-posts.jsonl');
const SHARED = join(__dirname, '../../../shared/examples/staff-posts.jsonl');
const LENIENT = new Set(['person_name', 'health']);

function load(file: string): LabelledPost[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledPost);
}

function check(posts: LabelledPost[]): void {
  const result = evaluate(posts, (text) => scan({ text }));
  for (const [type, s] of Object.entries(result.perType)) {
    const floor = LENIENT.has(type) ? 0.7 : 0.95;
    expect({ type, recall: s.recall >= floor ? 'ok' : s.recall, misses: s.recall >= floor ? [] : result.misses.filter((m) => m.type === type) }).toEqual({
      type,
      recall: 'ok',
      misses: [],
    });
  }
  expect(result.falsePositiveRate, JSON.stringify(result.spurious.slice(0, 10))).toBeLessThanOrEqual(0.03);
}

describe('labelled staff posts (test/fixtures)', () => {
  const posts = load(OWN);

  it('is a realistic corpus: at least 250 posts, at least 40% clean', () => {
    expect(posts.length).toBeGreaterThanOrEqual(250);
    const clean = posts.filter((p) => p.expect.length === 0).length;
    expect(clean / posts.length).toBeGreaterThanOrEqual(0.4);
    for (const p of posts) for (const e of p.expect) expect(p.text).toContain(e.value);
  });

  it('meets per-type recall floors and flags at most 3% of clean posts', () => check(posts));
});

describe.runIf(existsSync(SHARED))('shared example posts (/work/shared, optional)', () => {
  it('meets the same floors on the team examples', () => check(load(SHARED)));
});

describe('posts written blind by other authors (dev sets, tuned against)', () => {
  for (const name of ['detect-dev-blind.jsonl', 'detect-dev3-blind.jsonl']) {
    it(`meets the same floors on ${name}`, () => check(load(join(__dirname, '../fixtures', name))));
  }

  /**
   * Dev set 5 (300 posts, 45% clean) was measured before any tuning (core 0.80, person_name 0.70,
   * health 0.625, 1/135 clean flagged), then tuned against. Its floors are the figures reached
   * (core 195/199, person_name 63/67, health 33/40) less a small margin, and at most 2% of clean posts flagged.
   * It keeps misses by design (force e-mail addresses are allowed; see docs/detection.md), so the
   * per-type floors above do not apply.
   */
  it('meets its own floors on detect-dev5-blind.jsonl', () => {
    ownFloors('detect-dev5-blind.jsonl', { core: 0.96, person_name: 0.9, health: 0.78 });
  });

  /**
   * Dev set 6 (300 posts, 45% clean, eight new voices) was measured before any tuning (core 155/162,
   * person_name 35/41, health 34/42, 7/135 clean flagged), then tuned against: core 162/162,
   * person_name 41/41, health 42/42, 1/135 clean flagged. Floors: those figures less a small margin.
   */
  it('meets its own floors on detect-dev6-blind.jsonl', () => {
    ownFloors('detect-dev6-blind.jsonl', { core: 0.97, person_name: 0.93, health: 0.93 });
  });

  /**
   * Dev set 7 (300 posts, 49% clean) was measured before any tuning (core 182/184, person_name 62/80,
   * health 29/51, 5/148 clean flagged), then tuned against: core 184/184, person_name 79/80, health 49/51,
   * 1/148 clean flagged. Floors: those figures less a small margin.
   */
  it('meets its own floors on detect-dev7-blind.jsonl', () => {
    ownFloors('detect-dev7-blind.jsonl', { core: 0.97, person_name: 0.95, health: 0.92 });
  });

  /**
   * Dev set 8 (300 posts, 47% clean) was measured out of sample after dev set 7's rounds (core 195/206,
   * person_name 73/97, health 25/36, 3/140 clean flagged), then tuned against: core 206/206, person_name
   * 94/97, health 36/36, 0/140 clean flagged. Floors: those figures less a small margin.
   */
  it('meets its own floors on detect-dev8-blind.jsonl', () => {
    ownFloors('detect-dev8-blind.jsonl', { core: 0.97, person_name: 0.93, health: 0.94 });
  });
});

function ownFloors(name: string, floors: { core: number; person_name: number; health: number }): void {
  const posts = load(join(__dirname, '../fixtures', name));
  expect(posts.length).toBeGreaterThanOrEqual(300);
  const result = evaluate(posts, (text) => scan({ text }));
  const recall = (keep: (t: string) => boolean): number => {
    let tp = 0;
    let fn = 0;
    for (const [t, s] of Object.entries(result.perType)) if (keep(t)) ((tp += s.tp), (fn += s.fn));
    return tp / Math.max(1, tp + fn);
  };
  const misses = JSON.stringify(result.misses.slice(0, 20));
  expect(recall((t) => !LENIENT.has(t)), misses).toBeGreaterThanOrEqual(floors.core);
  expect(recall((t) => t === 'person_name'), misses).toBeGreaterThanOrEqual(floors.person_name);
  expect(recall((t) => t === 'health'), misses).toBeGreaterThanOrEqual(floors.health);
  expect(result.falsePositiveRate, JSON.stringify(result.spurious.slice(0, 10))).toBeLessThanOrEqual(0.02);
}
