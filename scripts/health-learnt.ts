/**
 * Seventeenth session (branch health17), dev only: a learnt health reader (scripts/lib/health-learnt-*.ts; not wired
 * into the product), measured held out, and its weight table built.
 *
 *   npx tsx scripts/health-learnt.ts            every dev set held out in turn (rules alone vs rules + reader)
 *   GATE=1 BUILD=1 npx tsx scripts/health-learnt.ts    train on every dev set and write the (dev-only) weight table
 *
 * Sets: staff-posts and every detection dev set of test/fixtures (not the sealed or out-of-sample ones, not this
 * session's check set dev30). A set that labels health gives every candidate of every post (positive when it overlaps a
 * labelled health value); a set that does not gives only its clean posts' candidates, as negatives. For each held-out
 * set the reader is trained on all the others, and its threshold is calibrated inside them: the training sets are dealt
 * into FOLDS groups, each group scored by a reader trained on the rest, and the line is the highest score of a candidate
 * in a clean post that no rule finding overlaps, plus MARGIN. The reader adds only where no rule finding overlaps.
 * Env: HELD=<regex> (only these folds), OUTER=k (sets dealt into k groups held out together), FOLDS (inner groups,
 * default 4), MARGIN (default 0.02), GATE=1 (add only where learntGate holds: a person in the clause, no veto reading),
 * TRAIN_ON=residual|gate, POSTWORDS=0, KEEP (weights kept, default 30000), EPOCHS, L2, LR, POSW, SEED, SHOW=1 (the
 * held-out additions), GRID=1 (additions at fixed lines; QUIET_GRID=1 totals only), TOPNEG=n (the inner clean runs
 * that set the line), EXTRA=<file> (a set no fold saw, read by the reader built on every set), VETO_EVAL=1 (could it
 * veto rule findings), BUILD=1 (writes scripts/lib/health-learnt-weights.generated.ts, git-ignored: not wired).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { labelSpans, type LabelledPost } from '../src/detection/evaluation';
import { LEARNT_OPTIONS, candidateKeys, learntGate, ruleSignals, HASH_BITS, learntCandidates, learntScore, learntWords, postFeatures } from './lib/health-learnt-features';
import { scan } from '../src/detection';
import { fitPruned, type Pruned } from './lib/health-learnt-train';

const root = join(__dirname, '..');
const env = process.env;
const TRAIN = { epochs: Number(env.EPOCHS ?? 4), l2: Number(env.L2 ?? 1e-6), lr: Number(env.LR ?? 0.1), seed: Number(env.SEED ?? 7), keep: Number(env.KEEP ?? 30000), posWeight: Number(env.POSW ?? 3) };
const MARGIN = Number(env.MARGIN ?? 0.02);
const FOLDS = Number(env.FOLDS ?? 4);
const GRID_LINES = [0.5, 0.7, 0.8, 0.9, 0.95, 0.98];

interface Cand { start: number; end: number; keys: number[]; gate: boolean; gold: boolean; inside: boolean; overlapsRule: boolean }
interface Post { set: string; text: string; clean: boolean; labels: boolean; gold: Array<{ start: number; end: number }>; ruleHealth: Array<{ start: number; end: number }>; ruleAny: boolean; cands: Cand[] }

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

const files = ['staff-posts.jsonl', ...readdirSync(join(root, 'test/fixtures')).filter((f) => /^detect-dev.*\.jsonl$/.test(f))]
  .filter((f) => !/sealed|out-of-sample|dev30-health-learnt-check/.test(f)).map((f) => `test/fixtures/${f}`);

function load(f: string, set: string, everyPost: boolean): Post[] {
  const raw = readFileSync(join(root, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as LabelledPost);
  const labels = everyPost || raw.some((p) => p.expect.some((e) => e.type === 'health'));
  const out: Post[] = [];
  for (const p of raw) {
    const clean = p.expect.length === 0;
    if (!labels && !clean) continue;
    const found = scan({ text: p.text }).filter((x) => x.rule !== 'health.learnt');
    const gold = labelSpans(p).filter((s) => s.type === 'health');
    const words = learntWords(p.text, p.text.toLowerCase());
    const post = postFeatures(words);
    const cands = learntCandidates(words).map((c) => ({ c, sig: ruleSignals(p.text, p.text.toLowerCase(), c.start, c.end) })).map(({ c, sig }) => ({ start: c.start, end: c.end, gate: learntGate(words, c, sig), keys: candidateKeys(words, c, post, sig), gold: gold.some((g) => overlaps(g, c)), inside: gold.some((g) => g.start <= c.start && c.end <= g.end), overlapsRule: found.some((x) => overlaps(x, c)) }));
    out.push({ set, text: p.text, clean, labels, gold, ruleHealth: found.filter((x) => x.type === 'health'), ruleAny: found.length > 0, cands });
  }
  return out;
}

/** The reader's additions to a post: candidates at or above `t` that no rule finding overlaps, best first, none overlapping. */
export function additions(m: Pruned, p: Post, t: number): Array<Cand & { score: number }> {
  const scored = p.cands.filter((c) => !c.overlapsRule && (env.GATE !== '1' || c.gate)).map((c) => ({ ...c, score: learntScore(c.keys, m) })).filter((c) => c.score >= t).sort((a, b) => b.score - a.score);
  const kept: Array<Cand & { score: number }> = [];
  for (const c of scored) if (!kept.some((k) => overlaps(k, c))) kept.push(c);
  return kept;
}

