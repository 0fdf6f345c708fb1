/**
 * Leave-one-dev-set-out reading of the verdict (DEV sets only, never a sealed set): for covered questions whose top clause
 * is right (as shipped), how many get the verdict their label pairs with that clause, per dev set, for
 * - `shipped`: the verdict model as the bot trains it;
 * - `rules`: the rules alone (no learnt verdict);
 * - `loso`: the verdict model also trained on the OTHER dev sets' labelled questions (each fold leaves out the set it is
 *   read on), i.e. what adding labelled questions from many writers to what the model learns from would do to a set
 *   whose writers it has never seen.
 * Sentence similarities from the /tmp cache that scripts/qa-encoder-experiments.ts writes.
 * `npx tsx scripts/qa-verdict-loso.ts [--variants=shipped,rules,loso]`
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPolicyIndex, type PolicyIndex, type PolicyIndexOptions } from '../src/policy';
import type { ApprovedExample } from '../src/policy/types';
import { loadPolicyFile } from '../src/app/load-policy-file';
import { headerClauses } from '../src/policy/clause-context';
import { isCovered, parseLabelledQuestions, type LabelledQuestion } from '../src/policy/evaluate-answers';
import { modalityOf } from '../src/policy/clause-modality';
import type { SoftmaxWeights } from '../src/policy/sparse-softmax';
import { defaultCacheDir } from '../src/language/cache-dir';
import { loadLanguageResources } from '../src/language/load-language-resources';
import { DEFAULT_VERDICT_MODEL } from '../src/policy/verdict-model';
import { policyDevSetFiles } from './lib/policy-dev-sets';
import { readEncoderSims } from './lib/encoder-sims-cache';

const root = join(__dirname, '..');
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

async function main() {
  const files = policyDevSetFiles(root);
  const doc = loadPolicyFile(join(root, 'policies', 'social-media-policy.txt'));
  const language = await loadLanguageResources(defaultCacheDir(root), [doc]);
  const memory = new Map<string, SoftmaxWeights>();
  const classifierCache = { load: (k: string) => memory.get(k), save: (k: string, w: SoftmaxWeights) => void memory.set(k, w) };
  const base: PolicyIndexOptions = { ...language, without: ['wordnet'], classifierCache };
  const shipped = createPolicyIndex([doc], base);
  const sims = readEncoderSims(shipped.encoderTexts);
  const ask = (ix: PolicyIndex, q: string) => (ix.needsSentenceEncoder(q) && sims[q] ? ix.answer(q, { sentenceSimilarity: Float32Array.from(sims[q]) }) : ix.answer(q));
  const clauses = [...doc.clauses, ...headerClauses(doc)];
  const clauseOf = (cite: string) => clauses.find((c) => norm(c.text).includes(cite))?.id;
  const sets = files.map((f) => ({ name: f.split('/').pop()!.replace('-questions.jsonl', ''), qs: parseLabelledQuestions(readFileSync(f, 'utf8')).filter(isCovered) }));
  // The questions whose top clause is right as shipped, with the verdicts their label pairs with that clause.
  const targets = sets.map((s) =>
    s.qs.flatMap((q) => {
      const top = norm(ask(shipped, q.q).citations[0]?.text ?? '');
      const want = q.accept.filter((x) => x.cite !== null && top.includes(x.cite)).map((x) => x.verdict);
      return want.length ? [{ q: q.q, want }] : [];
    }),
  );
  const labelled = (qs: LabelledQuestion[]): ApprovedExample[] =>
    qs.flatMap((q) => {
      const a = q.accept.find((x) => x.cite !== null);
      const clauseId = a && clauseOf(a.cite!);
      return clauseId && a.verdict !== 'not_covered' ? [{ question: q.q, clauseId, verdict: a.verdict }] : [];
    });
  const score = (ix: PolicyIndex, k: number) => {
    let ok = 0;
    let bad = 0;
    for (const t of targets[k]) {
      const a = ask(ix, t.q);
      if (t.want.includes(a.verdict)) ok++;
      else if (a.verdict === 'allowed' && modalityOf(a.citations[0]?.text ?? '').includes('prohibit')) bad++;
    }
    return { ok, bad };
  };
  let rulesOnly: PolicyIndex | undefined;
  const built: Record<string, PolicyIndex> = {};
  const variants = (arg('variants') ?? 'shipped,rules,loso').split(',');
  const rows: Record<string, { ok: number; bad: number }[]> = {};
  for (const v of variants) {
    const started = performance.now();
    rows[v] = sets.map((_, k) => {
      if (v === 'shipped') return score(shipped, k);
      if (v === 'rules') return score((rulesOnly ??= createPolicyIndex([doc], { ...base, verdictModel: false })), k);
      if (v !== 'loso') return score((built[v] ??= createPolicyIndex([doc], { ...base, ...variant(v) })), k);
      const others = sets.filter((_, j) => j !== k).flatMap((s) => labelled(s.qs));
      return score(createPolicyIndex([doc], { ...base, verdictExamples: others }), k);
    });
    console.error(`${v}: ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  console.log(`${'set'.padEnd(14)} ${'n'.padStart(4)} ${variants.map((v) => v.padStart(9)).join(' ')}`);
  sets.forEach((s, k) => console.log(`${s.name.padEnd(14)} ${String(targets[k].length).padStart(4)} ${variants.map((v) => `${rows[v][k].ok}${rows[v][k].bad ? `!${rows[v][k].bad}` : ''}`.padStart(9)).join(' ')}`));
  const sum = (v: string) => rows[v].reduce((a, r) => a + r.ok, 0);
  console.log(`${'total'.padEnd(14)} ${String(targets.reduce((a, t) => a + t.length, 0)).padStart(4)} ${variants.map((v) => String(sum(v)).padStart(9)).join(' ')}`);
}

/** A named setting: `minp=0.5`, `words=0.5`, `rule=2`, `clause=0.5`, `epochs=20`, `lr=0.5`, `excov=2` (example verdicts off), `scope=info-allowed`. */
function variant(v: string): PolicyIndexOptions {
  const [name, value] = v.split('=');
  const d = DEFAULT_VERDICT_MODEL;
  const n = Number(value);
  if (name === 'excov') return { exampleVerdictCoverage: n };
  if (name === 'minp') return { verdictModel: { ...d, minProbability: n } };
  if (name === 'epochs' || name === 'lr' || name === 'l2') return { verdictModel: { ...d, softmax: { ...d.softmax, [name]: n } } };
  if (name === 'scope') return { verdictModel: { ...d, scope: value as 'all' } };
  if (name === 'words' || name === 'rule' || name === 'clause') return { verdictModel: { ...d, [name]: n } };
  throw new Error(`unknown variant ${v}`);
}

void main().then(() => process.exit(0));
