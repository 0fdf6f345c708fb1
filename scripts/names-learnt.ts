/**
 * Seventeenth session (branch names17): a learnt person_name reader, measured leave one dev set out. Dev only: it did
 * not clear the bar held out and is not wired into the product (docs/detection.md, "Seventeenth session: a learnt
 * person_name reader"); features in scripts/lib/names-learnt-features.ts, training in scripts/lib/names-learnt-train.ts.
 *
 *   npx tsx scripts/names-learnt.ts                  every dev set held out in turn (rules alone vs rules + reader)
 *   BUILD=1 OUT=<file> npx tsx scripts/names-learnt.ts   train on every dev set, write a weight table (default in the temp dir)
 *
 * Sets: every detection dev set (test/fixtures/detect-dev*.jsonl) and staff-posts.jsonl. A set that labels person_name
 * gives positives (candidates spanning a labelled name exactly), negatives (candidates touching no labelled name) and
 * PARTIAL-weight negatives (candidates cutting a labelled name short or long); a set that does not label the type gives
 * only its clean posts' candidates, as negatives. CHECK (default dev30-names-learnt-check, the session's own check set)
 * is never trained on: it is read once, as a fold of its own.
 * The reader counts only where no rule candidate of any type overlaps (as it would in the product). Threshold: the sets
 * trained on are split into GROUPS groups; each is scored by a model trained on the others, and the line is the highest
 * score of a candidate the reader would add in a clean post of a group held out, plus MARGIN (MODE=flagged: the reader
 * reads only posts with a rule candidate, so no clean post can be newly flagged, and the line is the lowest at which the
 * groups' additions are PREC right).
 * Env: HELD=<regex> (only these folds), OUTER=k (k folds of sets together, and the check set: quick reads), GROUPS
 * (default 4), MARGIN (default 0.02), MODE=flagged, PREC (default 0.8), GATE=1 (only posts with an operational word),
 * TRAIN_ON=free (only candidates no rule overlaps), CLEANW (weight of clean posts' candidates, default 4), PARTIAL
 * (default 0.5), AUG=1 (naming posts also trained on in lower case), KEEP, EPOCHS, L2, LR, SEED, SHOW=1 (what the reader
 * adds), TOPNEG=1 (the clean candidate that sets each line), MISSES=1 (the names the rules miss).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { labelSpans, type LabelledPost } from '../src/detection/evaluation';
import { NAME_HASH_BITS, readPost } from './lib/names-learnt-features';
import { detectorInternals } from '../bench/lib/detector-internals';
import { scan } from '../src/detection';
import { hasOperationalWord } from '../src/detection/detectors/case-words';
import type { ScanContext } from '../src/detection/scan-context';
import { fitNames, scoreCandidates, type NameRow } from './lib/names-learnt-train';

const root = join(__dirname, '..');
const env = process.env;
const TRAIN = { epochs: Number(env.EPOCHS ?? 4), l2: Number(env.L2 ?? 1e-6), lr: Number(env.LR ?? 0.1), seed: Number(env.SEED ?? 7), keep: Number(env.KEEP ?? 6000) };
const MARGIN = Number(env.MARGIN ?? 0.02);
const GROUPS = Number(env.GROUPS ?? 4);
const PARTIAL = Number(env.PARTIAL ?? 0.5);
const CLEAN_WEIGHT = Number(env.CLEANW ?? 4);
const CHECK = new RegExp(env.CHECK ?? 'dev30-names-learnt-check');
const LEARNT_ID = 'person_name_learnt';

interface Cand { start: number; end: number; keys: number[]; y: number; w: number; free: boolean }
interface Post {
  /** A training-only copy (AUG=1): the post typed with its names, or all of it, in lower case. */
  aug?: boolean;
  set: string; text: string; clean: boolean; labels: boolean; gold: Array<{ start: number; end: number; rule: boolean }>;
  ruleFlagged: boolean; gate: boolean; cands: Cand[]; postKeys: number[];
}

const files = [
  ...readdirSync(join(root, 'test/fixtures')).filter((f) => /^detect-dev.*\.jsonl$/.test(f)).map((f) => `test/fixtures/${f}`),
  'test/fixtures/staff-posts.jsonl',
].filter((f) => !/sealed|out-of-sample/.test(f));

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

