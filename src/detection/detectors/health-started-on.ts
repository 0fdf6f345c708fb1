import type { ScanContext } from '../scan-context';
import type { Candidate } from './detector';
import { eachMatch } from '../text-utils';
import { isEnglishWord } from './name-surnames';
import { healthKind } from './health-vocabulary';

/**
 * Fourteenth session: a clinician starting, putting or switching someone on something ("the neurologist has started me
 * on <drug>", "the GP put him on <drug>") is prescribing: what they start someone on is a medicine, whatever it is
 * called (new medicines keep coming, and no list holds them all). Only a word that is no English word (a medicine's
 * name has no everyday sense: "the GP put me on nights" stays clean), or one the vocabulary already holds, and only with
 * a clinician in the sentence: a doctor, GP, nurse, consultant, surgeon, specialist or a specialist named by their
 * branch of medicine (-ologist, -iatrist: neurologist, psychiatrist).
 */
const STARTED_ON = /\b(?:started|starting|put|putting|switched|switching|moved|changed) (?:me|him|her|them|us) (?:on|onto) (?:a |an |some |the )?(?:course of )?([a-z][a-z-]{3,})\b/g;
const CLINICIAN = /\b(?:gp|gps|doctors?|dr|docs?|nurses?|consultants?|surgeons?|specialists?|prescribers?|pharmacists?|clinic|hospital|[a-z]+ologists?|[a-z]+iatrists?)\b/;

const OBJECT_ON = [' me on', ' him on', ' her on', ' them on', ' us on'];

export function startedOnMedicine(ctx: ScanContext, out: Candidate[]): void {
  const { lower } = ctx;
  // The frame's object pronoun and "on" side by side: a few native searches, no regex over the post.
  if (!OBJECT_ON.some((w) => lower.indexOf(w) >= 0)) return;
  eachMatch(STARTED_ON, lower, (m) => {
    const word = m[1];
    if (isEnglishWord(word) && !healthKind(word)) return;
    const from = Math.max(lower.lastIndexOf('.', m.index), lower.lastIndexOf('\n', m.index), 0);
    const to = lower.slice(m.index).search(/[.!?\n]/);
    const sentence = lower.slice(from, to < 0 ? lower.length : m.index + to);
    if (!CLINICIAN.test(sentence)) return;
    const start = m.index + m[0].length - word.length;
    out.push({ type: 'health', start, end: start + word.length, confidence: 0.7, rule: 'health.started_on' });
  });
}
