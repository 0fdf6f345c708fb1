import type { ScanContext } from '../scan-context';
import type { Candidate } from './detector';
import { eachMatch } from '../text-utils';
import { BODY_PART_SET, healthKind, vocabularyFirstWords } from './health-vocabulary';
import { WordFacts, wordBefore } from './health-hits';
import { push } from './health-loose';

/**
 * Fourteenth session (health27): injuries and operations said in plain words, with the body part and no term of the
 * vocabulary ("he's done his achilles", "pulled my hamstring", "having his hip done", "had her appendix out",
 * "stabbed in the leg", "bleeding from the head", "after my op"). Each needs one specific person in the sentence and no
 * general talk (health-loose.ts's push), and a term the older rules read stays theirs.
 *
 * - A verb of hurting before a possessive and a body part: whose part is said, and the verb says it was hurt. "done" and
 *   "did" are British for injuring ("done his knee"), but "done my head in" is an idiom (annoyance), so not the head with
 *   them; nor a part that is the first word of a thing's name ("done my back garden", "cut his hand brake").
 * - A part or an organ had "done", "out", "replaced", "pinned": an operation on it (NHS A to Z names removal of the
 *   appendix, tonsils, gallbladder, wisdom teeth, womb and thyroid; those organs are read here besides the body parts).
 * - A wounding verb and where on the body ("stabbed in the leg", "bitten on the hand", "glassed in the face"), and
 *   bleeding from a part: the wound's place is the injury.
 * - Many tablets taken at once ("she'd taken 30 paracetamol", "swallowed about 20 of his tablets"): ten or more of a
 *   medicine, or of the painkillers sold over the counter (NHS: paracetamol, ibuprofen, aspirin, co-codamol), which the
 *   vocabulary leaves out because one or two are taken for a headache, is an overdose.
 * - The possessive "op" after a word of having or waiting ("had his op", "before my op"): the short form of operation,
 *   a police operation being "an op" or "the op", not had by a person; not "my op order", "his op team".
 */
const HURT = /\b(hurt|pulled|strained|done|did|knackered|cut|burnt|burned|bruised|gashed|jarred|wrenched|tweaked)\s+(?:his|her|my|their)\s+(?:(?:left|right|lower|upper)\s+)?([a-z]+)\b(?:\s+([a-z]+))?/g;
const COMPOUND = /^(?:garden|door|doors|yard|seat|seats|room|office|pocket|wheel|light|lights|end|street|lane|road|log|page|pay|line|gate|step|steps|wall|fence|bench|rest|brake|book|issue|catalogue)$/;
const REMOVED_ORGANS: readonly string[] = ['appendix', 'tonsils', 'gallbladder', 'wisdom', 'womb', 'thyroid', 'adenoids'];
const ORGANS: ReadonlySet<string> = new Set(REMOVED_ORGANS);
const OPERATED = /\b(?:having|had|have|has|getting|got|get|gets|to have)\s+(?:his|her|my|their)\s+(?:(?:left|right|both|other)\s+)?((?:wisdom teeth|[a-z]+))\s+(done|out|removed|replaced|pinned|plated|fixed|scoped|lasered|operated on)\b/g;
const WOUNDED = /\b(?:(?:stabbed|shot|bitten|slashed|glassed|knifed|scalded)\s+(?:in|on|to|through)|bleeding (?:from|out of))\s+(?:the|his|her|my|their)\s+(?:(?:left|right|lower|upper)\s+)?([a-z]+)\b/g;
const POSSESSIVE_OP = /\b(?:had|having|has had|after|before|recovering from|since|post|in for|date for|waiting for|awaiting)\s+(?:his|her|my|their)\s+op\b(?!\s+(?:order|orders|name|briefing|brief|team|plan|room|commander|lead|code))/g;
const POSSESSIVE = new Set(['his', 'her', 'my', 'their', 'the', 'left', 'right', 'lower', 'upper', 'both', 'other']);
const NUMBER_WORDS = 'ten|twelve|fifteen|twenty|thirty|forty|fifty|a hundred';
const MANY_TAKEN = new RegExp(String.raw`\b(?:took|taken|taking|swallowed|swallowing|downed|necked)\s+(?:(?:about|around|over|approx\.?|roughly|up to|at least|nearly|almost|maybe)\s+)?(\d{2,3}|${NUMBER_WORDS})(?:\s*x)?\s+(?:of\s+(?:his|her|their|my|the)\s+)?([a-z-]+)`, 'g');
const TABLETS = new Set(['paracetamol', 'ibuprofen', 'aspirin', 'co-codamol', 'tablets', 'pills', 'painkillers', 'sleeping']);
// The tablets wake the health detector through the pre-pass's hashed words (health.ts), as the organs and "op" do.
export const PLAIN_CARE_TERMS: readonly string[] = [...REMOVED_ORGANS, 'op', ...TABLETS];

