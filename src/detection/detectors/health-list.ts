import type { Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import type { HealthKind } from './health-vocabulary';
import { nameRightBefore } from './health-frames';
import { MINOR_SELF_LIMITING, writerDropped, writersMinorIllness } from './health-self';
import { lowerNameOpening, noteOpening, opensWithLowerName } from './health-notes';
import { ADDRESSED, GENERIC_BEFORE, MODIFIER_WORDS, PERSON, TOPIC_AFTER, TOPIC_SENTENCE, hasName, personWordLast, personWords, sentenceBefore } from './health-person';

/**
 * A condition or state as an item of a list about someone: "Derek Lowe, registered blind, scammed",
 * "deceased Harold Bagnall DOB 22/01/1941, terminal lung cancer", "autistic, asthma and no inhaler".
 * The item follows a comma or "and" (modifiers may sit between) and the sentence names a person. Treatments too
 * (dev set 8 round: "off sick from Monday, knee surgery on Weds"), typed in lower case.
 */
export const LIST_KINDS: ReadonlySet<HealthKind> = new Set(['condition', 'state', 'treatment']);
/**
 * After a comma or "and", or a colon right after a name ("PC Darren Hulme: lower back injury, ..."). Notes also set an item off with a spaced dash, a bracket, '+' or '|' ("PS Mo Khan - kidney stones", "Gordon Platt (dementia)",
 * "whiplash + cut to forehead"), or put it right after an age ("15 years old type one diabetic"). A numbered type or stage is a
 * modifier like the word ("..., type 2 diabetes", "..., stage 3 bowel cancer"). "then" joins the items of a sequence like "and"
 * ("annual leave then knee surgery").
 */
const LIST_BEFORE = new RegExp(`(?:,|\\band|\\bthen|\\s&|[a-z]+:|\\s[-–—+|]|\\(|\\b(?:years?|yrs?) old)\\s*(?:(?:${[...MODIFIER_WORDS].join('|')}|\\d{1,2})\\s+){0,3}$`);
/** A term read as a verb before a determiner: "fits most hatchbacks"; not before a time ("chemo that week", "physio every morning"). */
const VERB_READING = /^ (?:most|the|a|an|all|any|every|some|your|our|their|its|this|that|these|those)\b(?! (?:week|day|morning|afternoon|evening|night|weekend|fortnight|month|time)s?\b)/;
/**
 * Where a list item is part of a longer phrase instead: "the" before it makes it a general mention
 * ("..., the flu is going round"); a capitalised word right after it makes it part of a name or title
 * ("..., Ms Jennifer Arkwright"); a state (an adjective) followed by a word qualifies that word
 * ("... and disabled bays only"). A condition may open a clause ("Stuart Mellor, sciatica has flared up").
 */
const LIST_ITEM_END = /^(?:\s*(?:[,;.!?)\]/:\n–—-]|$)|\s+(?:and|or|&)\b)/;
const TREATMENT_ITEM_END = new RegExp(`${LIST_ITEM_END.source}|^\\s+(?:on|at|in|next|this|that|every|all|again|tomorrow|today|tonight|booked|due|from|until|till|last|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\\b`, 'i');
function itemStandsAlone(text: string, end: number, kind: HealthKind, lead: string): boolean {
  if (/^(?:,|and|then|\s&)\s+the\s/.test(lead)) return false;
  const after = text.slice(end, end + 24);
  if (VERB_READING.test(after)) return false;
  if (LIST_ITEM_END.test(after)) return true;
  return kind !== 'state' && !/^ [A-Z]/.test(after);
}
export function listItem(ctx: ScanContext, p: number, end: number, kind: HealthKind, out: Candidate[]): void {
  const { lower, text } = ctx;
  const lead = LIST_BEFORE.exec(lower.slice(Math.max(0, p - 48), p));
  // A term typed right after a name, in lower case: "driver Harpreet Sandhu whiplash".
  if (!lead && nameRightBefore(text, p, personWordLast) && /[a-z]/.test(text.charAt(p)) && !TOPIC_AFTER.test(lower.slice(end, end + 24)) && itemStandsAlone(text, end, kind, '')) {
    out.push({ type: 'health', start: p, end, confidence: 0.7, rule: `health.named_${kind}` });
    return;
  }
  // No comma, dash or "and": the term may open a note's sentence about the person the sentence before named (health-notes.ts).
  if (!lead) {
    noteOpening(ctx, p, end, kind, out);
    return;
  }
  if (TOPIC_AFTER.test(lower.slice(end, end + 24)) || !itemStandsAlone(text, end, kind, lead[0])) return;
  // A treatment item (dev set 8 round: "off sick from Monday, knee surgery on Weds") is typed in lower case; capitalised,
  // it names a body or a service ("NHS Blood and Transplant are at ...").
  // It stands as an event, ending there or followed by when or where it happens ("knee surgery on Weds", "chemo next week"),
  // not as a modifier ("physio referrals go via OH"), and not in a sentence addressed to the reader.
  if (kind === 'treatment' && (!/[a-z]/.test(text.charAt(p)) || !TREATMENT_ITEM_END.test(text.slice(end, end + 12)) || ADDRESSED.test(sentenceBefore(lower, p, 90)))) return;
  // A dash, bracket, '+' or '|' sets the item off the thing just before it: that must be the person (a name or a person
  // word) or a detail of theirs ending in a digit ("dob 22.07.1998 - epileptic", "in cell 4 - heroin withdrawal").
  // Or the line opens with the person's name in lower case: "leanne price - heroin dependent" (health-notes.ts).
  const sentence = sentenceBefore(lower, p, 90);
  const whole = sentence.length < 90 || p <= 90;
  if (/^\s?[-–—+|(]/.test(lead[0]) && !setOffPerson(text, p - lead[0].length) && !opensWithLowerName(sentence, whole)) return;
  let at = p - lead[0].length;
  // After a colon, the word before it must be a capitalised name's last word and the item must end cleanly.
  const colon = /^([a-z]+):/.exec(lead[0]);
  if (colon) {
    if ((!/[A-Z]/.test(text.charAt(at)) && !opensWithLowerName(sentence, whole)) || !LIST_ITEM_END.test(text.slice(end, end + 6))) return;
    at += colon[1].length; // the name is part of the sentence the person is looked for in
  }
  const before = sentenceBefore(lower, at, 90);
  if (GENERIC_BEFORE.test(before)) return;
  // A lower-case name opening the line vouches only for the item set off right after it, not for later items ("gary
  // barlow - tickets for the gig, flu permitting").
  const person = PERSON.test(before) || (!TOPIC_SENTENCE.test(before) && (hasName(text, at, before.length, false) || (/^\s?[-–—:(]|^[a-z]+:/.test(lead[0]) && opensWithLowerName(sentence, whole)) || firstItemAfterLowerName(sentence, whole)));
  if (!person && !writerDropped(before)) return;
  const term = lower.slice(p, end);
  // Only a minor illness can be small talk: the person words and names are read for one alone.
  if (MINOR_SELF_LIMITING.has(term) && writersMinorIllness(term, personWords(before), hasName(text, at, before.length, false), '')) return;
  // The finding covers the modifiers and the term ("terminal lung cancer"), not the comma or "and".
  const modifiers = lead[0].replace(/^(?:,|and|then|\s&|[a-z]+:|\s[-–—+|]|\(|(?:years?|yrs?) old)\s*(?:(?:a|an)\s+)?/, '');
  out.push({ type: 'health', start: p - modifiers.length, end, confidence: 0.7, rule: `health.list_${kind}` });
}


/** The item is the first after a lower-case name opening the line, whatever sets it off ("rhys o'connor y10, type 2 diabetes"). */
const ONLY_MODIFIERS = new RegExp(`^\\s*(?:(?:${[...MODIFIER_WORDS].join('|')}|\\d{1,2})\\s+){0,3}$`);
function firstItemAfterLowerName(sentence: string, whole: boolean): boolean {
  const at = lowerNameOpening(sentence, whole);
  return at >= 0 && ONLY_MODIFIERS.test(sentence.slice(at));
}

function setOffPerson(text: string, at: number): boolean {
  const w = /([A-Za-z0-9'’]+)\)?\s*$/.exec(text.slice(Math.max(0, at - 30), at));
  if (!w) return false;
  if (/\d$/.test(w[1])) return true;
  if (PERSON.test(w[1].toLowerCase()) && w[1].length > 1) return true;
  // Or a first name and surname ("PS Mo Khan - kidney stones", "Gordon Platt (dementia)").
  const s = `${text.slice(Math.max(0, at - 40), at).trimEnd()} `;
  // Or a surname after a rank or title ("DC Jones — PTSD", "Mrs Okafor (dementia)"): the rank or title is a person word.
  const ranked = /(?:^|[^A-Za-z])([A-Za-z]+)\.? (?:O'|Mc|Mac)?[A-Z][a-z'’-]+ $/.exec(s);
  if (ranked && personWordLast(ranked[1].toLowerCase())) return true;
  return nameRightBefore(s, s.length, personWordLast);
}