async function main(): Promise<void> {
  if (env.POSTWORDS === '0') LEARNT_OPTIONS.postWords = false;
  const posts: Post[] = [];
  const sets: string[] = [];
  for (const f of files) {
    const set = f.replace(/.*\//, '').replace(/\.jsonl$/, '').replace(/^detect-/, '');
    sets.push(set);
    posts.push(...load(f, set, false));
  }
  const bySet = new Map(sets.map((s) => [s, posts.filter((p) => p.set === s)]));
  const nc = posts.reduce((n, p) => n + p.cands.length, 0);
  console.log(`sets ${sets.length}; posts ${posts.length}; candidates ${nc} (health ${posts.reduce((n, p) => n + p.cands.filter((c) => c.gold).length, 0)}); health values ${posts.reduce((n, p) => n + p.gold.length, 0)}, rules miss ${posts.reduce((n, p) => n + p.gold.filter((g) => !p.ruleHealth.some((r) => overlaps(r, g))).length, 0)}`);
  const fit = (trainSets: string[]): Pruned => {
    const rows: number[][] = [];
    const ys: number[] = [];
    for (const s of trainSets) for (const p of bySet.get(s)!) for (const c of p.cands) {
      // A positive lies inside a labelled value; a run that only overlaps one ("Dave has MS") is left out, neither.
      if (c.gold && !c.inside) continue;
      // TRAIN_ON=residual: only where no rule finding overlaps, the only candidates the reader adds from.
      if (env.TRAIN_ON === 'residual' && c.overlapsRule) continue;
      if (env.TRAIN_ON === 'gate' && !c.gate) continue;
      rows.push(c.keys);
      ys.push(c.inside ? 1 : 0);
    }
    return fitPruned(rows, ys, HASH_BITS, TRAIN);
  };
  const calibrate = (trainSets: string[]): number => {
    let worst = 0;
    const top: Array<[number, string]> = [];
    for (let g = 0; g < FOLDS; g++) {
      const held = trainSets.filter((_, i) => i % FOLDS === g);
      const m = fit(trainSets.filter((_, i) => i % FOLDS !== g));
      for (const s of held) for (const p of bySet.get(s)!) if (p.clean) for (const c of p.cands) if (!c.overlapsRule && (env.GATE !== '1' || c.gate)) {
        const v = learntScore(c.keys, m);
        worst = Math.max(worst, v);
        if (env.TOPNEG && v > 0.5) top.push([v, `${s} "${p.text.slice(c.start, c.end)}" | ${p.text.slice(0, 120).replace(/\n/g, ' ')}`]);
      }
    }
    // TOPNEG=n: the inner held-out clean candidates that set the line (to read what the reader confuses).
    if (env.TOPNEG) for (const [v, d] of top.sort((a, b) => b[0] - a[0]).slice(0, Number(env.TOPNEG))) console.log(`    NEG ${v.toFixed(3)} ${d}`);
    return Math.min(0.999, worst + MARGIN);
  };
  if (env.BUILD || env.EXTRA) {
    const m = fit(sets);
    const t = calibrate(sets);
    if (env.BUILD) build(m, t, posts.length, sets.length);
    // EXTRA=<file.jsonl>: a set no fold saw (this session's check set), read by the reader built on every dev set.
    if (env.EXTRA) {
      const extra = load(env.EXTRA, 'extra', true);
      for (const line of [t, ...GRID_LINES]) {
        let n = 0, r = 0, at = 0, af = 0, cl = 0, cn = 0;
        for (const p of extra) {
          const added = additions(m, p, line);
          const missed = p.gold.filter((g) => !p.ruleHealth.some((x) => overlaps(x, g)));
          n += p.gold.length; r += p.gold.length - missed.length;
          at += missed.filter((g) => added.some((a) => overlaps(a, g))).length;
          af += added.filter((a) => !p.gold.some((g) => overlaps(a, g))).length;
          if (p.clean) { cl++; if (!p.ruleAny && added.length) cn++; }
          if (env.SHOW && line === t) for (const a of added) console.log(`    ${p.gold.some((g) => overlaps(a, g)) ? 'TRUE ' : p.clean ? 'CLEAN' : 'FALSE'} ${a.score.toFixed(3)} "${p.text.slice(a.start, a.end)}"`);
        }
        console.log(`${env.EXTRA} at t=${line.toFixed(4)}${line === t ? ' (calibrated)' : ''}: health rules ${r}/${n}, added true ${at}, added false ${af}, clean newly flagged ${cn}/${cl}`);
      }
    }
    return;
  }
  const gridTot: Record<number, number[]> = {};
  if (env.VETO_EVAL) return vetoEval(posts, sets, bySet, fit);
  const only = env.HELD ? new RegExp(env.HELD) : null;
  const tot = { n: 0, r: 0, add: 0, fa: 0, cl: 0, cr: 0, cn: 0 };
  console.log('| held-out set | threshold | health: rules | + reader (added true) | added false | clean: rules | newly flagged |');
  console.log('|---|---|---|---|---|---|---|');
  // OUTER=k: the sets dealt into k groups, each group held out together (k fits instead of one per set); else one set at a time.
  const OUTER = Number(env.OUTER ?? 0);
  const folds = OUTER ? Array.from({ length: OUTER }, (_, g) => sets.filter((_, i) => i % OUTER === g)) : sets.map((s) => [s]);
  for (const fold of folds) {
    if (only && !fold.some((s) => only.test(s))) continue;
    const trainSets = sets.filter((s) => !fold.includes(s));
    const t = calibrate(trainSets);
    const m = fit(trainSets);
    for (const held of fold) {
    const row = { n: 0, r: 0, add: 0, fa: 0, cl: 0, cr: 0, cn: 0 };
    for (const p of bySet.get(held)!) {
      const added = additions(m, p, t);
      const missed = p.gold.filter((g) => !p.ruleHealth.some((r) => overlaps(r, g)));
      row.n += p.gold.length;
      row.r += p.gold.length - missed.length;
      row.add += missed.filter((g) => added.some((a) => overlaps(a, g))).length;
      const falses = added.filter((a) => !p.gold.some((g) => overlaps(a, g)));
      if (p.labels) row.fa += falses.length;
      if (p.clean) { row.cl++; if (p.ruleAny) row.cr++; else if (added.length) row.cn++; }
      if (env.SHOW) for (const a of added) console.log(`    ${p.gold.some((g) => overlaps(a, g)) ? 'TRUE ' : p.clean ? 'CLEAN' : 'FALSE'} ${a.score.toFixed(3)} "${p.text.slice(a.start, a.end)}" | ${p.text.slice(0, 150).replace(/\n/g, ' ')}`);
    }
    for (const k of Object.keys(tot) as Array<keyof typeof tot>) tot[k] += row[k];
    // GRID=1: held-out additions at fixed lines (the trade-off the calibration picks from).
    if (env.GRID) for (const g of GRID_LINES) {
      let at = 0, af = 0, cn = 0;
      for (const p of bySet.get(held)!) {
        const added = additions(m, p, g);
        at += p.gold.filter((x) => !p.ruleHealth.some((r) => overlaps(r, x)) && added.some((a) => overlaps(a, x))).length;
        af += added.filter((a) => !p.gold.some((x) => overlaps(a, x))).length;
        if (p.clean && !p.ruleAny && added.length) cn++;
      }
      const gt = (gridTot[g] ??= [0, 0, 0]);
      gt[0] += at; gt[1] += af; gt[2] += cn;
      if (!env.QUIET_GRID) console.log(`    t=${g}: added true ${at}, added false ${af}, clean newly flagged ${cn}`);
    }
    console.log(`| ${held} | ${t.toFixed(3)} | ${row.r}/${row.n} | ${row.r + row.add}/${row.n} (+${row.add}) | ${row.fa} | ${row.cr}/${row.cl} | ${row.cn} |`);

    }
  }
  for (const g of GRID_LINES) if (gridTot[g]) console.log(`  all held out at t=${g}: added true ${gridTot[g][0]}, added false ${gridTot[g][1]}, clean newly flagged ${gridTot[g][2]}`);
  console.log(`| **total** | | ${tot.r}/${tot.n} | ${tot.r + tot.add}/${tot.n} (+${tot.add}) | ${tot.fa} | ${tot.cr}/${tot.cl} | ${tot.cn} |`);
}

/**
 * VETO_EVAL=1: could the reader veto rule findings that are no one's health? A rule health finding's score is the best
 * score of a run inside it; the line is calibrated inside the training sets (FOLDS groups) just under the lowest score
 * of a true rule finding (one overlapping a labelled value), so that no inner held-out true finding would be vetoed.
 */
function vetoEval(posts: Post[], sets: string[], bySet: Map<string, Post[]>, fit: (s: string[]) => Pruned): void {
  const findingScores = (m: Pruned, p: Post): Array<{ score: number; gold: boolean }> =>
    // A finding with no run inside it (a single function word, a part of a word) is not vetoable: it is left out.
    p.ruleHealth.map((r) => ({ inside: p.cands.filter((c) => c.start >= r.start && c.end <= r.end), gold: p.gold.some((g) => overlaps(g, r)) }))
      .filter((x) => x.inside.length).map((x) => ({ score: Math.max(...x.inside.map((c) => learntScore(c.keys, m))), gold: x.gold }));
  const OUTER = Number(env.OUTER ?? 6);
  const tot = { tv: 0, fv: 0, t: 0, f: 0, cleanFreed: 0 };
  for (let g = 0; g < OUTER; g++) {
    const fold = sets.filter((_, i) => i % OUTER === g);
    const trainSets = sets.filter((s) => !fold.includes(s));
    let lowest = 1;
    for (let h = 0; h < FOLDS; h++) {
      const m = fit(trainSets.filter((_, i) => i % FOLDS !== h));
      for (const s of trainSets.filter((_, i) => i % FOLDS === h)) for (const p of bySet.get(s)!) if (p.labels) for (const f of findingScores(m, p)) if (f.gold) lowest = Math.min(lowest, f.score);
    }
    const line = lowest - MARGIN / 10;
    const m = fit(trainSets);
    let tv = 0, fv = 0, t = 0, f = 0, freed = 0;
    for (const s of fold) for (const p of bySet.get(s)!) {
      if (!p.labels && !p.clean) continue;
      const fs = findingScores(m, p);
      for (const x of fs) { if (x.gold) { t++; if (x.score < line) tv++; } else { f++; if (x.score < line) fv++; } }
      if (p.clean && fs.length && fs.every((x) => x.score < line)) freed++;
    }
    for (const v of [0.001, 0.01, 0.05, 0.1, 0.2]) {
      let a = 0, b = 0;
      for (const s of fold) for (const p of bySet.get(s)!) if (p.labels || p.clean) for (const x of findingScores(m, p)) if (x.score < v) { if (x.gold) a++; else b++; }
      console.log(`    at ${v}: true vetoed ${a}, false vetoed ${b}`);
    }
    console.log(`fold ${g} (${fold.join(' ')}): line ${line.toFixed(4)}; true rule findings vetoed ${tv}/${t}, false ones vetoed ${fv}/${f}, clean posts freed of health ${freed}`);
    tot.tv += tv; tot.fv += fv; tot.t += t; tot.f += f; tot.cleanFreed += freed;
  }
  console.log(`veto, all held out: true rule findings vetoed ${tot.tv}/${tot.t}, false ones vetoed ${tot.fv}/${tot.f}, clean posts freed of health ${tot.cleanFreed}`);
}

/** Write the weight table trained and calibrated on every set. */
function build(m: Pruned, t: number, nPosts: number, nSets: number): void {
  const entries = [...m.weights].sort((a, b) => a[0] - b[0]);
  const file = `// Generated by scripts/health-learnt.ts (BUILD=1) from the detection dev sets: do not edit.
// The learnt health reader (health-learnt.ts): bias, threshold, and the ${entries.length} largest weights of a logistic
// regression over a candidate's hashed features (health-learnt-features.ts), keys in base 36, weights x1000.
export const HEALTH_LEARNT_BIAS = ${m.bias.toFixed(4)};
export const HEALTH_LEARNT_THRESHOLD = ${t.toFixed(6)};
export const HEALTH_LEARNT_KEYS = '${entries.map(([k]) => k.toString(36)).join(',')}';
export const HEALTH_LEARNT_WEIGHTS = '${entries.map(([, w]) => Math.round(w * 1000)).join(',')}';
`;
  writeFileSync(join(root, 'scripts/lib/health-learnt-weights.generated.ts'), file);
  console.log(`built: ${entries.length} weights, bias ${m.bias.toFixed(3)}, threshold ${t.toFixed(4)}, ${file.length} bytes; posts ${nPosts}, sets ${nSets}`);
}

void main();