/** What a candidate word can start here: a tablet or medicine, a body part or organ, "op" (health-hits.ts). */
const TAKEN = 1;
const PART = 2;
const OP = 4;
const CARE_FACTS = new WordFacts()
  // Every one-word phrase of the vocabulary is its own first word.
  .mark([...vocabularyFirstWords()].filter((w) => healthKind(w) === 'medication'), TAKEN)
  .mark(TABLETS, TAKEN)
  .mark(BODY_PART_SET, PART)
  .mark(ORGANS, PART)
  .mark(['op'], OP);

/** The match names one person's part: "his", "her", "my" (not "their", which may be a group's). */
const owns = (s: string): boolean => /\b(?:his|her|my)\b/.test(s);

export function plainCare(ctx: ScanContext, out: Candidate[]): void {
  const { lower } = ctx;
  let part = false;
  let op = false;
  let taken = false;
  for (const i of ctx.termCandidates) {
    const facts = CARE_FACTS.at(lower, i);
    if ((facts & TAKEN) !== 0) taken = true;
    if ((facts & (PART | OP)) === 0 || !POSSESSIVE.has(wordBefore(lower, i))) continue;
    if ((facts & PART) !== 0) part = true;
    else op = true;
  }
  if (part) {
    eachMatch(HURT, lower, (m) => {
      if (!BODY_PART_SET.has(m[2]) || (m[3] && COMPOUND.test(m[3])) || (m[2] === 'head' && /^d/.test(m[1]))) return;
      push(ctx, m.index, m.index + m[0].length - (m[3] ? m[3].length + 1 : 0), 'health.plain_injury', out, owns(m[0]));
    });
    eachMatch(OPERATED, lower, (m) => {
      const organ = m[1] === 'wisdom teeth' || ORGANS.has(m[1]);
      if (!organ && !BODY_PART_SET.has(m[1])) return;
      const start = m.index + m[0].length - m[2].length - 1 - m[1].length;
      push(ctx, start, m.index + m[0].length, 'health.plain_operation', out, owns(m[0]));
    });
    eachMatch(WOUNDED, lower, (m) => {
      if (BODY_PART_SET.has(m[1])) push(ctx, m.index, m.index + m[0].length, 'health.wound_place', out);
    });
  }
  if (taken) {
    eachMatch(MANY_TAKEN, lower, (m) => {
      if (/^\d/.test(m[1]) && Number(m[1]) < 10) return;
      if (!TABLETS.has(m[2]) && healthKind(m[2]) !== 'medication') return;
      push(ctx, m.index, m.index + m[0].length, 'health.many_taken', out);
    });
  }
  if (op) eachMatch(POSSESSIVE_OP, lower, (m) => {
    const end = m.index + m[0].length;
    // "had her op for the breast cancer": what it was for is the finding already, one reading of one disclosure.
    const reason = /^ (?:for|on)\s+(?:(?:the|his|her|my|a|an)\s+)?/.exec(lower.slice(end, end + 16));
    if (reason && out.some((c) => c.type === 'health' && c.start === end + reason[0].length)) return;
    push(ctx, end - 2, end, 'health.plain_operation', out, owns(m[0]));
  });
}
