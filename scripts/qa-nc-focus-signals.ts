/**
 * Dev-set aid (DEV sets only), sixteenth session (docs/policy-answers.md, branch `nc16`): does "the thing the question is
 * about has no counterpart in any clause" separate uncovered questions the bot answers from covered ones it answers?
 * Three readings, each scored as AUC (uncovered vs covered among the questions answered as the bot answers them), over
 * all answers and by p(none) band:
 * 1. focus: for a question asking whether the policy addresses X ("is there a policy on X", "does the policy cover X"),
 *    the sentence encoder's best cosine of X alone to a clause (lower = no counterpart), and its words' standing
 *    (a policy stem, a WordNet link to a policy word, else the best word-vector cosine to one), listed;
 * 2. crux word: the highest "uncovered" log-odds among the question's content words, each word's odds counted in the
 *    not-covered examples against the covered examples and clauses, an unseen word's borrowed from its 5 nearest
 *    counted words in the word-vector table (one crux word, not the sum the none class learns);
 * 3. calibrated clause cosine: the question's encoder cosine to the clause it is answered with, as a z-score against the
 *    cosines of that clause's own example questions (a clause that is always asked about in other words is not held
 *    against the question).
 * Needs a dump from `QA_NC_DUMP=/tmp/x npx tsx scripts/qa-nc-dump.ts` (its cosines); answers as the bot gives them are
 * computed here.   QA_NC_DUMP=/tmp/x npx tsx scripts/qa-nc-focus-signals.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { askWithEncoder } from '../src/app/live-policy-index';
import { defaultCacheDir } from '../src/language/cache-dir';
import { sentenceVectorFile } from '../src/language/sentence-encoder';
import { readVectorFile } from '../src/language/vector-file';
import { createPolicyIndex } from '../src/policy';
import { asksWhetherPolicyAddresses } from '../src/policy/hedge-would-not-answer';
import { STOP_WORDS, normaliseWords, stem } from '../src/policy/tokenise';
import { cosine } from '../src/policy/word-vectors';
import { encoderFor, loadBundledPolicy } from './lib/bundled-policy';

const root = join(__dirname, '..');
const dumpFile = process.env.QA_NC_DUMP ?? '/tmp/qa-nc-dump';

interface Row { q: string; uncovered: boolean; answered: boolean; pNone: number; cite?: string; index: number }

const FOCUS = [
  /\b(?:policy|policies|guidance|guide|guidelines|rule|rules|line|position|provision|standard|requirement|anything|something)\s+(?:here\s+|in (?:the|this) policy\s+)?(?:on|about|regarding|around|covering|concerning|re:?)\s+([^?.!;]+)/i,
  /\b(?:cover|covers|mention|mentions|address|addresses)\s+([^?.!;]+)/i,
];
const focusOf = (q: string) => FOCUS.map((p) => q.replace(/\s+/g, ' ').match(p)?.[1]?.trim()).find(Boolean);

function auc(rows: Row[], score: (r: Row) => number): string {
  const pos = rows.filter((r) => r.uncovered).map(score).filter(Number.isFinite);
  const neg = rows.filter((r) => !r.uncovered).map(score).filter(Number.isFinite);
  let s = 0;
  for (const a of pos) for (const b of neg) s += a > b ? 1 : a === b ? 0.5 : 0;
  return `${(s / (pos.length * neg.length)).toFixed(3)} (${pos.length} uncovered / ${neg.length} covered)`;
}

function report(name: string, rows: Row[], score: (r: Row) => number) {
  console.log(`${name}: all ${auc(rows, score)}`);
  for (const [lo, hi] of [[0, 0.2], [0.2, 0.5], [0.5, 1.01]]) console.log(`  p(none) ${lo}-${hi}: ${auc(rows.filter((r) => r.pNone >= lo && r.pNone < hi), score)}`);
}

async function main() {
  const { doc, base, language } = await loadBundledPolicy(root);
  const index = createPolicyIndex([doc], base);
  const encoder = await encoderFor(root, index);
  const dump = JSON.parse(readFileSync(`${dumpFile}.json`, 'utf8'));
  const buf = readFileSync(`${dumpFile}.f32`);
  const sims = new Float32Array(buf.buffer, buf.byteOffset, buf.byteLength / 4);
  const n: number = dump.n;
  const rows: Row[] = [];
  for (const [i, r] of (dump.rows as { q: string; uncovered: boolean }[]).entries()) {
    const a = await askWithEncoder(index, encoder, r.q);
    rows.push({ q: r.q, uncovered: r.uncovered, answered: a.verdict !== 'not_covered', pNone: index.abstentionSignals!(r.q).pNone ?? 0, cite: a.citations[0]?.clauseId, index: i });
  }
  const answered = rows.filter((r) => r.answered);
  console.log(`${rows.length} dev questions, ${answered.length} answered (${answered.filter((r) => r.uncovered).length} of them uncovered)`);

  // 1. The focus of "does the policy address X".
  const wv = language.wordVectors!;
  const policyWords = [...new Set([...doc.clauses.map((c) => c.text), ...doc.sections.map((s) => s.title)].flatMap(normaliseWords).filter((w) => !STOP_WORDS.has(w) && w.length > 2))];
  const policyStems = new Set(policyWords.map(stem));
  const policyVecs = policyWords.map((w) => wv.vector(w)).filter((v): v is Float32Array => v !== undefined);
  const standing = (w: string) => {
    if (policyStems.has(stem(w))) return 'policy';
    if (language.wordRelations?.(stem(w)).length) return 'wordnet';
    const v = wv.vector(w);
    return v ? Math.max(...policyVecs.map((u) => cosine(u, v))).toFixed(2) : 'unknown';
  };
  const focusScore = new Map<number, number>();
  for (const r of answered) {
    const x = asksWhetherPolicyAddresses(r.q) ? focusOf(r.q) : undefined;
    if (!x) continue;
    const s = await encoder.similarities(x, dump.entries);
    focusScore.set(r.index, -Math.max(...s));
    const words = normaliseWords(x).filter((w) => !STOP_WORDS.has(w)).map((w) => `${w}=${standing(w)}`).join(' ');
    console.log(`  ${r.uncovered ? 'NC' : 'cv'} p ${r.pNone.toFixed(2)} focus-to-clause ${Math.max(...s).toFixed(2)} [${x}] ${words}`);
  }
  report('1. focus of "does the policy address X", minus its best clause cosine', answered.filter((r) => focusScore.has(r.index)), (r) => focusScore.get(r.index)!);

  // 2. The crux word.
  const words = (t: string) => [...new Set(normaliseWords(t).filter((w) => !STOP_WORDS.has(w) && w.length > 2 && !/\d/.test(w)))];
  const count = (texts: string[]) => { const m = new Map<string, number>(); for (const t of texts) for (const w of words(t)) m.set(w, (m.get(w) ?? 0) + 1); return m; };
  const covered = count([...(doc.examples ?? []).map((e) => e.question), ...doc.clauses.map((c) => c.text)]);
  const uncovered = count(doc.outOfScope ?? []);
  const nC = (doc.examples?.length ?? 0) + doc.clauses.length, nU = doc.outOfScope?.length ?? 1;
  const odds = (w: string) => Math.log(((uncovered.get(w) ?? 0) + 0.5) / nU) - Math.log(((covered.get(w) ?? 0) + 0.5) / nC);
  const seen = (w: string) => (covered.get(w) ?? 0) + (uncovered.get(w) ?? 0);
  const table = [...new Set([...covered.keys(), ...uncovered.keys()])].filter((w) => seen(w) >= 2).map((w) => ({ v: wv.vector(w), s: odds(w) })).filter((x) => x.v);
  const memo = new Map<string, number>();
  const wordOdds = (w: string) => {
    if (seen(w) >= 3) return odds(w);
    const v = wv.vector(w);
    if (!v) return NaN;
    const near = table.map((x) => ({ c: Math.max(0, cosine(x.v!, v)), s: x.s })).sort((a, b) => b.c - a.c).slice(0, 5);
    const total = near.reduce((a, b) => a + b.c, 0);
    return total > 0 ? near.reduce((a, b) => a + b.c * b.s, 0) / total : 0;
  };
  const crux = (q: string) => Math.max(-Infinity, ...words(q).map((w) => memo.get(w) ?? memo.set(w, wordOdds(w)).get(w)!).filter(Number.isFinite));
  report('2. crux word: the highest uncovered log-odds among the question\'s words', answered, (r) => crux(r.q));

  // 3. The clause cosine, calibrated on the clause's own example questions.
  const vecs = readVectorFile(sentenceVectorFile(defaultCacheDir(root), index.encoderTexts), index.encoderTexts.length);
  if (!vecs) throw new Error('no cached encoder vectors for these texts: run the bot or scripts/qa-nc-dump.ts first');
  const texts: string[] = dump.texts;
  const entryOf = new Map(doc.clauses.map((c) => [c.id, texts.slice(0, dump.entries).findIndex((t) => t.includes(c.text))] as const));
  const byEntry = new Map<number, number[]>();
  for (let i = dump.entries; i < dump.uncoveredFrom; i++) {
    const j = entryOf.get(dump.owners[texts[i]]);
    if (j !== undefined && j >= 0) (byEntry.get(j) ?? byEntry.set(j, []).get(j)!).push(cosine(vecs[i], vecs[j]));
  }
  const z = (r: Row) => {
    const j = r.cite === undefined ? undefined : entryOf.get(r.cite);
    const xs = j === undefined ? undefined : byEntry.get(j);
    if (j === undefined || !xs?.length) return NaN;
    const mu = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mu) ** 2, 0) / xs.length) || 0.05;
    return -(sims[r.index * n + j] - mu) / sd;
  };
  report('3. the cited clause\'s cosine below its own examples\' (z-score, negated)', answered, z);
  report('   p(none) itself, for scale', answered, (r) => r.pNone);
}

void main().then(() => process.exit(0));
