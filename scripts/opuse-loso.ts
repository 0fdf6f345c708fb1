/**
 * Dev only (fifteenth session, branch opml15): does a small learnt operational_use scorer generalise across
 * writers better than the rules? `npx tsx scripts/opuse-loso.ts [config ...]`
 *
 * Leave-one-dev-set-out over the sets that label operational_use (a set with no operational_use label says
 * nothing about the type and is left out). Post level: a post is op-use when it carries an operational_use
 * label; the rules flag a post when scan() returns an operational_use finding anywhere in it.
 * For each held-out set: the rules alone; the model alone (threshold chosen inside the training folds so its
 * false flags on the training sets' non-op posts do not exceed the rules'); and rules OR model, threshold chosen
 * inside the training folds (inner leave-one-set-out) as the lowest at which the model adds at most BUDGET
 * flags on the training sets' non-op posts that the rules did not flag. Extra clean-only check: dev 26 clean
 * and the clean posts of every set that does not label the type, scored by a model trained on all labelled sets.
 * Configs: sig (detector signals), ng (hashed word uni/bigrams), wv (word-vector mean); joined with '+'.
 * Env: ENGINE_ROOT (a directory holding an older src/, e.g. from `git archive`, whose rules and signals are read),
 * GROUP=<regex> (sets held out together), HELD=<regex> (only these folds), TRAIN_SKIP=<regex> (never trained on),
 * GATE=1|2 (model counts only where the rules read an ask | an ask or a target), BUDGETS, SEED, EPOCHS, L2, LR, SHOW=1.
 * Results and reading: docs/detection.md, "Fifteenth session: a learnt operational-use scorer".
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelledPost } from '../src/detection/evaluation';
import { loadWordVectorTable } from '../src/language/word-vector-table';
import { defaultCacheDir } from '../src/language/cache-dir';
import { SIGNAL_NAMES, loadEngine, dimension, featurize, predict, train, type FeatureOptions, type Sparse, type TrainOptions } from './lib/opuse-model';

const root = join(__dirname, '..');
const BUDGETS = (process.env.BUDGETS ?? '0,3').split(',').map(Number);
const TRAIN: TrainOptions = { epochs: Number(process.env.EPOCHS ?? 12), l2: Number(process.env.L2 ?? 1e-5), lr: Number(process.env.LR ?? 0.2), posWeight: 1, seed: Number(process.env.SEED ?? 7) };

interface Post { set: string; text: string; gold: boolean; clean: boolean; rule: boolean; ask: boolean }

function load(file: string): LabelledPost[] {
  return readFileSync(join(root, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as LabelledPost);
}

const files = [
  ...readdirSync(join(root, 'test/detection/operational')).filter((f) => /^dev\d*\.jsonl$/.test(f)).map((f) => `test/detection/operational/${f}`),
  ...readdirSync(join(root, 'test/fixtures')).filter((f) => /^detect-dev.*\.jsonl$/.test(f)).map((f) => `test/fixtures/${f}`),
].filter((f) => !/sealed|out-of-sample/.test(f));

const labelled: Post[] = [];
const extraClean: Post[] = [];
const sets: string[] = [];
const SKIP = process.env.TRAIN_SKIP ? new RegExp(process.env.TRAIN_SKIP) : null;
// GATE=1: the model counts only where the rules read an ask (request strong or weak); GATE=2: an ask or a target
// (an incident, the duty structure, a resource).
const GATE = process.env.GATE ?? '';
function gate(s: { request: unknown; incident: boolean; onCall: boolean; resource: boolean }): boolean {
  if (GATE === '1') return s.request !== null;
  if (GATE === '2') return s.request !== null || s.incident || s.onCall || s.resource;
  return true;
}
const ONLY = process.env.HELD ? new RegExp(process.env.HELD) : null;

async function main(): Promise<void> {
const engine = await loadEngine(process.env.ENGINE_ROOT ?? root);
for (const f of files) {
  const posts = load(f);
  const labels = posts.some((p) => p.expect.some((e) => e.type === 'operational_use'));
  const base = f.replace(/.*\//, '').replace(/\.jsonl$/, '').replace(/^detect-/, '');
  // GROUP=<regex>: the sets it matches are one set (one writer's sets held out together).
  const name = process.env.GROUP && new RegExp(process.env.GROUP).test(base) ? `group(${process.env.GROUP})` : base;
  if (labels && !sets.includes(name)) sets.push(name);
  for (const p of posts) {
    const post: Post = { set: name, text: p.text, gold: p.expect.some((e) => e.type === 'operational_use'), clean: p.expect.length === 0, rule: engine.scan({ text: p.text }).some((x) => x.type === 'operational_use'), ask: gate(engine.operationalSignals(p.text.toLowerCase())) };
    if (labels) labelled.push(post);
    else if (post.clean) extraClean.push(post);
  }
}
  const configs = process.argv.slice(2).length ? process.argv.slice(2) : ['sig', 'sig+ng', 'sig+wv', 'sig+ng+wv', 'ng+wv'];
  const vectors = configs.some((c) => c.includes('wv')) ? await loadWordVectorTable({ cacheDir: defaultCacheDir(root) }) : undefined;
  const names = new Map(SIGNAL_NAMES(engine).map((n, i) => [n, i] as [string, number]));
  console.log(`labelled sets (${sets.length}): ${sets.join(' ')}; posts ${labelled.length}, op-use ${labelled.filter((p) => p.gold).length}, clean ${labelled.filter((p) => p.clean).length}; extra clean ${extraClean.length}`);
  for (const cfg of configs) {
    const parts = cfg.split('+');
    const o: FeatureOptions = { engine, signals: parts.includes('sig'), ngrams: parts.includes('ng'), vectors: parts.includes('wv') ? vectors : undefined, hashBits: 16 };
    const dim = dimension(o, names);
    const X = labelled.map((p) => featurize(p.text, p.rule, o, names));
    const Xe = extraClean.map((p) => featurize(p.text, p.rule, o, names));
    const Y = labelled.map((p) => (p.gold ? 1 : 0));
    const fit = (rows: number[]): Float32Array => train(rows.map((i) => X[i]), rows.map((i) => Y[i]), dim, TRAIN);
    const bySet = new Map(sets.map((s) => [s, labelled.map((p, i) => (p.set === s ? i : -1)).filter((i) => i >= 0)]));
    /** Out-of-fold scores over `inSets` (leave one set out inside them). */
    const oof = (inSets: string[]): Map<number, number> => {
      const out = new Map<number, number>();
      for (const s of inSets) {
        const w = fit(inSets.filter((t) => t !== s).flatMap((t) => bySet.get(t)!));
        for (const i of bySet.get(s)!) out.set(i, labelled[i].ask ? predict(w, X[i]) : 0);
      }
      return out;
    };
    const rows: string[] = [];
    const tot = { n: 0, rule: 0, model: 0, combo: BUDGETS.map(() => 0), cl: 0, clRule: 0, clModel: 0, clCombo: BUDGETS.map(() => 0), neg: 0, negRule: 0, negCombo: BUDGETS.map(() => 0) };
    let bar = BUDGETS.map(() => true);
    for (const held of sets) {
      if (ONLY && !ONLY.test(held)) continue;
      // TRAIN_SKIP=<regex>: sets never trained on (a chronological read: only the sets written before the held-out one).
      const trainSets = sets.filter((s) => s !== held && !(SKIP && SKIP.test(s)));
      const inner = oof(trainSets);
      const { comboT, modelT } = thresholds(inner);
      const w = fit(trainSets.flatMap((t) => bySet.get(t)!));
      const idx = bySet.get(held)!;
      const sc = idx.map((i) => (labelled[i].ask ? predict(w, X[i]) : 0));
      const P = idx.map((i) => labelled[i]);
      const c = (f: (p: Post, s: number) => boolean, g: (p: Post) => boolean): number => P.filter((p, k) => g(p) && f(p, sc[k])).length;
      const gold = (p: Post): boolean => p.gold;
      const clean = (p: Post): boolean => p.clean;
      const neg = (p: Post): boolean => !p.gold;
      const n = P.filter(gold).length, cl = P.filter(clean).length;
      const r = c((p) => p.rule, gold), m = c((_, s) => s >= modelT, gold);
      const cr = c((p) => p.rule, clean), cm = c((_, s) => s >= modelT, clean);
      const nr = c((p) => p.rule, neg);
      const combo = comboT.map((t) => [c((p, s) => p.rule || s >= t, gold), c((p, s) => p.rule || s >= t, clean), c((p, s) => p.rule || s >= t, neg)]);
      combo.forEach(([g, cc], b) => { if (cc > cr) bar[b] = false; });
      if (process.env.SHOW) P.forEach((p, k) => { if (!p.rule && sc[k] >= comboT[0]) console.log(`  ${p.gold ? 'ADDED' : p.clean ? 'CLEAN-FP' : 'NONOP-FP'} ${sc[k].toFixed(2)} ${p.text.slice(0, 160).replace(/\n/g, ' ')}`); });
      rows.push(`| ${held} | ${r}/${n} | ${cr}/${cl} (${nr}) | ${m}/${n} | ${cm}/${cl} | ${combo.map(([g, cc, nn]) => `${g}/${n} | ${cc}/${cl} (${nn})`).join(' | ')} |`);
      tot.n += n; tot.rule += r; tot.model += m; tot.cl += cl; tot.clRule += cr; tot.clModel += cm; tot.neg += P.filter(neg).length; tot.negRule += nr;
      combo.forEach(([g, cc, nn], b) => { tot.combo[b] += g; tot.clCombo[b] += cc; tot.negCombo[b] += nn; });
    }
    // Extra clean-only check: a model on all labelled sets, thresholds from the all-set out-of-fold scores.
    const all = oof(sets);
    const { comboT, modelT } = thresholds(all);
    const w = fit(labelled.map((_, i) => i));
    const se = Xe.map((x, k) => (extraClean[k].ask ? predict(w, x) : 0));
    const ex = (s: string | null) => extraClean.map((p, k) => [p, se[k]] as const).filter(([p]) => (s ? p.set === s : p.set !== 'dev26-clean'));
    const extra = (s: string | null): string => {
      const e = ex(s);
      if (process.env.SHOW) e.forEach(([p, v]) => { if (!p.rule && v >= comboT[0]) console.log(`  EXTRA-CLEAN-FP ${p.set} ${v.toFixed(2)} ${p.text.slice(0, 160).replace(/\n/g, ' ')}`); });
      const rr = e.filter(([p]) => p.rule).length;
      comboT.forEach((t, b) => { if (e.filter(([p, v]) => p.rule || v >= t).length > rr) bar[b] = false; });
      return `rules ${rr}/${e.length}, model ${e.filter(([, v]) => v >= modelT).length}, combo ${comboT.map((t) => e.filter(([p, v]) => p.rule || v >= t).length).join(' / ')}`;
    };
    console.log(`\n### ${cfg}  (combo budgets ${BUDGETS.join(', ')} extra non-op flags in training folds)`);
    console.log(`| held-out set | rules op | rules clean (non-op) | model op | model clean | ${BUDGETS.map((b) => `rules OR model (b=${b}) op | clean (non-op)`).join(' | ')} |`);
    for (const r of rows) console.log(r);
    console.log(`| TOTAL | ${tot.rule}/${tot.n} | ${tot.clRule}/${tot.cl} (${tot.negRule}/${tot.neg}) | ${tot.model}/${tot.n} | ${tot.clModel}/${tot.cl} | ${BUDGETS.map((_, b) => `${tot.combo[b]}/${tot.n} | ${tot.clCombo[b]}/${tot.cl} (${tot.negCombo[b]}/${tot.neg})`).join(' | ')} |`);
    console.log(`dev26-clean: ${extra('dev26-clean')}; other sets' clean posts: ${extra(null)}`);
    console.log(`bar (recall up, no held-out set's clean flags up): ${BUDGETS.map((b, i) => `b=${b}: ${bar[i] && tot.combo[i] > tot.rule ? 'CLEARS' : 'fails'}`).join(', ')}`);
  }
}

/** Thresholds from out-of-fold scores: per budget, the lowest at which the model adds at most that many non-op flags to the rules'; and the model's own at the rules' non-op flag count. */
function thresholds(scores: Map<number, number>): { comboT: number[]; modelT: number } {
  const negs = [...scores].filter(([i]) => !labelled[i].gold);
  const added = negs.filter(([i]) => !labelled[i].rule).map(([, s]) => s).sort((a, b) => b - a);
  const comboT = BUDGETS.map((b) => (b < added.length ? added[b] + 1e-9 : 0.5));
  const ruleNeg = negs.filter(([i]) => labelled[i].rule).length;
  const all = negs.map(([, s]) => s).sort((a, b) => b - a);
  return { comboT: comboT.map((t) => Math.max(t, 0.05)), modelT: Math.max(0.05, all[ruleNeg] + 1e-9) };
}

void main();
