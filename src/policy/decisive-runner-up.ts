import { MASKED_UNITS, type SearchHit } from './clause-search';
import type { ClauseWithContext } from './clause-context';
import type { QueryUnit } from './query-terms';
import { modalityOf } from './clause-modality';
import { bestSentence } from './quote-sentence';
import { proposesOutside } from './proposal-scope';
import { RESTRICT_RUNNER_UP } from './answer-thresholds';
import { contentStems } from './tokenise';

/**
 * A permission question whose best clause permits, while a close runner-up limits the same thing: the limit decides,
 * so it is the answer. Two readings of "limits", both confined to the top clause's own section (a rule qualifies the
 * permission beside it; a "should not" about Yammer profiles says nothing about a Facebook page):
 * - a restriction ("only those with Staffordshire Police email addresses may join") whose terms the question goes
 *   beyond ("can my mate from the ambulance service join": "Everybody is free to join" is not the answer);
 * - a prohibition that answers a part of the question the permission does not ("a Yammer group with council people
 *   in it": "encouraged to set up new groups" answers the group, "should not set up new communities to connect with
 *   external groups" answers the group and the council);
 * - a prohibition, however far below, that holds whole a reading of a unit the permission does not answer, when that
 *   reading is tied to the permission or the question by one of its words (namesWholeReadingIn): "a group with a charity"
 *   reads "charity" as "external groups", which the prohibition names and the permission holds only as "groups".
 */
export interface RunnerUpReader {
  entries: ClauseWithContext[];
  idf: (stem: string) => number;
  /** Whether a word is specific enough to be a proposal of its own (not an everyday word). */
  isSpecific: (word: string) => boolean;
  nearIn?: (word: string, text: string) => boolean;
}

/** How far down the ranking a limiting clause is looked for (runner-ups 2 to 4). */
const RUNNER_UP_DEPTH = 4;

export function decisiveRunnerUp(top: SearchHit, hits: SearchHit[], units: QueryUnit[], intent: string, reader: RunnerUpReader): number | undefined {
  if (intent !== 'permission') return undefined;
  const { entries, idf, isSpecific, nearIn } = reader;
  const stems = units.flatMap((u) => [...u.own, ...u.added.flat()]);
  const topEntry = entries[top.index];
  const topSentence = bestSentence(topEntry.clause.text, stems, idf, true);
  const topModality = modalityOf(topSentence);
  const topProhibits = topModality.includes('prohibit');
  const topPermits = topModality.includes('permit') && !topProhibits && !topModality.includes('restrict');
  for (const h of hits.slice(1, RUNNER_UP_DEPTH)) {
    const e = entries[h.index];
    // Any runner-up in the depth, however far below: the score counts the words both clauses share, and the permission
    // shares more of them ("set up", "group") than the prohibition's one qualifier adds.
    if (topPermits && e.clause.sectionId === topEntry.clause.sectionId && e.clause.text !== topEntry.clause.text) {
      const sentence = bestSentence(e.clause.text, stems, idf, true);
      if (modalityOf(sentence).includes('prohibit') && namesWholeReadingIn(units, sentence, topSentence)) return h.index;
    }
    if (h.score < RESTRICT_RUNNER_UP * top.score) break;
    if (e.clause.sectionId !== topEntry.clause.sectionId || e.clause.text === topEntry.clause.text) continue;
    const sentence = bestSentence(e.clause.text, stems, idf, true);
    const modality = modalityOf(sentence);
    // A top clause that itself forbids is already the limit: "should not be used for critical incidents" is not
    // replaced by the "only photographs of the specific employee" beside it because the question names no employee.
    if (!topProhibits && modality.includes('restrict') && restrictsWho(sentence) && proposesOutside(units, sentence, e.clause.sectionTitle, isSpecific, nearIn)) return h.index;
    if (topPermits && modality.includes('prohibit') && h.coverage > top.coverage) return h.index;
  }
  return undefined;
}

/**
 * "only those with Force email addresses may join" restricts; "the network remains private and employee-only" describes
 * the network (a hyphened "-only" is an adjective), and says nothing about what the question proposes.
 */
export function restrictsWho(sentence: string): boolean {
  return /(?<![-\w])only\b(?!-)/i.test(sentence);
}

/**
 * Whether the runner-up answers everything the top answers and more: every full-weight unit (not a word in nearly every
 * question about the subject) the top answers, and one the top does not. A prohibition that shares only a side word
 * with the question ("share a link to MySPI" against "Yammer should not replace the Force intranet MySPI") is about
 * another act, and the permission stands.
 */
export function answersMore(runnerUp: SearchHit, top: SearchHit, units: QueryUnit[]): boolean {
  if (runnerUp.unitMask === undefined || top.unitMask === undefined) return false;
  const has = (mask: number) => units.some((u, k) => k < MASKED_UNITS && (mask & (1 << k)) !== 0 && u.weight >= 1);
  return has(runnerUp.unitMask & ~top.unitMask) && !has(top.unitMask & ~runnerUp.unitMask);
}

/**
 * The question names the very thing a prohibition is about, through a reading that the prohibition holds whole and the
 * permission only in part: "a Yammer group with a charity" reads "charity" as "external groups"; "set up new groups"
 * holds "groups", "should not set up new communities to connect with external groups" holds "external groups". The
 * permission answers the group; the prohibition answers what the group is with.
 */
export function namesWholeReadingIn(units: QueryUnit[], prohibition: string, permission: string): boolean {
  const inProhibition = new Set(contentStems(prohibition));
  const inPermission = new Set(contentStems(permission));
  const asked = new Set(units.flatMap((u) => u.own));
  const wholeIn = (g: string[], set: Set<string>) => g.every((s) => set.has(s));
  const hit = units.find((u) => {
    if (u.weight < 1 || u.own.every((s) => inPermission.has(s)) || u.added.some((g) => wholeIn(g, inPermission))) return false;
    return u.added.some((g) => g.length > 1 && wholeIn(g, inProhibition) && g.some((s) => inPermission.has(s) || asked.has(s)));
  });
  return hit !== undefined;
}
