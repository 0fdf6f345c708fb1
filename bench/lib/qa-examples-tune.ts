/**
 * Dev-only sweep of the seed-example parameters (match weight, verdict coverage):
 * `SKIP_SEALED is implied` - this never reads the sealed set. `tsx bench/lib/qa-examples-tune.ts`.
 * Prints cite / verdict / not_covered recall / covered->not_covered per dev set and their mean.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPolicyIndex, type PolicyIndex, type PolicyIndexOptions } from '../../src/policy';
import { loadPolicyFile } from '../../src/app/load-policy-file';
import { evaluateAnswers, parseLabelledQuestions } from '../../src/policy/evaluate-answers';
import { loadLanguageResources, shippedIndexOptions } from '../../src/language/load-language-resources';
import { defaultCacheDir } from '../../src/language/cache-dir';
import { loadSentenceEncoder } from '../../src/language/sentence-encoder';
import { modalityOf } from '../../src/policy/clause-modality';

const root = join(__dirname, '..', '..');
const dev = ['blind-dev-questions', 'blind-dev3-questions', 'blind-dev4-questions', 'blind-dev5-questions', 'team-eval-questions', 'team-dev-questions'].map((n) => [n, parseLabelledQuestions(readFileSync(join(root, 'test', 'policy', 'dev', `${n}.jsonl`), 'utf8'))] as const);
const prohibiting = (t: string) => modalityOf(t).includes('prohibit');

async function main() {
  const doc = loadPolicyFile(join(root, 'policies', 'social-media-policy.txt'));
  const language = await loadLanguageResources(defaultCacheDir(root), [doc]);
  const full: PolicyIndexOptions = shippedIndexOptions(language);
  const encoder = await loadSentenceEncoder(defaultCacheDir(root), createPolicyIndex([doc], full).encoderTexts);
  const sims = new Map<string, Float32Array>();
  for (const [, qs] of dev) for (const q of qs) if (!sims.has(q.q)) sims.set(q.q, await encoder.similarities(q.q));
  const withEncoder = (ix: PolicyIndex): PolicyIndex => ({ ...ix, answer: (q) => (ix.needsSentenceEncoder(q) ? ix.answer(q, { sentenceSimilarity: sims.get(q)?.subarray(0, ix.encoderTexts.length) }) : ix.answer(q)) });
  const configs: Array<[string, PolicyIndexOptions]> = [
    ['without examples', { without: ['examples'] }],
    ['examples, not encoded', { encodeExamples: false }],
  ];
  for (const share of (process.env.SHARES ?? '').split(',').filter(Boolean).map(Number)) configs.push([`verdict share ${share}`, { exampleVerdictShare: share }]);
  for (const f of (process.env.FUSIONS ?? '').split(';').filter(Boolean)) {
    const [weight, depth, gate] = f.split(',');
    configs.push([`fusion ${f}`, { sentenceFusion: { mode: 'blend', weight: Number(weight), depth: Number(depth), gate: gate as 'unsure' | 'always' | 'close', closeRatio: 0.8 } }]);
  }
  for (const w of (process.env.WEIGHTS ?? '0.6,0.8,1').split(',').map(Number))
    for (const c of (process.env.COVERAGES ?? '0.7,0.8,0.9,2').split(',').map(Number)) configs.push([`weight ${w} verdict-coverage ${c}`, { exampleWeight: w, exampleVerdictCoverage: c }]);
  for (const [label, extra] of configs) {
    const ix = withEncoder(createPolicyIndex([doc], { ...full, ...extra }));
    const rows = dev.map(([, qs]) => evaluateAnswers(ix, qs, prohibiting));
    const mean = (f: (r: (typeof rows)[number]) => number) => (rows.reduce((s, r) => s + f(r), 0) / rows.length) * 100;
    const cells = rows.map((r, i) => `${dev[i][0].replace('-questions', '')} ${(100 * r.citeAccuracy).toFixed(1)}/${(100 * r.verdictAccuracy).toFixed(1)}/${(100 * r.notCoveredRecall).toFixed(0)}/${(100 * r.falseNotCoveredRate).toFixed(1)}/${r.allowedOnProhibiting}`);
    console.log(`${label.padEnd(36)} mean cite ${mean((r) => r.citeAccuracy).toFixed(1)} verdict ${mean((r) => r.verdictAccuracy).toFixed(1)} nc ${mean((r) => r.notCoveredRecall).toFixed(1)} | ${cells.join('  ')}`);
  }
}
void main();
