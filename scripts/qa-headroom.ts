/**
 * Dev-only headroom analysis: how often the shipped answer, the encoder's nearest example/clause, and the
 * combination would find the right clause. Reads the /tmp sims cache of qa-encoder-experiments.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPolicyIndex } from '../src/policy';
import { loadPolicyFile } from '../src/app/load-policy-file';
import { isCovered, parseLabelledQuestions } from '../src/policy/evaluate-answers';
import { defaultCacheDir } from '../src/language/cache-dir';
import { loadLanguageResources } from '../src/language/load-language-resources';
import { withContext } from '../src/policy/clause-context';
import { policyDevSetFiles } from './lib/policy-dev-sets';
import { encoderSimsFile, readEncoderSims } from './lib/encoder-sims-cache';

const root = join(__dirname, '..');
const files = policyDevSetFiles(root);
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
(async () => {
  const doc = loadPolicyFile(join(root, 'policies', 'social-media-policy.txt'));
  const language = await loadLanguageResources(defaultCacheDir(root), [doc]);
  const index = createPolicyIndex([doc], { ...language, without: ['wordnet'] });
  const entries = withContext([doc]);
  const owners = (doc.examples ?? []).map((ex) => entries.findIndex((e) => e.clause.id === ex.clauseId));
  const simsFile = encoderSimsFile('clause', index.encoderTexts);
  if (!existsSync(simsFile)) throw new Error('no sims cache ' + simsFile);
  const sims = readEncoderSims(index.encoderTexts);
  const n = entries.length;
  if (index.encoderTexts.length !== n + owners.length) throw new Error('owner mismatch');
  for (const f of files) {
    const qs = parseLabelledQuestions(readFileSync(f, 'utf8')).filter(isCovered);
    let shipped = 0, knn1 = 0, knn5 = 0, either = 0, clauseOnly = 0;
    for (const q of qs) {
      const s = sims[q.q];
      const ok = (i: number) => q.accept.some((a) => a.cite !== null && norm(entries[i].clause.text).includes(a.cite));
      const a = index.needsSentenceEncoder(q.q) && s ? index.answer(q.q, { sentenceSimilarity: Float32Array.from(s) }) : index.answer(q.q);
      const top = norm(a.citations[0]?.text ?? '');
      const sOk = q.accept.some((x) => x.cite !== null && top !== '' && top.includes(x.cite));
      const best = new Float32Array(n);
      for (let i = 0; i < n; i++) best[i] = s[i];
      const vote = new Float32Array(n);
      const exs = owners.map((o, j) => [o, s[n + j]] as const).sort((x, y) => y[1] - x[1]);
      owners.forEach((o, j) => { if (s[n + j] > best[o]) best[o] = s[n + j]; });
      for (const [o, v] of exs.slice(0, 5)) vote[o] += v;
      const arg = (v: Float32Array) => { let b = 0; for (let i = 1; i < v.length; i++) if (v[i] > v[b]) b = i; return b; };
      const own = s.slice(0, n) as unknown as number[];
      const k1 = ok(arg(best)), k5 = ok(arg(vote)), co = ok(arg(Float32Array.from(own)));
      shipped += +sOk; knn1 += +k1; knn5 += +k5; clauseOnly += +co; either += +(sOk || k1);
    }
    const p = (x: number) => ((100 * x) / qs.length).toFixed(1);
    console.log(`${f.split('/').pop()!.padEnd(32)} n=${qs.length} shipped ${p(shipped)} encoder-nn1 ${p(knn1)} encoder-vote5 ${p(knn5)} encoder-clauses ${p(clauseOnly)} oracle(shipped|nn1) ${p(either)}`);
  }
})();
