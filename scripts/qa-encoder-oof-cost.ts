/**
 * Answer latency OUT OF FOLD, as bench/qa.ts's as-shipped line reads it (each dev set answered by the index that did
 * not learn its half of the dev sets: like questions nobody wrote before), and where the time goes for the ~10% of
 * questions that reach the sentence encoder, which set the p99. Twentieth session (issue 11).
 *
 *   npx tsx scripts/qa-encoder-oof-cost.ts [rounds]                      # phases of the encoder questions, then all answers
 *   npx tsx scripts/qa-encoder-oof-cost.ts [rounds] --base /tmp/base     # all answers, paired: this checkout's sentence
 *       encoder against another checkout's (e.g. `git archive integration | tar -x -C /tmp/base`, node_modules linked),
 *       over the same out-of-fold indexes, alternating question by question and which goes first
 *   node --cpu-prof --import tsx scripts/qa-encoder-oof-cost.ts 3 --encoder-only   # only the encoder questions' answers
 *
 * CPU time (process.cpuUsage) beside wall time: on the shared box the wall carries other processes' load.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { askWithEncoder } from '../src/app/live-policy-index';
import { defaultCacheDir } from '../src/language/cache-dir';
import { cosines, loadSentenceEncoder, sentenceVectorFile, toMatrix, type SentenceEncoder } from '../src/language/sentence-encoder';
import { readVectorFile } from '../src/language/vector-file';
import type { PolicyIndex } from '../src/policy';
import { parseLabelledQuestions } from '../src/policy/evaluate-answers';
import { loadBundledPolicy } from './lib/bundled-policy';
import { outOfFoldIndexes } from './lib/dev-folds';
import { policyDevSetFiles } from './lib/policy-dev-sets';

const root = join(__dirname, '..');
const quantile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const line = (name: string, xs: number[]) => `${name.padEnd(28)} p50 ${quantile(xs, 0.5).toFixed(2)}  p90 ${quantile(xs, 0.9).toFixed(2)}  p99 ${quantile(xs, 0.99).toFixed(2)}  max ${Math.max(...xs).toFixed(2)} ms (${xs.length})`;
const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);

type Load = (cacheDir: string, texts: string[]) => Promise<SentenceEncoder>;

async function main() {
  const rounds = Number(process.argv[2] ?? 3);
  const base = arg('--base');
  const encoderOnly = process.argv.includes('--encoder-only');
  const { doc, base: options } = await loadBundledPolicy(root);
  const files = policyDevSetFiles(root);
  const { indexes, forFile } = outOfFoldIndexes(doc, options, files);
  const loaders: Record<string, Load> = { now: loadSentenceEncoder };
  if (base) loaders.base = (await import(join(resolve(base), 'src/language/sentence-encoder.ts'))).loadSentenceEncoder as Load;
  const encoders = new Map<string, Map<PolicyIndex, SentenceEncoder>>();
  for (const [name, load] of Object.entries(loaders)) {
    const m = new Map<PolicyIndex, SentenceEncoder>();
    for (const ix of indexes) m.set(ix, await load(defaultCacheDir(root), ix.encoderTexts));
    encoders.set(name, m);
  }
  const asked = files.flatMap((f) => parseLabelledQuestions(readFileSync(f, 'utf8')).map((q) => ({ q: q.q, ix: forFile(f) })));
  const reaching = asked.filter(({ q, ix }) => ix.prepareAnswer(q).needsSentenceEncoder);
  const allRows = reaching.filter(({ q, ix }) => ix.prepareAnswer(q).encoderTextsRead === ix.encoderTexts.length).length;
  console.log(`${reaching.length} of ${asked.length} dev questions (${((100 * reaching.length) / asked.length).toFixed(1)}%) reach the encoder out of fold; ${allRows} of them read every encoder text (${indexes.map((ix) => ix.encoderTexts.length).join(' / ')} texts)`);
  const load0 = loadavg();

  if (!base && !encoderOnly) {
    const matrices = new Map(indexes.map((ix) => [ix, toMatrix(readVectorFile(sentenceVectorFile(defaultCacheDir(root), ix.encoderTexts), ix.encoderTexts.length)!)]));
    const t = { prepare: [] as number[], similarities: [] as number[], cosines: [] as number[], answer: [] as number[] };
    const cpuMs = (since: NodeJS.CpuUsage) => ((u) => (u.user + u.system) / 1000)(process.cpuUsage(since));
    for (let r = 0; r < rounds; r++)
      for (const { q, ix } of reaching) {
        let c = process.cpuUsage();
        const pending = ix.prepareAnswer(q);
        t.prepare.push(cpuMs(c));
        c = process.cpuUsage();
        const sims = await encoders.get('now')!.get(ix)!.similarities(q, pending.encoderTextsRead);
        t.similarities.push(cpuMs(c));
        const m = matrices.get(ix)!;
        c = process.cpuUsage();
        cosines(m.values.subarray(0, m.dims), m, pending.encoderTextsRead);
        t.cosines.push(cpuMs(c));
        c = process.cpuUsage();
        pending.answer({ sentenceSimilarity: sims });
        t.answer.push(cpuMs(c));
      }
    console.log('Encoder questions, by phase (CPU time):');
    console.log(line('  ranking (prepareAnswer)', t.prepare));
    console.log(line('  encoder (embed + cosines)', t.similarities));
    console.log(line('    of which the cosines', t.cosines));
    console.log(line('  answer from the cosines', t.answer));
  }

  const questions = encoderOnly ? reaching : asked;
  const wall: Record<string, number[]> = {};
  const cpu: Record<string, number[]> = {};
  const names = Object.keys(loaders);
  const answers: Record<string, string[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let r = 0; r < rounds; r++)
    for (const [i, { q, ix }] of questions.entries()) {
      const order = (i + r) % 2 ? [...names].reverse() : names;
      for (const name of order) {
        const c = process.cpuUsage();
        const s = performance.now();
        const answer = await askWithEncoder(ix, encoders.get(name)!.get(ix)!, q);
        (wall[name] ??= []).push(performance.now() - s);
        const u = process.cpuUsage(c);
        (cpu[name] ??= []).push((u.user + u.system) / 1000);
        if (r === 0) answers[name].push(JSON.stringify(answer));
      }
    }
  console.log(`${encoderOnly ? 'Encoder questions' : 'All dev questions'}, as the bot answers (askWithEncoder), ${rounds} round(s):`);
  for (const name of names) {
    console.log(line(`  ${name}: wall`, wall[name]));
    console.log(line(`  ${name}: cpu`, cpu[name]));
  }
  if (base) console.log(`answers differing: ${answers.now.filter((a, i) => a !== answers.base[i]).length} of ${answers.now.length}`);
  console.log(`load average before ${load0.map((x) => x.toFixed(1)).join(' ')}, after ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
}

void main().then(() => process.exit(0));
