/**
 * Finding fingerprints for speed work: `npx tsx bench/finding-hashes.ts [engine-module]`.
 * Hashes every finding (type, offsets, mask, confidence, rule, severity, topic) of every dev
 * corpus, as written, lower-cased and upper-cased, plus the 1 MB adversarial posts, and
 * prints one SHA-256 per set. A speed change must leave every line unchanged; run it on the
 * old and the new code (or pass the compiled engine, dist/src/detection/index.js) and diff.
 * The sealed corpora are never read here, nor any corpus whose file name is listed in
 * HASH_SKIP (comma-separated), e.g. a blind set kept out of sample for a session:
 * `HASH_SKIP=detect-dev19-blind.jsonl npx tsx bench/finding-hashes.ts`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { loadCorpus, postsOfLength } from './lib/detect-datasets';
import { adversarialPosts } from './lib/detect-speed';

interface Engine {
  scan(post: { text: string }): unknown[];
}

const ROOT = join(__dirname, '..');
const modulePath = process.argv[2] ? resolve(process.argv[2]) : join(ROOT, 'src/detection');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const engine = require(modulePath) as Engine;

const skipped = new Set((process.env.HASH_SKIP ?? '').split(',').map((s) => s.trim()).filter(Boolean));
const corpora: string[] = [
  ...readdirSync(join(ROOT, 'test/fixtures')).filter((f) => f.endsWith('.jsonl')).map((f) => join(ROOT, 'test/fixtures', f)),
  ...readdirSync(join(ROOT, 'test/detection/operational')).filter((f) => f.endsWith('.jsonl')).map((f) => join(ROOT, 'test/detection/operational', f)),
  join(ROOT, '../shared/examples/staff-posts.jsonl'),
].filter((f) => existsSync(f) && !f.includes('sealed') && !skipped.has(basename(f)));

function texts(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => String((JSON.parse(l) as { text: unknown }).text ?? ''));
}

function digest(posts: string[]): { hash: string; findings: number } {
  const h = createHash('sha256');
  let findings = 0;
  for (const text of posts) {
    const fs = engine.scan({ text });
    findings += fs.length;
    h.update(JSON.stringify(fs));
    h.update('\n');
  }
  return { hash: h.digest('hex').slice(0, 16), findings };
}

let total = 0;
for (const file of corpora) {
  const posts = texts(file);
  for (const [variant, list] of [
    ['as written', posts],
    ['lower', posts.map((t) => t.toLowerCase())],
    ['upper', posts.map((t) => t.toUpperCase())],
  ] as const) {
    const d = digest([...list]);
    total += d.findings;
    console.log(`${relative(ROOT, file)} ${variant}: ${d.findings} findings ${d.hash}`);
  }
}
// Long posts (corpus joined) exercise windows that cross post boundaries.
const staff = texts(corpora[0]);
const joined = [staff.join(' '), staff.map((t) => t.toLowerCase()).join('\n')];
const j = digest(joined);
console.log(`joined corpus: ${j.findings} findings ${j.hash}`);
// The bench's own posts: typical (~174 chars) and long (~10,000 chars).
const corpus = loadCorpus();
for (const [name, len, count] of [['typical', 140, 4000], ['long', 10_000, 50]] as const) {
  const d = digest(postsOfLength(corpus, len, count));
  console.log(`bench ${name} posts: ${d.findings} findings ${d.hash}`);
}
for (const [name, text] of adversarialPosts()) {
  const d = digest([text]);
  console.log(`adversarial ${name}: ${d.findings} findings ${d.hash}`);
}
console.log(`total findings in dev corpora: ${total}`);
