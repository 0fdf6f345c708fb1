import type { Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { eachMatch } from '../text-utils';
import { BODY_PART_SET, CARE_UNITS, CONDITION_VERB_FORMS, healthKind, longestPhraseFrom, type HealthKind } from './health-vocabulary';
import { isWordChar, phrasesAt, straight, termStarts, wordAt } from './health-hits';
import { ASKING_FOR_ME, MINOR_SELF_LIMITING, conditionAsSubject, selfDisclosed, writersMinorIllness } from './health-self';
import { writerOnMedicine } from './health-described';
import { LIST_KINDS, listItem } from './health-list';
import { ADDRESSED, GENERIC_BEFORE, MODIFIER_WORDS, PERSON, TOPIC_AFTER, TOPIC_SENTENCE, hasName, hypotheticalCase, personWords, sentenceBefore } from './health-person';
import { objectsPart } from './health-object-parts';
import { deviceAsRole } from './health-devices';
import { writersCourse, writersHeadline } from './health-headline';
import { offeredAsService, surgeryAsMeeting } from './health-service-offer';
import { ABSENCE_FRAME, inHealthField, medicalGroundsBefore, ownerAfter, referralBefore } from './health-frames';
import { WORDNET_ANATOMICAL_ADJECTIVES } from './health-terms.generated';
import { DOES_GOOD, MEDICINE_LINKS, POSSESSIVE_ONLY, allergenStart, onlyInFor, ownedTerm, possessiveOwner } from './health-links';
import { careUnitLink, dropRedundantCareUnits } from './health-care-units';
import { conditionVerb, opensWithLowerName, subjectDroppedAfterPerson } from './health-notes';
import { injuredParts, injuryTo, listedInjuredPart, sentenceRule } from './health-sentence';
import { clinicianReportsBefore, inClinicianNotes } from './health-clinician';
import { identifiedPatient } from './health-identified';

/**
 * Health disclosures read from the vocabulary (health-vocabulary.ts): a term counts only
 * when a person is said to have it. The shape is "<person> <link> <modifiers> <term>":
 * "she is type 1 diabetic", "elderly female there has COPD", "he starts chemotherapy",
 * "hasnt had his lithium", "Ian ... once his ACL reconstruction heals", "a diagnosis of
 * Crohn's disease", "broken jaw". A person is a pronoun, a possessive, a role noun or a
 * capitalised name in the same sentence before the link. Topic posts ("Diabetes UK",
 * "people with dementia", "dementia awareness") have no such person and are not flagged.
 */
const LINK =
  /\b(?:has|have|had|hasnt|hasn't|got|with|suffering from|suffers from|suffered from|recovering from|recovering after|history of|diagnosis of|diagnosed with|diagnosed|living with|battling|treatment for|treated for|surgery for|operation for|in hospital (?:with|for|after)|admitted with|positive for|disclosed|discloses|disclosing|round of|rounds of|course of|cycle of|cycles of|due to|because of|following|after|is|was|'s|s|are|been|being|feeling|became|become|starts|started|starting|having|undergoing|awaiting|needs|needed|on|takes|taking|took|taken|carries|carrying|carry|uses|using|prescribed|his|her|their|my|whose|whos|who's|hes|he's|shes|she's|im|i'm)\s+/g;
/**
 * Walking back from a vocabulary hit: modifier words are skipped, then a link word (or a
 * two-word link ending in from/of/with/for/to/after) must come next. Word by word, so
 * the cost per hit is a few short slices, never a regex anchored at every offset.
 */
const LINK_WORDS = new Set(LINK.source.slice(5, LINK.source.lastIndexOf(')')).split('|').filter((w) => !w.includes(' ') && !w.includes('(')));
const TWO_WORD_LINKS = new Set(
  LINK.source.slice(5, LINK.source.lastIndexOf(')')).split('|').filter((w) => w.includes(' ') && !w.includes('(')).concat(['hospital with', 'hospital for', 'hospital after', 'in for']),
);
/** Walking back, an adjective of a body part is a modifier too: "after spinal surgery", "his renal failure". */
const WALK_MODIFIERS: ReadonlySet<string> = new Set([...MODIFIER_WORDS, ...WORDNET_ANATOMICAL_ADJECTIVES]);

function prevWord(lower: string, end: number): [number, string] | undefined {
  let e = end;
  while (e > 0 && lower.charCodeAt(e - 1) === 32) e--;
  let s = e;
  while (s > 0 && (isWordChar(lower.charCodeAt(s - 1)) || (lower.charCodeAt(s - 1) >= 48 && lower.charCodeAt(s - 1) <= 57))) s--;
  return s < e ? [s, lower.slice(s, e)] : undefined;
}

function linkBefore(text: string, lower: string, p: number): { link: string; linkIndex: number; owner?: boolean } | undefined {
  let pos = p;
  let w = prevWord(lower, pos);
  // The possessive nearest the term is itself a link when nothing before it is: "once his ACL reconstruction heals".
  let possessive: { link: string; linkIndex: number } | undefined;
  for (let k = 0; k < 5 && w && (WALK_MODIFIERS.has(w[1]) || /^\d{1,2}$/.test(w[1])); k++) {
    if (!possessive && /^(?:his|her|their|my)$/.test(w[1])) possessive = { link: w[1], linkIndex: w[0] };
    pos = w[0];
    w = prevWord(lower, pos);
  }
  if (!w || lower.charCodeAt(w[0] + w[1].length) !== 32) return possessive;
  const v = w[1].replace(/’/g, "'");
  const two = prevWord(lower, w[0]);
  if (two && lower.charCodeAt(two[0] + two[1].length) === 32 && TWO_WORD_LINKS.has(`${two[1]} ${v}`)) return { link: `${two[1]} ${v}`, linkIndex: two[0] };
  if (LINK_WORDS.has(v)) return { link: v, linkIndex: w[0] };
  // "she's", "who's": the link is the contraction on the end of the word; "my son's", "Dave's": a possessive.
  if (v.endsWith("'s") && v.length > 2) return { link: "'s", linkIndex: w[0] + v.length - 2, owner: possessiveOwner(text, lower, w[0], v) };
  return possessive;
}
/** What hurts after a body part ("lower back injury", "knee pain"), read without a regex per body part. */
// A wound names what hurts as an injury does ("a head wound", "chest wounds"; dev set 13 round).
const HURT = [' injury', ' injuries', ' pain', ' problems', ' problem', ' wound', ' wounds'];
/** Links after which only certain kinds read as health: "on methadone", "his lithium". */
const ON_KINDS: ReadonlySet<HealthKind> = new Set(['medication', 'treatment']);
/** Only medicines and treatments are taken, carried or prescribed (health-links.ts). */
const takenOnly = (link: string): boolean => link === 'on' || MEDICINE_LINKS.has(link);
const IS_KINDS: ReadonlySet<HealthKind> = new Set(['state']);

// Fourteenth session: "bust", "busted": WordNet gives "bust" as a synonym of "break" ("bust my collarbone").
// Eighteenth session: what a wound or a sprain looks like too ("the detainee's swollen wrist", "bruised ribs", "an infected hand").
const INJURY = /\b(?:broken|broke|bust|busted|tore|twisted|fractured|fracture of the|dislocated|cracked|shattered|torn|ruptured|punctured|snapped|badly injured|injured|sprained|damaged|swollen|bruised|infected|scalded)\s+(?:(?:left|right|his|her|their|my|a|an|the|both)\s+){0,2}/g;
const LOOKS = /^(?:swollen|bruised|infected|scalded)\b/;
const PROCEDURE = /^\s*(?:replacement|reconstruction|surgery|operation|op|transplant|bypass|fusion|repair|removal|removed|biopsy)\b/;
const BARE_STATE = /(?:,|\band)\s+(diabetic|epileptic|asthmatic|pregnant|suicidal|sectioned|paralysed|autistic|dyslexic|anorexic|bulimic|schizophrenic|psychotic|terminally ill|hiv positive)\b/g;
const SICK_BEFORE = /\b(?:sick|signed off|off work|off|sick leave|injur\w*|hurt|leave|pain)\s*$/;

export function detectHealthTerms(ctx: ScanContext, out: Candidate[]): void {
  const { lower, text } = ctx;
  // Vocabulary words first (one cheap pass); the link and the person are only looked for behind a hit.
  const hits = termStarts(ctx);
  if (hits.length === 0) return;
  let bodyPart = false;
  let state = false;
  let askingForMe: boolean | undefined;
  for (const p of hits) {
    const firstWord = wordAt(lower, p);
    // "Gemma overdosed": a verb of the body that names a condition, after its subject (health-notes.ts).
    if (CONDITION_VERB_FORMS.has(firstWord)) {
      conditionVerb(ctx, p, p + firstWord.length, out);
      continue;
    }
    if (BODY_PART_SET.has(firstWord)) {
      bodyPart = true;
      injuryTo(ctx, p, p + firstWord.length, out);
      listedInjuredPart(ctx, p, p + firstWord.length, out);
    }
    if (healthKind(firstWord) === 'state' || firstWord === 'terminally' || firstWord === 'hiv') state = true;
    let termStart = p;
    const longest = longestPhraseFrom(straight(firstWord));
    let kind: HealthKind | undefined;
    let end = -1;
    if (longest > 0) {
      for (const [phrase, e] of phrasesAt(lower, termStart, longest, true)) {
        const k = healthKind(phrase);
        if (k) {
          kind = k;
          end = e;
        }
      }
    }
    // "his hip replacement", "a knee operation": a body part then a procedure.
    if (!kind && BODY_PART_SET.has(firstWord)) {
      const pr = PROCEDURE.exec(lower.slice(termStart + firstWord.length, termStart + firstWord.length + 16));
      if (pr) {
        kind = 'treatment';
        end = termStart + firstWord.length + pr[0].length;
      }
    }
    // "lower back injury", "knee pain": a body part named as what hurts.
    if (!kind && BODY_PART_SET.has(firstWord)) {
      const hurt = HURT.find((h) => lower.startsWith(h, termStart + firstWord.length) && !isWordChar(lower.charCodeAt(termStart + firstWord.length + h.length)));
      if (hurt) {
        kind = 'condition';
        end = termStart + firstWord.length + hurt.length;
      }
    }
    // Most hits start no phrase ("a", "in", "on" open a few): the walk back is only worth it for a term or a body part.
    if (!kind && !BODY_PART_SET.has(firstWord)) continue;
    // "a nut allergy": the allergen is part of the term (health-links.ts).
    if (kind) termStart = allergenStart(lower, p, lower.slice(p, end));
    if (kind && (offeredAsService(lower, termStart) || surgeryAsMeeting(lower, termStart, end))) continue;
    const careUnit = CARE_UNITS.has(lower.slice(termStart, end)) ? careUnitLink(lower, termStart) : undefined;
    const found = careUnit ?? linkBefore(text, lower, termStart);
    if (kind && onlyInFor(lower, termStart, end, found?.link)) continue;
    if (!found) {
      if (POSSESSIVE_ONLY.has(lower.slice(termStart, end))) continue;
      if (kind && unlinkedFrame(ctx, termStart, end, kind, out)) continue;
      if (kind === 'condition' && !TOPIC_AFTER.test(lower.slice(end, end + 24)) && conditionAsSubject(sentenceBefore(lower, termStart, 40), lower.slice(termStart, end), lower.slice(end, end + 60))) {
        out.push({ type: 'health', start: termStart, end, confidence: 0.7, rule: 'health.subject' });
        continue;
      }
      if (kind && kind !== 'state' && writersCourse(lower, termStart, end)) {
        out.push({ type: 'health', start: termStart, end, confidence: 0.7, rule: 'health.writers_course' });
        continue;
      }
      if (kind && termStart < 8 && writersHeadline(lower, termStart, end)) {
        out.push({ type: 'health', start: termStart, end, confidence: 0.7, rule: 'health.headline' });
        continue;
      }
      const count = out.length;
      if (kind && LIST_KINDS.has(kind)) listItem(ctx, termStart, end, kind, out);
      if (kind && selfDisclosed((askingForMe ??= lower.indexOf('asking for') >= 0 && ASKING_FOR_ME.test(lower)), sentenceBefore(lower, termStart, 70), lower.slice(end, end + 20)) && !TOPIC_AFTER.test(lower.slice(end, end + 24))) {
        out.push({ type: 'health', start: termStart, end, confidence: 0.7, rule: 'health.self' });
      }
      // Thirteenth session: beside someone's identifier, the term is theirs (health-identified.ts).
      if (kind && out.length === count && !identifiedPatient(ctx, termStart, end, out)) sentenceRule(ctx, termStart, end, kind, out);
      continue;
    }
    const { link, linkIndex, owner } = found;
    let start = linkIndex + link.length + 1;
    const mod = start < termStart ? [lower.slice(start, termStart)] : null;
    // "on the sick with my back", "off work with her knee": a body part named as the reason for sickness.
    if (!kind && BODY_PART_SET.has(firstWord) && mod && /\b(?:my|his|her|their|a bad|bad)\s+$/.test(mod[0]) && SICK_BEFORE.test(lower.slice(Math.max(0, linkIndex - 30), linkIndex))) {
      kind = 'condition';
      end = termStart + firstWord.length;
    }
    if (!kind) continue;
    // Fifteenth session: "in for" a treatment is a stay or a visit for it (health-links.ts onlyInFor).
    if ((takenOnly(link) && !ON_KINDS.has(kind)) || (link === 'in for' && kind !== 'treatment')) {
      sentenceRule(ctx, termStart, end, kind, out);
      continue;
    }
    // A test result names a condition ("tested positive for covid"); a drug test's substance is no one's health ("positive for cocaine").
    if (link === 'positive for' && kind !== 'condition') continue;
    if (deviceAsRole(lower.slice(termStart, end), link)) continue;
    if (/^(?:is|was|are|been|being|became|become|'s|s|whos|who's|hes|he's|shes|she's|im|i'm|feeling)$/.test(link) && !IS_KINDS.has(kind) && !mod && !(owner && ownedTerm(text, lower.slice(termStart, end), end))) {
      sentenceRule(ctx, termStart, end, kind, out);
      continue;
    }
    if (/^(?:his|her|their|my|whose)$/.test(link) && kind === 'state') continue;
    // After a referral, "support" or "clinic" is where the person is sent, not a topic ("referred to OH for PTSD support").
    const referral = link === 'for' && referralBefore(lower, p) >= 0;
    // A numbered type is the person's own diagnosis, never a specialty ("is a type 1 diabetic nurse says ...": no nurse or
    // clinic specialises in one type), so a topic word after it does not make it topic talk (dev set 13 round).
    if (!referral && TOPIC_AFTER.test(lower.slice(end, end + 24)) && !/^type (?:1|2|one|two)\b/.test(lower.slice(termStart, end))) continue;
    // Clinical phrases ("history of", "diagnosis of", a referral) may follow the sentence that names the person.
    const clinical = referral || /^(?:history of|diagnosis of|diagnosed with|diagnosed)$/.test(link);
    const before = clinical ? lower.slice(Math.max(0, linkIndex - 100), linkIndex) : sentenceBefore(lower, linkIndex, 70);
    // The writer's own health (health-self.ts) is read only where no other person is found.
    let generic = GENERIC_BEFORE.test(before);
    const possessive = (owner === true && ownedTerm(text, lower.slice(termStart, end), end)) || /^(?:his|her|their|my)$/.test(link) || (mod !== null && /\b(?:his|her|their|my)\s/.test(mod[0]));
    // A case put as a condition ("if the detainee is deaf, ...") is no one's, unless the term is owned ("if the misper has her insulin").
    if (!possessive && hypotheticalCase(before)) generic = true;
    // "Mental health" is a topic ("mental health patients", "works in mental health") unless someone's: "worried about his mental health".
    // Nor what does it good: "running is great for my mental health".
    if (POSSESSIVE_ONLY.has(lower.slice(termStart, end)) && (!possessive || DOES_GOOD.test(lower.slice(Math.max(0, termStart - 40), termStart)))) continue;
    // An absence or return-to-work phrase is about one member of staff: the one named, or the writer.
    // Not when the sentence speaks to or about staff in general ("If you're on a phased return after surgery, ...").
    const absence = ABSENCE_FRAME.test(before) && !TOPIC_SENTENCE.test(before) && !ADDRESSED.test(before);
    // The owner may be named after the term: "it's a stress fracture in my foot".
    // A note line may open with the name in lower case: "leanne price - heroin dependent, on methadone" (health-notes.ts).
    let noPerson = !generic && !possessive && !ownerAfter(lower, end) && !PERSON.test(before) && !hasName(text, linkIndex, before.length) && !/^(?:whos|who's|hes|he's|shes|she's|im|i'm)$/.test(link) && !absence && !opensWithLowerName(before, clinical || before.length < 70 || linkIndex <= 70) && !inClinicianNotes(lower, linkIndex);
    if (noPerson && !clinical && subjectDroppedAfterPerson(text, lower, linkIndex - before.length, before, link)) noPerson = false;
    // Eighteenth session: a sentence opening "On <medicine>" drops the writer's "I'm" ("On sertraline at the moment, ...").
    if (noPerson && link === 'on' && kind === 'medication' && before.trim() === '' && writerOnMedicine(lower, end)) noPerson = false;
    if ((generic || noPerson) && !selfDisclosed((askingForMe ??= lower.indexOf('asking for') >= 0 && ASKING_FOR_ME.test(lower)), before, lower.slice(end, end + 20))) {
      if (!generic && !identifiedPatient(ctx, termStart, end, out)) sentenceRule(ctx, termStart, end, kind, out);
      continue;
    }
    // The writer's own cold or flu is small talk, not a disclosure (health-self.ts); someone else's is still theirs.
    // Only a minor illness can be small talk: the person words and names are read for one alone.
    const term = lower.slice(termStart, end);
    if (MINOR_SELF_LIMITING.has(term) && writersMinorIllness(term, personWords(before), hasName(text, linkIndex, before.length), link)) continue;
    // "self-harm and ADHD": a second term joined to the first.
    const and = /^(?:,? and |, | & )([a-z][a-z'’-]*)/.exec(lower.slice(end, end + 30));
    if (and && healthKind(and[1])) {
      const s2 = end + and[0].length - and[1].length;
      // The longest phrase of the vocabulary from there: "self-harm and suicidal thoughts", not "suicidal" alone.
      let [joined, e2] = [and[1], s2 + and[1].length];
      for (const [phrase, e] of phrasesAt(lower, s2, longestPhraseFrom(and[1]), true)) if (healthKind(phrase)) [joined, e2] = [phrase, e];
      out.push({ type: 'health', start: s2, end: e2, confidence: 0.75, rule: `health.${healthKind(joined)}` });
    }
    start = mod && /^(?:a |an |the |his |her |their |my |now |also |really |very |still |been |being )/.test(mod[0]) ? termStart : start;
    const confidence = kind === 'medication' ? 0.7 : 0.8;
    out.push({ type: 'health', start, end, confidence, rule: careUnit ? 'health.care_unit' : `health.${kind}` });
  }
  // A bare state after a comma or "and": "dob 04/04/1988, asthmatic and lost his inhaler".
  if (state) eachMatch(BARE_STATE, lower, (m) => {
    const start = m.index + m[0].length - m[1].length;
    const before = sentenceBefore(lower, m.index, 90);
    if (!PERSON.test(before) && !hasName(text, m.index, before.length)) return;
    out.push({ type: 'health', start, end: start + m[1].length, confidence: 0.7, rule: 'health.state' });
  });
  // Injuries: "broken jaw", "fractured pelvis", "torn ACL".
  if (bodyPart) eachMatch(INJURY, lower, (m) => {
    const at = m.index + m[0].length;
    const part = phrasesAt(lower, at, 2).find(([p]) => BODY_PART_SET.has(p));
    if (!part || objectsPart(lower.slice(Math.max(0, m.index - 60), m.index), lower.slice(m.index, part[1]))) return;
    // A look, not a break ("bruised knee paint" on a mannequin): only had by someone, with a possessive or a person in the sentence.
    if (LOOKS.test(m[0]) && !/\b(?:his|her|their|my)\s/.test(m[0]) && !/\b(?:has|had|have|got|with)\s+(?:an?\s+)?(?:[a-z]+\s+)?$/.test(lower.slice(Math.max(0, m.index - 30), m.index)) && !PERSON.test(sentenceBefore(lower, m.index, 90)) && !hasName(text, m.index, 90)) return;
    out.push({ type: 'health', start: m.index, end: part[1], confidence: 0.8, rule: 'health.injury' });
  });
  if (bodyPart) injuredParts(ctx, out);
  dropRedundantCareUnits(lower, out);
}

/**
 * A term with no link before it that a frame of health-frames.ts ties to a person: a health field of a record,
 * a referral, the owner after it ("physio for my shoulder"), a decision on medical grounds ("revoked on medical grounds (epilepsy)"). True when it pushed a finding.
 */
function unlinkedFrame(ctx: ScanContext, p: number, end: number, kind: HealthKind, out: Candidate[]): boolean {
  const { lower, text } = ctx;
  if (TOPIC_AFTER.test(lower.slice(end, end + 24)) && referralBefore(lower, p) < 0) return false;
  let rule = '';
  // A record's health field is about the person the record names ("Detainee: ...", "Name: ...").
  if (inHealthField(lower, p, kind === 'medication') && (PERSON.test(lower) || /\bname\b/.test(lower) || hasName(text, text.length, text.length))) rule = 'health.field';
  // A clinician's notes or report is about their patient (health-clinician.ts).
  // The report needs a person in its own sentence ("Applicant's DOB ..., GP says heavy drinker"): read locally, so a post of
  // many reports stays linear.
  else if (inClinicianNotes(lower, p) || (clinicianReportsBefore(lower, p) && PERSON.test(sentenceBefore(lower, p, 100)))) rule = 'health.clinician';
  else if (ownerAfter(lower, end)) rule = 'health.owner';
  // A decision about someone on medical grounds, not advice to staff in general or a policy ("if you retire on medical grounds (...)").
  else if (medicalGroundsBefore(lower, p)) {
    const sentence = `${sentenceBefore(lower, p, 120)} ${lower.slice(end, end + 80).split(/[.!?\n]/, 1)[0]}`;
    if (TOPIC_SENTENCE.test(sentence) || ADDRESSED.test(sentence) || GENERIC_BEFORE.test(sentence) || /\be\.?g\b|\bsuch as\b/.test(sentence)) return false;
    rule = 'health.grounds';
  }
  else {
    // A referral is clinical: the person may be named in the sentence before ("Student feedback: ..., referred to OH for PTSD support").
    const r = referralBefore(lower, p);
    if (r < 0) return false;
    const before = lower.slice(Math.max(0, r - 100), r);
    if (GENERIC_BEFORE.test(before) || (!PERSON.test(before) && !hasName(text, r, before.length))) return false;
    rule = 'health.referral';
  }
  out.push({ type: 'health', start: p, end, confidence: 0.75, rule });
  return true;
}