function load(): { posts: Post[]; sets: string[] } {
  const { detectors, context } = detectorInternals(join(root, 'src/detection'));
  const rules = detectors.filter((d) => d.id !== LEARNT_ID);
  const posts: Post[] = [];
  const sets: string[] = [];
  for (const f of files) {
    const raw = readFileSync(join(root, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as LabelledPost);
    const labels = raw.some((p) => p.expect.some((e) => e.type === 'person_name'));
    const set = f.replace(/.*\//, '').replace(/\.jsonl$/, '').replace(/^detect-/, '');
    sets.push(set);
    // AUG=1: each post naming someone is also trained on as typed in lower case (its names alone, and the whole post),
    // the way people type; same offsets, so the labels stand. Never measured, never calibrated on.
    const copies = env.AUG === '1' && labels ? raw.filter((p) => p.expect.some((e) => e.type === 'person_name')).flatMap((p) => {
      const spans = labelSpans(p).filter((x) => x.type === 'person_name');
      let names = p.text;
      for (const x of spans) names = names.slice(0, x.start) + names.slice(x.start, x.end).toLowerCase() + names.slice(x.end);
      const all = p.text.toLowerCase();
      return [names, all].filter((t) => t !== p.text && t.length === p.text.length).map((t) => ({ text: t, expect: p.expect.map((e) => ({ ...e, value: e.type === 'person_name' ? e.value.toLowerCase() : e.value })), aug: true }));
    }) : [];
    for (const p of [...raw, ...copies] as Array<LabelledPost & { aug?: boolean }>) {
      const clean = p.expect.length === 0;
      if (!labels && !clean) continue;
      const found = scan({ text: p.text }).filter((x) => (x as { rule?: string }).rule !== 'person_name.learnt');
      const gold = labelSpans(p).filter((s) => s.type === 'person_name')
        .map((s) => ({ start: s.start, end: s.end, rule: found.some((x) => x.type === 'person_name' && overlaps(x, s)) }));
      const ctx = context(p.text) as { text: string; lower: string };
      const out: Array<{ type: string; start: number; end: number }> = [];
      for (const d of rules) if (d.needs(ctx)) d.run(ctx, out);
      // Offsets are the normalised text's; a post whose normalising changed its length is read with no reader.
      const same = ctx.text.length === p.text.length;
      const read = same ? readPost(ctx.text, ctx.lower, out, true) : { candidates: [], postKeys: [] };
      const cands = read.candidates.map((c) => {
        const exact = gold.some((g) => g.start === c.start && g.end === c.end);
        const touch = gold.some((g) => overlaps(g, c));
        return { start: c.start, end: c.end, keys: c.keys, y: exact ? 1 : 0, w: clean ? CLEAN_WEIGHT : exact || !touch ? 1 : PARTIAL, free: c.free };
      });
      // MODE=flagged: the reader reads only posts where a rule candidate stands (as confident as the scanner keeps by default).
      const gate = env.MODE === 'flagged' ? out.some((o) => (o as { confidence?: number }).confidence! >= 0.5) : env.GATE !== '1' || hasOperationalWord(ctx as unknown as ScanContext);
      posts.push({ aug: p.aug, set, text: p.text, clean, labels, gold, ruleFlagged: found.length > 0, gate, cands: gate ? cands : [], postKeys: read.postKeys });
    }
  }
  return { posts, sets };
}

/** The spans the reader adds to a post at threshold t: free candidates above it, best first, none overlapping. */
function added(p: Post, scores: number[], t: number): Array<{ start: number; end: number; score: number }> {
  const over = p.cands.map((c, k) => ({ c, s: scores[k] })).filter((x) => x.c.free && x.s >= t).sort((a, b) => b.s - a.s);
  const kept: Array<{ start: number; end: number; score: number }> = [];
  for (const x of over) if (!kept.some((k) => overlaps(k, x.c))) kept.push({ start: x.c.start, end: x.c.end, score: x.s });
  return kept;
}

async function main(): Promise<void> {
  const { posts, sets } = load();
  const bySet = new Map(sets.map((s) => [s, posts.filter((p) => p.set === s)]));
  const allPostKeys = posts.map((p) => p.postKeys);
  const index = new Map(posts.map((p, i) => [p, i]));
  const rowsOf = (s: string): NameRow[] => bySet.get(s)!.flatMap((p) => p.cands.filter((c) => env.TRAIN_ON !== 'free' || c.free).map((c) => ({ keys: c.keys, post: index.get(p)!, y: c.y, w: c.w })));
  const fit = (trainSets: string[]): ReturnType<typeof fitNames> => fitNames(trainSets.flatMap(rowsOf), allPostKeys, NAME_HASH_BITS, TRAIN);
  const scores = (m: ReturnType<typeof fitNames>, p: Post): number[] => scoreCandidates(m, p.cands.map((c) => c.keys), p.postKeys);
  /** Highest score of a free candidate in a clean post of each inner group, scored by a model that did not see the group. */
  const calibrate = (trainSets: string[]): number => (env.MODE === 'flagged' ? calibratePrecision(trainSets) : calibrateClean(trainSets));
  /** MODE=flagged: no clean post can be newly flagged, so the line is the lowest at which the groups' additions are PREC right. */
  const calibratePrecision = (trainSets: string[]): number => {
    const seen: Array<{ p: Post; sc: number[] }> = [];
    for (let g = 0; g < GROUPS; g++) {
      const m = fit(trainSets.filter((_, k) => k % GROUPS !== g));
      for (const s of trainSets.filter((_, k) => k % GROUPS === g)) for (const p of bySet.get(s)!) if (p.cands.length && !p.aug) seen.push({ p, sc: scores(m, p) });
    }
    const prec = Number(env.PREC ?? 0.8);
    for (let t = 0.5; t < 0.999; t += 0.01) {
      let right = 0, wrong = 0;
      for (const { p, sc } of seen) for (const a of added(p, sc, t)) if (p.gold.some((g) => overlaps(a, g))) right++; else wrong++;
      if (right >= prec * (right + wrong)) { if (env.TOPNEG) console.log(`    line ${t.toFixed(2)}: ${right} right, ${wrong} wrong`); return Math.min(0.999, t + MARGIN); }
    }
    return 0.999;
  };
  const calibrateClean = (trainSets: string[]): number => {
    let worst = 0;
    let where = '';
    for (let g = 0; g < GROUPS; g++) {
      const held = trainSets.filter((_, k) => k % GROUPS === g);
      const m = fit(trainSets.filter((_, k) => k % GROUPS !== g));
      for (const s of held) for (const p of bySet.get(s)!) {
        if (!p.clean || p.aug) continue;
        const sc = scores(m, p);
        p.cands.forEach((c, k) => { if (c.free && sc[k] > worst) { worst = sc[k]; where = `${s}: ${p.text.slice(c.start, c.end)} | ${p.text.slice(0, 90).replace(/\n/g, ' ')}`; } });
      }
    }
    if (env.TOPNEG) console.log(`    worst clean ${worst.toFixed(3)} ${where}`);
    return Math.min(0.999, worst + MARGIN);
  };
  const trainable = sets.filter((s) => !CHECK.test(s));
  const n = posts.reduce((a, p) => a + p.cands.length, 0);
  console.log(`sets ${sets.length}; posts ${posts.length}; candidates ${n} (free ${posts.reduce((a, p) => a + p.cands.filter((c) => c.free).length, 0)}); names ${posts.reduce((a, p) => a + p.gold.length, 0)} (rules found ${posts.reduce((a, p) => a + p.gold.filter((g) => g.rule).length, 0)})`);
  const missedIn = posts.filter((p) => !p.aug && p.gold.some((g) => !g.rule));
  console.log(`names the rules missed in posts the rules flagged: ${missedIn.filter((p) => p.ruleFlagged).reduce((a, p) => a + p.gold.filter((g) => !g.rule).length, 0)} of ${missedIn.reduce((a, p) => a + p.gold.filter((g) => !g.rule).length, 0)}`);
  if (env.MISSES) for (const p of missedIn) for (const g of p.gold) if (!g.rule) console.log(`  MISS ${p.set} [${p.text.slice(g.start, g.end)}] ${p.ruleFlagged ? 'F' : '-'} ${p.text.slice(Math.max(0, g.start - 60), g.end + 40).replace(/\n/g, ' / ')}`);
  if (env.BUILD) return build(trainable, fit, calibrate);
  const only = env.HELD ? new RegExp(env.HELD) : null;
  const tot = { n: 0, r: 0, add: 0, fp: 0, cl: 0, cr: 0, cc: 0 };
  console.log('| held-out set | threshold | names: rules | rules + reader | false names added | clean flagged: rules | rules + reader |');
  console.log('|---|---|---|---|---|---|---|');
  // OUTER=k (quick reads while developing): k folds of sets taken together, and the check set alone.
  const outer = Number(env.OUTER ?? 0);
  const folds: string[][] = outer ? [...Array.from({ length: outer }, (_, g) => trainable.filter((_, k) => k % outer === g)), sets.filter((s) => CHECK.test(s))] : sets.map((s) => [s]);
  const missed: number[] = [];
  for (const fold of folds) {
    const held = fold.join('+');
    if (only && !only.test(held)) continue;
    const trainSets = trainable.filter((s) => !fold.includes(s));
    const t = calibrate(trainSets);
    const m = fit(trainSets);
    const row = { n: 0, r: 0, add: 0, fp: 0, cl: 0, cr: 0, cc: 0 };
    for (const p of fold.flatMap((s) => bySet.get(s)!).filter((q) => !q.aug)) {
      const sc = scores(m, p);
      // The best free candidate's score on each name the rules missed: how far the line is from them.
      for (const g of p.gold) if (!g.rule) missed.push(Math.max(0, ...p.cands.map((c, k) => (c.free && overlaps(c, g) ? sc[k] : 0))) - t);
      const adds = added(p, sc, t);
      row.n += p.gold.length;
      row.r += p.gold.filter((g) => g.rule).length;
      row.add += p.gold.filter((g) => !g.rule && adds.some((a) => overlaps(a, g))).length;
      const falses = adds.filter((a) => !p.gold.some((g) => overlaps(a, g)));
      row.fp += falses.length;
      if (p.clean) { row.cl++; if (p.ruleFlagged) row.cr++; else if (adds.length) row.cc++; }
      if (env.SHOW) for (const a of adds) {
        const ok = p.gold.some((g) => overlaps(a, g));
        console.log(`    ${ok ? 'ADDED' : p.clean ? 'CLEAN-FP' : 'FP'} ${a.score.toFixed(3)} [${p.text.slice(a.start, a.end)}] ${p.text.slice(0, 140).replace(/\n/g, ' ')}`);
      }
    }
    for (const k of Object.keys(tot) as Array<keyof typeof tot>) tot[k] += row[k];
    console.log(`| ${held} | ${t.toFixed(3)} | ${row.r}/${row.n} | ${row.r + row.add}/${row.n} | ${row.fp} | ${row.cr}/${row.cl} | ${row.cr + row.cc}/${row.cl} |`);
  }
  const q = missed.sort((a, b) => b - a);
  console.log(`names the rules missed: ${q.length}; score minus threshold, deciles: ${[0, 0.1, 0.2, 0.3, 0.5, 0.7].map((f) => q[Math.floor(f * (q.length - 1))]?.toFixed(3)).join(' ')}`);
  console.log(`| **total** | | ${tot.r}/${tot.n} | ${tot.r + tot.add}/${tot.n} | ${tot.fp} | ${tot.cr}/${tot.cl} | ${tot.cr + tot.cc}/${tot.cl} |`);
}

/** Train on every dev set, calibrate across them, and write the weight table. */
function build(sets: string[], fit: (s: string[]) => ReturnType<typeof fitNames>, calibrate: (s: string[]) => number): void {
  const t = calibrate(sets);
  const m = fit(sets);
  const entries = [...m.weights].sort((a, b) => a[0] - b[0]);
  const file = `// Generated by scripts/names-learnt.ts (BUILD=1) from the detection dev sets: do not edit.
// The learnt person_name reader (not wired in): bias, threshold, and the ${entries.length} largest weights of a logistic
// regression over hashed candidate and post keys (scripts/lib/names-learnt-features.ts), keys in base 36, weights x1000.
export const NAME_LEARNT_BIAS = ${m.bias.toFixed(4)};
export const NAME_LEARNT_THRESHOLD = ${t.toFixed(6)};
export const NAME_LEARNT_KEYS = '${entries.map(([k]) => k.toString(36)).join(',')}';
export const NAME_LEARNT_WEIGHTS = '${entries.map(([, w]) => Math.round(w * 1000)).join(',')}';
`;
  writeFileSync(env.OUT ?? join(tmpdir(), 'names-learnt-weights.generated.ts'), file);
  console.log(`built: ${entries.length} weights, bias ${m.bias.toFixed(3)}, threshold ${t.toFixed(4)}, ${file.length} bytes; sets ${sets.length}`);
}

void main();
