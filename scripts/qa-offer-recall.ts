/**
 * How useful the "Did you mean..." offers are, on every dev set, OUT OF FOLD (each set answered by an index that did
 * not learn its questions: scripts/lib/dev-folds.ts), answered as the bot answers (index + sentence encoder where asked).
 *   npx tsx scripts/qa-offer-recall.ts [--variants=shipped,rankedOffers] [--list]
 * `rankedOffers` = the offers as before the twenty-first session (the ranking's next clauses, `without: ['offerChoice']`).
 * Per set and summed:
 * - needy: covered questions the answer does not settle (marked unsure, refused, or a wrong top clause);
 * - shown: those with offers; recall@3: an accepted clause among the offers (of shown, and of needy); wrongTop: the
 *   same over those whose quoted clause is not an accepted one (an unsure answer quoting the right clause needs no offer);
 * - intro: offers from the policy's opening (purpose/aims) sections, the first two top-level sections of the document
 *   (a label for this measure only: the engine never reads section numbers); norule: offers whose words (with a
 *   bullet's lead-in) carry no modal or permission language (clause-modality.ts); dup: offer pairs from one section
 *   next to each other, or sharing most of their words. intro/norule/dup are over every answer with offers.
 * `--list` prints each needy covered question with its offers (shipped variant only). DEV sets only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Answer, Citation, PolicyIndex, PolicyIndexOptions } from '../src/policy';
import { isCovered, parseLabelledQuestions } from '../src/policy/evaluate-answers';
import { modalityOf } from '../src/policy/clause-modality';
import { encoderFor, loadBundledPolicy } from './lib/bundled-policy';
import { policyDevSetFiles } from './lib/policy-dev-sets';
import { devSetName, outOfFoldIndexes } from './lib/dev-folds';
import { answerAndScore } from './lib/set-figures';

const root = join(__dirname, '..');
const args = process.argv.slice(2);
const variants = (args.find((a) => a.startsWith('--variants='))?.slice(11) ?? 'rankedOffers,shipped').split(',');
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const words = (s: string) => new Set(s.toLowerCase().match(/[a-z]{3,}/g) ?? []);

function variantOptions(v: string): Partial<PolicyIndexOptions> {
  if (v === 'shipped') return {};
  if (v === 'rankedOffers') return { without: ['offerChoice'] };
  // e.g. pool=8+noRuleWeight=0.6+redundancy=0.5+againstShown=0 (offer-choice.ts OfferChoice)
  if (v.includes('=')) return { offerChoice: Object.fromEntries(v.split('+').map((kv) => [kv.split('=')[0], Number(kv.split('=')[1])])) };
  throw new Error(`unknown variant ${v}`);
}

type Sums = { needy: number; shown: number; hit: number; wrong: number; wrongHit: number; offers: number; intro: number; norule: number; dupPairs: number; pairs: number };
const empty = (): Sums => ({ needy: 0, shown: 0, hit: 0, wrong: 0, wrongHit: 0, offers: 0, intro: 0, norule: 0, dupPairs: 0, pairs: 0 });

function nearDuplicate(a: Citation, b: Citation): boolean {
  const n = (c: Citation) => Number(/\d+$/.exec(c.clauseId)?.[0] ?? NaN);
  if (a.section === b.section && a.clauseId.replace(/\d+$/, '') === b.clauseId.replace(/\d+$/, '') && Math.abs(n(a) - n(b)) === 1) return true;
  const wa = words(a.text), wb = words(b.text);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared / Math.max(1, Math.min(wa.size, wb.size)) >= 0.6;
}

async function main() {
  const { doc, base } = await loadBundledPolicy(root);
  const files = policyDevSetFiles(root);
  const topLevel = [...new Set(doc.sections.map((s) => s.id.split('.')[0]))];
  const intro = new Set(topLevel.slice(0, 2));
  const leadIn = new Map<string, string>();
  for (const s of doc.sections) {
    let last = '';
    for (const c of s.clauses) {
      if (c.kind === 'bullet') leadIn.set(c.id, last);
      else last = c.text;
    }
  }
  const noRule = (c: Citation) => modalityOf(`${leadIn.get(c.clauseId) ?? ''} ${c.text}`).includes('none') && modalityOf(c.text).includes('none');
  console.log('Offer figures OUT OF FOLD (two folds, scripts/lib/dev-folds.ts).');
  for (const v of variants) {
    const { indexes, forFile } = outOfFoldIndexes(doc, { ...base, ...variantOptions(v) }, files);
    const encoders = new Map<PolicyIndex, Awaited<ReturnType<typeof encoderFor>>>();
    for (const ix of indexes) encoders.set(ix, await encoderFor(root, ix));
    const total = empty();
    for (const f of files) {
      const questions = parseLabelledQuestions(readFileSync(f, 'utf8'));
      const index = forFile(f);
      const { answers } = await answerAndScore(index, encoders.get(index), questions);
      const s = empty();
      for (const q of questions) {
        const a = answers.get(q.q) as Answer;
        const offers = a.alternatives ?? [];
        if (offers.length) {
          s.offers += offers.length;
          s.intro += offers.filter((c) => intro.has(c.section.split('.')[0])).length;
          s.norule += offers.filter(noRule).length;
          for (let i = 0; i < offers.length; i++) for (let j = i + 1; j < offers.length; j++) {
            s.pairs++;
            if (nearDuplicate(offers[i], offers[j])) s.dupPairs++;
          }
        }
        if (!isCovered(q)) continue;
        const cites = q.accept.flatMap((x) => (x.cite === null ? [] : [x.cite]));
        const accepted = (c: Citation | undefined) => !!c && cites.some((x) => norm(c.text).includes(x));
        const unsure = a.confidence < 0.5 && a.verdict !== 'not_covered';
        if (!(unsure || a.verdict === 'not_covered' || !accepted(a.citations[0]))) continue;
        s.needy++;
        if (offers.length) s.shown++;
        const hit = offers.some(accepted);
        if (hit) s.hit++;
        // The quoted clause is not an accepted one: the offers are the person's only way to the right clause.
        if (offers.length && !accepted(a.citations[0])) {
          s.wrong++;
          if (hit) s.wrongHit++;
        }
        if (args.includes('--ranks') && !hit) ranks[rankOfAccepted(index, q.q, a, accepted)]++;
        if (args.includes('--list') && v === 'shipped')
          console.log(`${hit ? 'HIT ' : 'MISS'} ${devSetName(f)}\t${q.q.slice(0, 70)}\t-> ${a.verdict} [${a.citations[0]?.clauseId ?? '-'}] offers ${offers.map((c) => c.clauseId).join(',') || '-'}`);
      }
      for (const k of Object.keys(s) as (keyof Sums)[]) total[k] += s[k];
      console.log(row(v, devSetName(f), s));
    }
    console.log(row(v, 'SUM', total), '\n');
    if (args.includes('--ranks')) console.log(`${v}\tmissed needy: accepted clause at ranking places 2-4 ${ranks[0]}, 5-9 ${ranks[1]}, 10+ or absent ${ranks[2]}`);
    ranks.fill(0);
  }
}

const ranks = [0, 0, 0];
/** Where the ranking put the first accepted clause (distinct texts, the quoted one left out): 2-4, 5-9, 10+. */
function rankOfAccepted(index: PolicyIndex, q: string, a: Answer, accepted: (c: Citation | undefined) => boolean): number {
  const seen = new Set([a.citations[0]?.text]);
  let place = 1;
  for (const t of index.rankingTrace?.(q) ?? []) {
    const c = index.clause(t.clauseId);
    if (!c || seen.has(c.text)) continue;
    seen.add(c.text);
    place++;
    if (accepted({ clauseId: t.clauseId, section: c.sectionId, sectionTitle: c.sectionTitle, text: c.text })) return place <= 4 ? 0 : place <= 9 ? 1 : 2;
  }
  return 2;
}

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
function row(v: string, set: string, s: Sums): string {
  return `${v}\t${set}\tneedy ${s.needy}\tshown ${s.shown}\trecall@3 ${s.hit}/${s.shown} (${pct(s.hit, s.shown)}; ${pct(s.hit, s.needy)} of needy)\twrongTop ${s.wrongHit}/${s.wrong} (${pct(s.wrongHit, s.wrong)})\tintro ${s.intro}/${s.offers} (${pct(s.intro, s.offers)})\tnorule ${pct(s.norule, s.offers)}\tdup ${s.dupPairs}/${s.pairs}`;
}

void main().then(() => process.exit(0));
