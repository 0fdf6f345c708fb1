/**
 * Builds policies/social-media-policy.dev-examples.jsonl from the dev sets (test/policy/dev/*.jsonl): each labelled
 * question once, with the set it came from as `source`, so that the index can leave a set's questions out when that set
 * is measured (docs/policy-answers.md, "Seventeenth session: dev questions as examples").
 *   npx tsx scripts/build-dev-examples.ts [--check]
 * A covered question keeps its first acceptable clause (the writer's own first answer) and that clause's verdict: every
 * accept entry as its own example would teach the classifier to split the question between clauses it should choose
 * among, and would weigh multi-clause questions over single-clause ones. A question whose quotes match no clause is
 * left out (it is reported). `--check`: fail when the file differs from what the dev sets give (a set changed).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadPolicyFile } from '../src/app/load-policy-file';
import { isCovered, parseLabelledQuestions } from '../src/policy/evaluate-answers';
import { citableClauses, clauseFor } from '../src/policy/seed-examples';
import { policyDevSetFiles } from './lib/policy-dev-sets';

const root = join(__dirname, '..');
const out = join(root, 'policies', 'social-media-policy.dev-examples.jsonl');

export function devExampleLines(allCites = false): { lines: string[]; skipped: string[] } {
  const doc = loadPolicyFile(join(root, 'policies', 'social-media-policy.txt'));
  const clauses = citableClauses(doc);
  const lines: string[] = [];
  const skipped: string[] = [];
  for (const file of policyDevSetFiles(root)) {
    const source = basename(file).replace('-questions.jsonl', '');
    const raw = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim());
    parseLabelledQuestions(raw.join('\n')).forEach((q, i) => {
      const voice = (JSON.parse(raw[i]) as { voice?: string }).voice;
      const extra = voice ? { voice: voice.slice(0, 60) } : {};
      if (!isCovered(q)) return void lines.push(JSON.stringify({ q: q.q, cite: null, verdict: 'not_covered', source, ...extra }));
      const found = q.accept.filter((a) => a.cite !== null && clauseFor(a.cite, clauses));
      if (!found.length) return void skipped.push(`${source}: ${q.q}`);
      for (const a of allCites ? found : found.slice(0, 1)) lines.push(JSON.stringify({ q: q.q, cite: a.cite, verdict: a.verdict, source, ...extra }));
    });
  }
  return { lines, skipped };
}

if (require.main === module) {
  // --all-cites --out=FILE: every acceptable clause as its own example (the variant measured and dropped).
  const { lines, skipped } = devExampleLines(process.argv.includes('--all-cites'));
  const target = process.argv.find((a) => a.startsWith('--out='))?.slice(6) ?? out;
  const text = lines.join('\n') + '\n';
  if (process.argv.includes('--check')) {
    const same = readFileSync(target, 'utf8') === text;
    console.log(same ? 'dev examples file is up to date' : 'dev examples file differs from the dev sets: run scripts/build-dev-examples.ts');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(target, text);
  console.log(`${lines.length} examples written to ${target}; ${skipped.length} left out (no clause holds their quote)`);
  for (const s of skipped) console.log(`  left out ${s}`);
}
