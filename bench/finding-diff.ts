/**
 * Which findings a change added or removed, post by post:
 * `npx tsx bench/finding-diff.ts <old engine module> [new engine module, or - for this checkout's] [files...]`.
 * finding-hashes.ts says THAT a set's findings changed; this says WHICH (type, text, confidence, rule), for every dev
 * corpus as written, lower-cased and upper-cased. The old engine is a copy of the base commit's src, e.g.
 * `git archive integration src | tar -x -C /tmp/base && ln -s $PWD/node_modules /tmp/base/node_modules` then
 * `npx tsx bench/finding-diff.ts /tmp/base/src/detection`. Sealed corpora and HASH_SKIP files are never read
 * (sixteenth session, branches core16 and nh16; files default to every dev corpus in test/fixtures).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

interface Finding { type: string; start: number; end: number; confidence: number; rule?: string }
interface Engine { scan(post: { text: string }): Finding[] }

const ROOT = join(__dirname, '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = (p: string): Engine => require(resolve(p)) as Engine;
const [oldPath = '', newPath, ...fileArgs] = process.argv.slice(2);
const before = load(oldPath);
const after = load(newPath && newPath !== '-' ? newPath : join(ROOT, 'src/detection'));
const skipped = new Set((process.env.HASH_SKIP ?? '').split(',').map((s) => s.trim()).filter(Boolean));
const dir = join(ROOT, 'test/fixtures');
const files = (fileArgs.length ? fileArgs.map((f) => resolve(f)) : readdirSync(dir).filter((f) => f.endsWith('.jsonl')).map((f) => join(dir, f)))
  .filter((f) => !f.includes('sealed') && !f.includes('out-of-sample') && !skipped.has(basename(f)));
const key = (f: Finding): string => `${f.type}|${f.start}|${f.end}|${f.confidence}|${f.rule ?? ''}`;
const CASES = [['as', (s: string) => s], ['lower', (s: string) => s.toLowerCase()], ['upper', (s: string) => s.toUpperCase()]] as const;
let added = 0;
let removed = 0;
for (const f of files) {
  const texts = readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => String((JSON.parse(l) as { text: unknown }).text ?? ''));
  for (const [variant, cased] of CASES) {
    for (const t of texts.map(cased)) {
      const a = new Set(before.scan({ text: t }).map(key));
      const b = new Set(after.scan({ text: t }).map(key));
      const show = (sign: string, k: string): void => {
        const [type, s, e, c, rule] = k.split('|');
        console.log(`${sign} ${basename(f)} ${variant} ${type} ${JSON.stringify(t.slice(Number(s), Number(e)))} ${c} ${rule}`);
      };
      for (const k of b) if (!a.has(k)) (added++, show('+', k));
      for (const k of a) if (!b.has(k)) (removed++, show('-', k));
    }
  }
}
console.log(`added ${added}, removed ${removed}`);
