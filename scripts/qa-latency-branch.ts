/**
 * Answer latency as the bot answers (`askWithEncoder`), another checkout's engine beside this one's, in one process,
 * alternating question by question (which goes first alternates too), so load on the shared box hits both alike. Dev
 * questions only. The other checkout is a plain copy of a branch (e.g. `git archive integration | tar -x -C /tmp/base`, with
 * node_modules linked). `npx tsx scripts/qa-latency-branch.ts /tmp/base [rounds]` (default 3). Fifteenth session.
 * Nineteenth session: CPU time per answer too (process.cpuUsage: on a shared box wall time carries other processes'
 * load), the load average, and how many answers differ between the two engines (JSON of each; must be 0 for an
 * engineering-only change).
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { askWithEncoder } from '../src/app/live-policy-index';
import { createPolicyIndex, type PolicyIndex } from '../src/policy';
import { parseLabelledQuestions } from '../src/policy/evaluate-answers';
import { encoderFor, loadBundledPolicy } from './lib/bundled-policy';
import { policyDevSetFiles } from './lib/policy-dev-sets';

const root = join(__dirname, '..');
const quantile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

async function main() {
  const other = resolve(process.argv[2]);
  const rounds = Number(process.argv[3] ?? 3);
  const { doc, base } = await loadBundledPolicy(root);
  const now = createPolicyIndex([doc], base);
  const encoder = await encoderFor(root, now);
  const lib = await import(join(other, 'scripts/lib/bundled-policy.ts'));
  const policy = await import(join(other, 'src/policy/index.ts'));
  const live = await import(join(other, 'src/app/live-policy-index.ts'));
  const b = await lib.loadBundledPolicy(other);
  const before = policy.createPolicyIndex([b.doc], b.base);
  const beforeEncoder = await lib.encoderFor(other, before);
  const questions = [...new Set(policyDevSetFiles(root).flatMap((f) => parseLabelledQuestions(readFileSync(f, 'utf8')).map((x) => x.q)))];
  const times = { before: [] as number[], now: [] as number[] };
  const cpu = { before: [] as number[], now: [] as number[] };
  const answers = { before: new Map<string, string>(), now: new Map<string, string>() };
  const time = async (name: 'before' | 'now', q: string, ask: () => Promise<unknown>) => {
    const c = process.cpuUsage();
    const t = performance.now();
    const answer = await ask();
    times[name].push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu[name].push((used.user + used.system) / 1000);
    answers[name].set(q, JSON.stringify(answer));
  };
  const askNow = (q: string) => time('now', q, () => askWithEncoder(now as PolicyIndex, encoder, q));
  const askBefore = (q: string) => time('before', q, () => live.askWithEncoder(before, beforeEncoder, q));
  const loadBefore = loadavg();
  for (let r = 0; r < rounds; r++)
    for (const [i, q] of questions.entries()) {
      if ((i + r) % 2) {
        await askBefore(q);
        await askNow(q);
      } else {
        await askNow(q);
        await askBefore(q);
      }
    }
  for (const k of ['before', 'now'] as const) {
    const [xs, cs] = [times[k], cpu[k]];
    console.log(`${k}: ${xs.length} answers, wall p50 ${quantile(xs, 0.5).toFixed(2)} ms, p95 ${quantile(xs, 0.95).toFixed(2)} ms, p99 ${quantile(xs, 0.99).toFixed(2)} ms; cpu p50 ${quantile(cs, 0.5).toFixed(2)} ms, p99 ${quantile(cs, 0.99).toFixed(2)} ms; total wall ${(xs.reduce((a, x) => a + x, 0) / 1000).toFixed(1)} s`);
  }
  const encoderCalls = (ix: PolicyIndex) => questions.filter((q) => ix.prepareAnswer(q).needsSentenceEncoder).length;
  console.log(`questions that run the sentence encoder: before ${encoderCalls(before)}, now ${encoderCalls(now as PolicyIndex)}`);
  console.log(`answers differing: ${questions.filter((q) => answers.before.get(q) !== answers.now.get(q)).length} of ${questions.length}`);
  console.log(`load average before ${loadBefore.map((x) => x.toFixed(1)).join(' ')}, after ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
}

void main().then(() => process.exit(0));
