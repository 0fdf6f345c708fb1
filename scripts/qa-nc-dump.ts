/**
 * Dev-set aid (DEV sets only, via policyDevSetFiles), thirteenth session: every dev question answered as the bot answers,
 * with what the refusal decision read and the sentence encoder's cosines to every encoder text, written to
 * /tmp/qa-nc-dump.json (rows) and /tmp/qa-nc-dump.f32 (cosines, one row of `encoderTexts.length` per question), so that
 * near-miss cues can be tried offline without re-running the encoder (scripts/qa-nc-loso.ts). Answers are those of the
 * check without its lower band (`exampleLeanAt` off), so the band's questions are read as the check would find them.
 * `verdictOff` / `confidenceOff`: the answer with the check off (branch nc13b, for scripts/qa-nc-loso-settings.ts).
 * `encoderOff` / `encoderAll`: whether the encoder runs for the question with the check off / with the check wanted at
 * any p(none) (so the encoder's share under a bound is `encoderOff || (encoderAll && pNone >= bound)`).
 * QA_NC_DUMP=/tmp/x writes /tmp/x.json and /tmp/x.f32 instead (helpers share /tmp).
 *   npx tsx scripts/qa-nc-dump.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { askWithEncoder } from '../src/app/live-policy-index';
import { createPolicyIndex } from '../src/policy';
import { isCovered, parseLabelledQuestions } from '../src/policy/evaluate-answers';
import { asksForProcedure, asksWhetherPolicyAddresses } from '../src/policy/hedge-would-not-answer';
import { questionIntent } from '../src/policy/question-intent';
import { encoderFor, loadBundledPolicy } from './lib/bundled-policy';
import { policyDevSetFiles } from './lib/policy-dev-sets';

const root = join(__dirname, '..');

async function main() {
  const { doc, base } = await loadBundledPolicy(root);
  const index = createPolicyIndex([doc], { ...base, nearestExample: { exampleLeanAt: Infinity, neighbourhoodLeanAt: Infinity } });
  const checkOff = createPolicyIndex([doc], { ...base, nearestExample: false });
  const checkAll = createPolicyIndex([doc], { ...base, nearestExample: { leanAt: 0, exampleLeanAt: 0 } });
  const out = process.env.QA_NC_DUMP ?? '/tmp/qa-nc-dump';
  const encoder = await encoderFor(root, index);
  const n = index.encoderTexts.length;
  const rows: unknown[] = [];
  const vecs: Float32Array[] = [];
  for (const f of policyDevSetFiles(root)) {
    const set = f.split('/').pop()!.replace('-questions.jsonl', '');
    for (const q of parseLabelledQuestions(readFileSync(f, 'utf8'))) {
      const sims = await encoder.similarities(q.q, n);
      vecs.push(Float32Array.from(sims));
      const a = await askWithEncoder(index, encoder, q.q);
      const o = await askWithEncoder(checkOff, encoder, q.q);
      const s = index.abstentionSignals!(q.q);
      const trace = index.rankingTrace!(q.q).slice(0, 3);
      rows.push({ set, pNone: s.pNone, q: q.q, uncovered: !isCovered(q), accept: q.accept, verdict: a.verdict, confidence: a.confidence, cite: a.citations[0]?.clauseId, citeText: a.citations[0]?.text, signals: s, trace, procedure: asksForProcedure(q.q), whether: asksWhetherPolicyAddresses(q.q), intent: questionIntent(q.q), verdictOff: o.verdict, confidenceOff: o.confidence, encoderOff: checkOff.needsSentenceEncoder(q.q), encoderAll: checkAll.needsSentenceEncoder(q.q) });
    }
  }
  const all = new Float32Array(vecs.length * n);
  vecs.forEach((v, i) => all.set(v.subarray(0, n), i * n));
  writeFileSync(`${out}.f32`, Buffer.from(all.buffer));
  writeFileSync(`${out}.json`, JSON.stringify({ n, clauses: index.clauseCount, entries: index.encoderTexts.length - (doc.examples?.length ?? 0) - (doc.outOfScope?.length ?? 0) - new Set(doc.sections.map((x) => x.title).filter(Boolean)).size, uncoveredFrom: index.encoderTexts.length - (doc.outOfScope?.length ?? 0) - new Set(doc.sections.map((x) => x.title).filter(Boolean)).size, headingsFrom: index.encoderTexts.length - new Set(doc.sections.map((x) => x.title).filter(Boolean)).size, clauseIds: doc.clauses.map((c) => c.id), owners: Object.fromEntries((doc.examples ?? []).map((e) => [e.question, e.clauseId])), texts: index.encoderTexts, rows }));
  console.log(`${rows.length} questions, ${n} texts`);
}

void main().then(() => process.exit(0));
