/**
 * Keeps in the vocabulary file only phrases some DEV question uses, so the leak test
 * (test/policy/vocab-leak.test.ts) holds by construction. Reads dev sets only, never the
 * sealed set. `npx tsx scripts/prune-vocab-to-dev.ts policies/social-media-policy.vocab.json`
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseVocabulary } from '../src/policy/vocabulary';
import { parseLabelledQuestions } from '../src/policy/evaluate-answers';
import { normaliseWords } from '../src/policy/tokenise';

const file = process.argv[2];
if (!file) throw new Error('usage: prune-vocab-to-dev.ts <vocab.json>');
const root = join(__dirname, '..');
const padded = (t: string) => ` ${normaliseWords(t).join(' ')} `;
const dev = ['team-eval-questions', 'team-dev-questions', 'blind-dev-questions', 'blind-dev3-questions', 'blind-dev4-questions', 'blind-dev5-questions', 'blind-dev8-questions'].flatMap((f) =>
  parseLabelledQuestions(readFileSync(join(root, 'test', 'policy', 'dev', `${f}.jsonl`), 'utf8')).map((q) => padded(q.q)),
);
const used = (p: string) => dev.some((t) => t.includes(padded(p)));
const raw = readFileSync(file, 'utf8');
const vocab = parseVocabulary(raw, file);
const json = JSON.parse(raw) as Record<string, unknown>;
let removed = 0;
const keep = (list: string[]) => list.filter((p) => used(p) || (removed++, false));
json.terms = vocab.terms.map((t) => ({ ...t, phrases: keep(t.phrases) })).filter((t) => t.phrases.length);
json.subject = keep(vocab.subject);
json.outsideSubject = keep(vocab.outsideSubject);
writeFileSync(file, `${JSON.stringify(json, null, 1)}\n`);
console.log(`removed ${removed} phrases no dev question uses`);
