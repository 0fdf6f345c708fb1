/**
 * Concatenates the blind-written example files UNCHANGED into the policy's seed examples file, dropping only
 * lines that fail validation (the loader's own rules: JSON, fields, verdict, cite quoting a clause), and
 * prints how many were dropped and why. Nothing is edited, added or reordered.
 *   npx tsx scripts/assemble-seed-examples.ts <policy.txt> <out.examples.jsonl> <part1.jsonl> [part2.jsonl ...]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadPolicyFile } from '../src/app/load-policy-file';
import { readSeedExamples } from '../src/policy';

const [policyPath, outPath, ...parts] = process.argv.slice(2);
if (!policyPath || !outPath || !parts.length) throw new Error('usage: assemble-seed-examples <policy> <out> <part...>');
const { examples: _ignored, ...doc } = loadPolicyFile(policyPath);
const kept: string[] = [];
for (const part of parts) {
  const lines = readFileSync(part, 'utf8').split('\n');
  const { problems } = readSeedExamples(lines.join('\n'), { ...doc });
  const bad = new Map(problems.map((p) => [p.line, p.message]));
  let blank = 0;
  lines.forEach((line, i) => {
    if (!line.trim()) blank++;
    else if (!bad.has(i + 1)) kept.push(line);
  });
  console.log(`${part}: ${lines.length - blank} lines, ${bad.size} dropped`);
  for (const [line, message] of bad) console.log(`  line ${line}: ${message}`);
}
writeFileSync(outPath, kept.join('\n') + '\n');
console.log(`${outPath}: ${kept.length} example questions`);
