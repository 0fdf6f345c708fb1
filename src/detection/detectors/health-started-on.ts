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
 * Fifteenth session: the base form too ("they want to start me on ..."), and a condition or treatment already found in
 * the sentence is as good as a clinician ("diagnosed with Crohn's and they want to start me on ..."): someone's
 * diagnosis is what a course is started for. Health wakes for the frame on a clinician's word alone (health.ts).
 */
const STARTED_ON = /\b(?:start|starts|started|starting|put|putting|switch|switched|switching|moved|changed) (?:me|him|her|them|us) (?:on|onto) (?:a |an |some |the )?(?:course of )?([a-z][a-z-]{3,})\b/g;
const CLINICIAN = /\b(?:gp|gps|doctors?|dr|docs?|nurses?|consultants?|surgeons?|specialists?|prescribers?|pharmacists?|clinic|hospital|[a-z]+ologists?|[a-z]+iatrists?)\b/;

const OBJECTS = [' me', ' him', ' her', ' them', ' us'];
/**
 * The frame's object pronoun and "on" side by side (" me on", " him on" ...). One native search for "on" (rarer than a
 * space), then the space and the pronoun before each (fourteenth session, speed: five searches of the post cost a
 * microsecond on every post).
 */
export function objectOn(lower: string): boolean {
  for (let p = lower.indexOf('on', 4); p >= 0; p = lower.indexOf('on', p + 2)) {
    if (lower.charCodeAt(p - 1) !== 32) continue;
    // The pronouns end in e, m, r or s.
    const c = lower.charCodeAt(p - 2);
    if (c !== 101 && c !== 109 && c !== 114 && c !== 115) continue;
    for (const w of OBJECTS) if (lower.startsWith(w, p - 1 - w.length)) return true;
  }
  return false;
}

export function startedOnMedicine(ctx: ScanContext, out: Candidate[]): void {
  const { lower } = ctx;
  if (!objectOn(lower)) return;
  eachMatch(STARTED_ON, lower, (m) => {
    const word = m[1];
    if (isEnglishWord(word) && !healthKind(word)) return;
    const from = Math.max(lower.lastIndexOf('.', m.index), lower.lastIndexOf('\n', m.index), 0);
    const to = lower.slice(m.index).search(/[.!?\n]/);
    const sentence = lower.slice(from, to < 0 ? lower.length : m.index + to);
    const start = m.index + m[0].length - word.length;
    const sentenceEnd = from + sentence.length;
    if (!CLINICIAN.test(sentence) && !out.some((c) => c.type === 'health' && c.start >= from && c.end <= sentenceEnd && c.end <= m.index)) return;
    out.push({ type: 'health', start, end: start + word.length, confidence: 0.7, rule: 'health.started_on' });
  });
}
