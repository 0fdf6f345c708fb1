/**
 * Dev-set tuning aid for the sentence encoder (DEV sets only, never the sealed set): the encoder as a
 * refusal fallback (as shipped before issue 11's second round) against the encoder fused into the ranking
 * (RRF or a score blend, always, when the lexical answer is unsure, or on a near tie), with clause texts read alone
 * or with their section heading. Similarities are cached in /tmp between runs.
 * `npx tsx scripts/qa-encoder-experiments.ts [extra-dev-set.jsonl ...] [--quick] [--none-grid [--both]]`
 * (`--none-grid`: thresholds of the not-covered examples' none class, out-of-scope-judge.ts; `--both` with answerBelow).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPolicyIndex, type PolicyIndex, type PolicyIndexOptions } from '../src/policy';
import { loadPolicyFile } from '../src/app/load-policy-file';
import { evaluateAnswers, parseLabelledQuestions, type LabelledQuestion } from '../src/policy/evaluate-answers';
import { modalityOf } from '../src/policy/clause-modality';
import { withContext } from '../src/policy/clause-context';
import { DEFAULT_SENTENCE_FUSION, type SentenceFusion } from '../src/policy/sentence-fusion';
import { DEFAULT_VERDICT_MODEL } from '../src/policy/verdict-model';
import { defaultCacheDir } from '../src/language/cache-dir';
import { loadLanguageResources } from '../src/language/load-language-resources';
import { loadSentenceEncoder } from '../src/language/sentence-encoder';
import { policyDevSetFiles } from './lib/policy-dev-sets';
import { encoderSimsFile } from './lib/encoder-sims-cache';

const root = join(__dirname, '..');
const setFiles = policyDevSetFiles(root, process.argv.slice(2).filter((a) => !a.startsWith('--')));
const quick = process.argv.includes('--quick');
const quickGrid = process.argv.includes('--blend-only');

(async () => {
  const doc = loadPolicyFile(join(root, 'policies', 'social-media-policy.txt'));
  const cacheDir = defaultCacheDir(root);
  const language = await loadLanguageResources(cacheDir, [doc]);
  const full: PolicyIndexOptions = { ...language, without: ['wordnet'] };
  const sets = setFiles.map((f) => ({ name: f.split('/').pop()!.replace('-questions.jsonl', ''), qs: parseLabelledQuestions(readFileSync(f, 'utf8')) }));
  const allQuestions = [...new Set(sets.flatMap((s) => s.qs.map((q) => q.q)))];

  const base = createPolicyIndex([doc], { ...full, without: ['wordnet', 'fusion'] });
  const entries = withContext([doc]);
  const textVariants: Record<string, string[]> = {
    clause: base.encoderTexts,
    'clause+heading': entries.map((e, i) => `${e.clause.sectionTitle}: ${base.encoderTexts[i]}`),
  };
  const sims: Record<string, Map<string, Float32Array>> = {};
  for (const [name, texts] of Object.entries(textVariants)) {
    // Keyed by what the encoder reads (a new examples file changes the texts, and stale vectors would not fit).
    const file = encoderSimsFile(name, texts);
    const cached: Record<string, number[]> = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
    const missing = allQuestions.filter((q) => !cached[q]);
    if (missing.length) {
      const encoder = await loadSentenceEncoder(cacheDir, texts);
      for (const q of missing) cached[q] = Array.from(await encoder.similarities(q));
      writeFileSync(file, JSON.stringify(cached));
    }
    sims[name] = new Map(Object.entries(cached).map(([q, v]) => [q, Float32Array.from(v)]));
  }

  const prohibiting = (t: string) => modalityOf(t).includes('prohibit');
  const withSims = (ix: PolicyIndex, m: Map<string, Float32Array>): PolicyIndex => ({
    ...ix,
    answer: (q) => (ix.needsSentenceEncoder(q) ? ix.answer(q, { sentenceSimilarity: m.get(q) }) : ix.answer(q)),
  });
  const row = (name: string, ix: PolicyIndex, m?: Map<string, Float32Array>) => {
    const scored = m ? withSims(ix, m) : ix;
    const cells = sets.map(({ qs }) => cell(evaluateAnswers(scored, qs, prohibiting), qs, ix));
    console.log(`${name.padEnd(44)} ${cells.join(' | ')}`);
  };
  console.log(`${'variant'.padEnd(44)} ${sets.map((s) => s.name.padEnd(30)).join(' | ')}`);
  console.log(`${''.padEnd(44)} ${sets.map(() => 'top / verdict / ncR / cov->nc [enc%]'.padEnd(30)).join(' | ')}`);
  row('lexical only', base);
  for (const t of Object.keys(textVariants)) row(`fallback only (${t})`, base, sims[t]);
  row('as shipped (encoder before a refusal)', createPolicyIndex([doc], full), sims.clause);
  row('with close-call fusion (off by default)', createPolicyIndex([doc], { ...full, sentenceFusion: DEFAULT_SENTENCE_FUSION }), sims.clause);
  row('as shipped without the clause classifier', createPolicyIndex([doc], { ...full, without: ['wordnet', 'classifier'] }), sims.clause);
  row('as shipped without not-covered examples', createPolicyIndex([doc], { ...full, without: ['wordnet', 'outOfScope'] }), sims.clause);
  row('as shipped without the learnt verdicts', createPolicyIndex([doc], { ...full, verdictModel: false }), sims.clause);
  if (process.argv.includes('--none-grid')) {
    if (!process.argv.includes('--both')) for (const abstainAt of [0.85, 0.9, 0.95]) {
      for (const encoderOverrides of [false, true]) {
        row(`none class abstainAt ${abstainAt}${encoderOverrides ? ' enc' : ''}`, createPolicyIndex([doc], { ...full, outOfScope: { abstainAt, encoderOverrides } }), sims.clause);
      }
    }
    for (const answerBelow of [0, 0.05, 0.1, 0.2]) row(`none class default, answerBelow ${answerBelow}`, createPolicyIndex([doc], { ...full, outOfScope: { answerBelow } }), sims.clause);
    for (const abstainAt of [0.8, 0.85, 0.9]) row(`none class answerBelow 0.1, abstainAt ${abstainAt}`, createPolicyIndex([doc], { ...full, outOfScope: { answerBelow: 0.1, abstainAt } }), sims.clause);
  }
  if (process.argv.includes('--verdicts')) {
    // Verdict-model variants the held-out-voice estimate (scripts/qa-verdict-oov.ts) ranked close: confirmation only.
    const d = DEFAULT_VERDICT_MODEL;
    row('verdicts scope info-allowed', createPolicyIndex([doc], { ...full, verdictModel: { ...d, scope: 'info-allowed' } }), sims.clause);
    row('verdicts lr 0.5 minP 0.5 (first default)', createPolicyIndex([doc], { ...full, verdictModel: { ...d, minProbability: 0.5, softmax: { ...d.softmax, lr: 0.5 } } }), sims.clause);
  }
  if (process.argv.includes('--fusion-grid')) {
    // The clause classifier's weight in the ranking (classifier-fusion.ts), dev confirmation of the out-of-voice choice.
    for (const weight of [0.6, 0.7, 0.8, 0.9]) row(`classifier blend ${weight}`, createPolicyIndex([doc], { ...full, clauseClassifier: { fusion: { mode: 'blend', weight } } }), sims.clause);
  }
  if (quick) return;
  const grid: [string, SentenceFusion][] = [];
  const gates: [string, Pick<SentenceFusion, 'gate' | 'closeRatio'>][] = [['unsure', { gate: 'unsure' }], ['always', { gate: 'always' }], ['close0.7', { gate: 'close', closeRatio: 0.7 }], ['close0.85', { gate: 'close', closeRatio: 0.85 }]];
  for (const [gname, gate] of gates) {
    if (!quickGrid) for (const k of [5, 10, 30]) for (const weight of [0.5, 1]) grid.push([`rrf k${k} w${weight} ${gname}`, { mode: 'rrf', k, weight, depth: 10, ...gate }]);
    for (const weight of [0.2, 0.35, 0.5]) for (const depth of [2, 3, 5]) grid.push([`blend w${weight} d${depth} ${gname}`, { mode: 'blend', weight, depth, ...gate }]);
  }
  for (const t of quickGrid ? ['clause'] : Object.keys(textVariants)) {
    for (const [name, fusion] of grid) row(`${name} (${t})`, createPolicyIndex([doc], { ...full, sentenceFusion: fusion }), sims[t]);
  }
})();

function cell(r: ReturnType<typeof evaluateAnswers>, qs: LabelledQuestion[], ix: PolicyIndex): string {
  const enc = qs.filter((q) => ix.needsSentenceEncoder(q.q)).length / qs.length;
  const p = (x: number) => (100 * x).toFixed(1);
  return `${p(r.citeAccuracy)} / ${p(r.verdictAccuracy)} / ${p(r.notCoveredRecall)} / ${p(r.falseNotCoveredRate)} [${p(enc)}]${r.allowedOnProhibiting ? ` !${r.allowedOnProhibiting}` : ''}`.padEnd(30);
}
