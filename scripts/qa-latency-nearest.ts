/**
 * Answer latency as the bot answers (`askWithEncoder`), the near-miss check off beside on, in one process, alternating
 * question by question (which goes first alternates too), so load on the shared box hits both alike. Dev questions
 * only. `npx tsx scripts/qa-latency-nearest.ts [rounds]` (default 3). Tenth session (docs/policy-answers.md).
 * `--before=example-lean`: "off" is the check without its lower band for the nearest-example cue (thirteenth session).
 * `--before=neighbourhood`: "off" is the check without its neighbourhood cue (fourteenth session).
 * `--before=unhedgeable`: "off" is the check without its band for questions a hedge would not answer (sixteenth session).
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { askWithEncoder } from '../src/app/live-policy-index';
import { createPolicyIndex, type PolicyIndex } from '../src/policy';
import { parseLabelledQuestions } from '../src/policy/evaluate-answers';
import { encoderFor, loadBundledPolicy } from './lib/bundled-policy';
import { policyDevSetFiles } from './lib/policy-dev-sets';

const root = join(__dirname, '..');
const quantile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

async function main() {
  const rounds = Number(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 3);
  const { doc, base } = await loadBundledPolicy(root);
  const on = createPolicyIndex([doc], base);
  const before = process.argv.find((a) => a.startsWith('--before='))?.slice('--before='.length);
  const off = createPolicyIndex([doc], { ...base, nearestExample: before === 'example-lean' ? { exampleLeanAt: Infinity, neighbourhoodLeanAt: Infinity } : before === 'neighbourhood' ? { neighbourhoodLeanAt: Infinity } : before === 'unhedgeable' ? { unhedgeableLeanAt: Infinity } : false });
  // One encoder over the longer text list: the check-off index reads a prefix of it (the same texts in the same order).
  const encoder = await encoderFor(root, on);
  const questions = [...new Set(policyDevSetFiles(root).flatMap((f) => parseLabelledQuestions(readFileSync(f, 'utf8')).map((x) => x.q)))];
  const times = { off: [] as number[], on: [] as number[] };
  const time = async (index: PolicyIndex, q: string) => {
    const t = performance.now();
    await askWithEncoder(index, encoder, q);
    return performance.now() - t;
  };
  const loadBefore = loadavg();
  for (let r = 0; r < rounds; r++)
    for (const [i, q] of questions.entries()) {
      if ((i + r) % 2) {
        times.off.push(await time(off, q));
        times.on.push(await time(on, q));
      } else {
        times.on.push(await time(on, q));
        times.off.push(await time(off, q));
      }
    }
  const share = (index: PolicyIndex) => ((100 * questions.filter((q) => index.needsSentenceEncoder(q)).length) / questions.length).toFixed(1);
  console.log(`encoder runs for ${share(off)}% (off) / ${share(on)}% (on) of ${questions.length} questions`);
  for (const [k, xs] of Object.entries(times)) console.log(`${k}: ${xs.length} answers, wall p50 ${quantile(xs, 0.5).toFixed(2)} ms, p95 ${quantile(xs, 0.95).toFixed(2)} ms, p99 ${quantile(xs, 0.99).toFixed(2)} ms`);
  console.log(`load average before ${loadBefore.map((x) => x.toFixed(1)).join(' ')}, after ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
}

main();
