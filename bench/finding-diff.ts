/**
 * Which findings changed between two builds, post by post: `npx tsx bench/finding-diff.ts <old-engine> [new-engine] [files...]`
 * (engines as for finding-hashes.ts: a module path such as /work/int/src/detection; the new one defaults to this
 * checkout's src/detection; files default to the dev corpora finding-hashes.ts reads, as written and lower-cased).
 * finding-hashes.ts says which sets changed; this says how (type, text, rule, + added / - removed). Sixteenth session
 * (nh16). VARIANTS=written limits it to the posts as written. Never reads a sealed corpus.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

interface Finding {
  type: string;
  start: number;
  end: number;
  rule?: string;
}
type Engine = { scan(post: { text: string }): Finding[] };

const ROOT = join(__dirname, '..');
const [oldPath, newPath, ...rest] = process.argv.slice(2);
if (!oldPath) throw new Error('usage: finding-diff.ts <old-engine> [new-engine] [files...]');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = (p: string): Engine => require(resolve(p)) as Engine;
const before = load(oldPath);
const after = load(newPath && newPath !== '-' ? newPath : join(ROOT, 'src/detection'));
const files = rest.length
  ? rest
  : readdirSync(join(ROOT, 'test/fixtures')).filter((f) => f.endsWith('.jsonl')).map((f) => join(ROOT, 'test/fixtures', f));
const variants: Array<[string, (t: string) => string]> = [['written', (t) => t], ['lower', (t) => t.toLowerCase()]];
const key = (text: string, f: Finding): string => `${f.type}:${JSON.stringify(text.slice(f.start, f.end))}@${f.start}:${f.rule ?? ''}`;

let changed = 0;
for (const file of files.filter((f) => existsSync(f) && !f.includes('sealed'))) {
  const texts = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => String((JSON.parse(l) as { text?: unknown }).text ?? ''));
  for (const [variant, shape] of variants) {
    if (process.env.VARIANTS === 'written' && variant !== 'written') continue;
    texts.forEach((raw, i) => {
      const text = shape(raw);
      const a = new Set(before.scan({ text }).map((f) => key(text, f)));
      const b = new Set(after.scan({ text }).map((f) => key(text, f)));
      const lines = [...[...a].filter((k) => !b.has(k)).map((k) => `  - ${k}`), ...[...b].filter((k) => !a.has(k)).map((k) => `  + ${k}`)];
      if (lines.length === 0) return;
      changed++;
      console.log(`${basename(file)} #${i + 1} (${variant}): ${text.slice(0, 110).replace(/\n/g, ' ')}`);
      for (const l of lines) console.log(l);
    });
  }
}
console.log(`posts with changed findings: ${changed}`);
