/**
 * Held-out estimate for the classifier's "none of the clauses" class (examples only; no dev or sealed question is
 * read). Folds: each voice of policies/social-media-policy.not-covered.jsonl (6) is held out together with a share of
 * the covered examples' voices (16, dealt round-robin, 2-3 per fold); the index is built with the other examples only
 * (search documents, classifier and none class) and asked the held-out questions, without the sentence encoder.
 * Reports, averaged over folds: not_covered recall on the held-out uncovered questions, covered -> not_covered and top
 * clause on the held-out covered ones, for the engine without the none class and for a grid of thresholds.
 * `--kind`: hold out each kind (work, adjacent, near_miss) instead of each voice.
 * `--unhedgeable`: thresholds for questions a hedged answer would not answer (hedge-would-not-answer.ts), and the lean refusal's.
 * `npx tsx scripts/qa-not-covered-oov.ts [--kind] [--grid] [--unhedgeable]`
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPolicyFile } from '../src/app/load-policy-file';
import { createPolicyIndex, parseOutOfScopeExamples, type PolicyDocument, type PolicyIndexOptions } from '../src/policy';
import { readSeedExamples } from '../src/policy/seed-examples';
import { defaultCacheDir } from '../src/language/cache-dir';
import { loadLanguageResources } from '../src/language/load-language-resources';
import { DEFAULT_OUT_OF_SCOPE, type OutOfScopeOptions } from '../src/policy/out-of-scope-judge';
import { writeFileSync } from 'node:fs';
import { withContext } from '../src/policy/clause-context';
import { DEFAULT_CLASSIFIER, trainClauseClassifier } from '../src/policy/clause-classifier';
import { createFeaturizer } from '../src/policy/hashed-features';
import { trainSoftmax } from '../src/policy/sparse-softmax';

const root = join(__dirname, '..');

interface Fold {
  name: string;
  doc: PolicyDocument;
  covered: { q: string; clauseId: string }[];
  uncovered: { q: string; kind: string }[];
}

function folds(doc: PolicyDocument, byKind: boolean): Fold[] {
  const covLines = readFileSync(join(root, 'policies', 'social-media-policy.examples.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  const ncLines = readFileSync(join(root, 'policies', 'social-media-policy.not-covered.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
  const nc = ncLines.map((l) => JSON.parse(l) as { q: string; voice: string; kind: string });
  const groups = [...new Set(nc.map((r) => (byKind ? r.kind : r.voice)))].sort();
  const covVoices = [...new Set(covLines.map((l) => JSON.parse(l).voice as string))].sort();
  const foldOfVoice = new Map(covVoices.map((v, i) => [v, i % groups.length]));
  const read = (lines: string[]) => readSeedExamples(lines.join('\n'), doc).examples;
  return groups.map((g, i) => {
    const held = (l: string) => foldOfVoice.get(JSON.parse(l).voice) === i;
    const trainCov = read(covLines.filter((l) => !held(l)));
    const trainNc = ncLines.filter((l, j) => (byKind ? nc[j].kind : nc[j].voice) !== g);
    return {
      name: g,
      doc: { ...doc, examples: trainCov, outOfScope: parseOutOfScopeExamples(trainNc.join('\n'), 'train') },
      covered: read(covLines.filter(held)).map((e) => ({ q: e.question, clauseId: e.clauseId })),
      uncovered: nc.filter((r) => (byKind ? r.kind : r.voice) === g).map((r) => ({ q: r.q, kind: r.kind })),
    };
  });
}

(async () => {
  const byKind = process.argv.includes('--kind');
  const doc = loadPolicyFile(join(root, 'policies', 'social-media-policy.txt'));
  const language = await loadLanguageResources(defaultCacheDir(root), [doc]);
  const base: PolicyIndexOptions = { ...language, without: ['wordnet', 'sentence'] };
  const fs = folds(doc, byKind);
  const evaluate = (name: string, options: PolicyIndexOptions) => {
    let recall = 0;
    let wrong = 0;
    let top = 0;
    const per: string[] = [];
    const kinds = new Map<string, [number, number]>();
    for (const f of fs) {
      const index = createPolicyIndex([f.doc], options);
      let r = 0;
      for (const u of f.uncovered) {
        const refused = index.answer(u.q).verdict === 'not_covered';
        if (refused) r++;
        const k = kinds.get(u.kind) ?? [0, 0];
        kinds.set(u.kind, [k[0] + (refused ? 1 : 0), k[1] + 1]);
      }
      let w = 0;
      let t = 0;
      for (const c of f.covered) {
        const a = index.answer(c.q);
        if (a.verdict === 'not_covered') w++;
        if (a.citations[0]?.clauseId === c.clauseId) t++;
      }
      recall += r / f.uncovered.length;
      wrong += w / f.covered.length;
      top += t / f.covered.length;
      per.push(`${f.name} ${((100 * r) / f.uncovered.length).toFixed(0)}/${((100 * w) / f.covered.length).toFixed(1)}`);
    }
    const p = (x: number) => ((100 * x) / fs.length).toFixed(1);
    const k = [...kinds].map(([kind, [n, d]]) => `${kind} ${((100 * n) / d).toFixed(0)}`).join(' ');
    console.log(`${name.padEnd(36)} ncR ${p(recall)}  cov->nc ${p(wrong)}  top ${p(top)}  [${k}]  [${per.join(', ')}]`);
  };
  if (process.argv.includes('--dump')) return dump(fs, base);
  if (!process.argv.includes('--unhedgeable')) evaluate('without none class', { ...base, outOfScope: false });
  evaluate('none class, default', base);
  evaluate('none class, unhedgeable rule off', { ...base, outOfScope: { ...DEFAULT_OUT_OF_SCOPE, unhedgeableAt: Infinity } });
  evaluate('none class, lean refusal off', { ...base, outOfScope: { ...DEFAULT_OUT_OF_SCOPE, leanRefuseAt: Infinity } });
  if (process.argv.includes('--unhedgeable')) for (const leanRefuseAt of [0.85, 0.95]) evaluate(`leanRefuseAt ${leanRefuseAt}`, { ...base, outOfScope: { ...DEFAULT_OUT_OF_SCOPE, leanRefuseAt } });
  if (process.argv.includes('--unhedgeable')) for (const unhedgeableAt of [0.3, 0.7]) evaluate(`unhedgeableAt ${unhedgeableAt}`, { ...base, outOfScope: { ...DEFAULT_OUT_OF_SCOPE, unhedgeableAt } });
  if (!process.argv.includes('--grid')) return;
  const grid: [string, Partial<OutOfScopeOptions>][] = [];
  for (const abstainAt of process.argv.includes('--both') ? [] : [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]) grid.push([`abstainAt ${abstainAt}`, { ...DEFAULT_OUT_OF_SCOPE, abstainAt }]);
  for (const answerBelow of [0, 0.05, 0.1, 0.2]) grid.push([`default, answerBelow ${answerBelow}`, { ...DEFAULT_OUT_OF_SCOPE, answerBelow }]);
  for (const abstainAt of [0.8, 0.85, 0.9]) grid.push([`answerBelow 0.1, abstainAt ${abstainAt}`, { ...DEFAULT_OUT_OF_SCOPE, answerBelow: 0.1, abstainAt }]);
  for (const [name, outOfScope] of grid) evaluate(name, { ...base, outOfScope });
})();

/** `--dump`: per held-out question, the lexical answer (none class never deciding) and the classifier's p(none) and best clause p, for rules swept offline. */
function dump(fs: Fold[], base: PolicyIndexOptions): void {
  const rows: unknown[] = [];
  const entries = withContext([fs[0].doc]);
  const indexOf = new Map(entries.map((e, i) => [e.clause.id, i]));
  for (const f of fs) {
    const index = createPolicyIndex([f.doc], { ...base, outOfScope: { abstainAt: 2, answerBelow: 0, hedgeAt: 2 } });
    const labelled = (f.doc.examples ?? []).map((e) => ({ text: e.question, entryIndex: indexOf.get(e.clauseId)! }));
    const clf = trainClauseClassifier(entries, labelled, DEFAULT_CLASSIFIER, base.wordVectors, base.classifierCache, f.doc.outOfScope, Number(process.env.NONE_WEIGHT ?? 1));
    // A separate binary model (covered vs not), same features, for comparison with the none class.
    const featurize = createFeaturizer(DEFAULT_CLASSIFIER.features, base.wordVectors);
    const nNc = f.doc.outOfScope!.length;
    const binData = [
      ...labelled.map((l) => ({ x: featurize(l.text), label: 0, weight: 1 })),
      ...entries.map((e) => ({ x: featurize(e.clause.text), label: 0, weight: 1 })),
      ...f.doc.outOfScope!.map((q) => ({ x: featurize(q), label: 1, weight: (labelled.length + entries.length) / nNc })),
    ];
    const bin = trainSoftmax(binData, 2, DEFAULT_CLASSIFIER.softmax);
    const row = (q: string, covered: boolean, clauseId?: string) => {
      const a = index.answer(q);
      const p = clf.probabilities(q);
      rows.push({ fold: f.name, covered, lexNc: a.verdict === 'not_covered', conf: a.confidence, top: a.citations[0]?.clauseId === clauseId, pNone: clf.noneProbability(q), pMax: Math.max(...p), pBin: bin.probabilities(featurize(q))[1] });
    };
    for (const u of f.uncovered) row(u.q, false);
    for (const c of f.covered) row(c.q, true, c.clauseId);
  }
  writeFileSync(`/tmp/nc-oov-dump${process.env.NONE_WEIGHT ?? ''}.json`, JSON.stringify(rows));
}
