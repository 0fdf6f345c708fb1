import { contentStems, normaliseWords } from './tokenise';

/**
 * Refraining (sixteenth session). "Is it OK not to put a photo on my profile?", "can I leave my location off it?", "is it
 * fine if I never post anything personal in my status?" propose *not* doing something. A sentence that forbids an act
 * complies with being left undone; one that limits which things may be used ("only photographs of the employee can be
 * used") or merely permits ("employees can update their profile with ...") makes nothing of it required. So leaving the
 * act undone is allowed under all three; only an obligation ("must use", "should link", "will be set up by") is broken
 * by it, and that is left to the other rules.
 *
 * General English only: a negation or an omission verb governing the proposed act. Not "can I not ...", "could we not
 * just ...": a negated modal before the asker is a negative question asking to *do* it ("can I not just use my Gmail?").
 * Not "without ...": it qualifies an act still proposed ("set up a page without going through comms").
 */
const REFRAIN = [
  // "ok not to put", "allowed to not include", "free not to", "choose not to show", "rather not give"
  / (ok|okay|fine|alright|acceptable|allowed|permitted|able|free|choose|chose|decide|decided|prefer|rather|possible) (for (me|us) )?(to )?(not|never) /,
  // "is it fine if I never post", "ok if we do not add"
  / (if|that) (i|we) (do not|did not|never|will not|would not) /,
  // "leave my unit and location off", "keep my profile blank", "leave out my station"
  / (leave|leaving|keep|keeping) (\w+ ){1,5}?(off|out|blank|empty) /,
  / (leave|leaving) (off|out) /,
  // "skip uploading", "avoid using", "refrain from posting", "opt out of"
  / (skip|skipping|avoid|avoiding|refrain from|refraining from|opt out of|opting out of) /,
];
// Where the refrained act ends: what follows a conjunction or a new clause is another matter ("... before I post it").
const SPAN_END = / (and|but|or|instead|rather than|before|after|when|until|unless|so|because|as|since|while) /;

const SUBSTITUTES = / (instead|rather than|in place of|replace|replaces|replacing|substitute|swap|switch) /;

/**
 * The sentence that asks: the one ending in the message's last "?" ("I'd rather not show my face. Can I use the club badge
 * instead?" asks about the badge); a message without a "?" is read whole.
 */
function askingSentence(question: string): string {
  const end = question.lastIndexOf('?');
  if (end < 0) return question;
  const before = question.slice(0, end);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '));
  return before.slice(start + 1);
}

/** The words of the act the question proposes leaving undone, or undefined when it proposes no refraining. */
export function refrainedAct(question: string): string | undefined {
  const text = ` ${normaliseWords(askingSentence(question)).join(' ')} `;
  // Leaving one thing out *for* another ("skip the intranet and put it on the forum", "no photo of me - the crest instead")
  // proposes the other thing, which is what the clause judges.
  if (SUBSTITUTES.test(text)) return undefined;
  let best: RegExpExecArray | null = null;
  for (const r of REFRAIN) {
    const m = r.exec(text);
    if (m && (!best || m.index < best.index)) best = m;
  }
  // A refraining after "and" is the second half of a plan whose first half is an act of its own ("post it and skip ...").
  if (!best || / and /.test(text.slice(0, best.index + 1))) return undefined;
  // The act runs from the trigger (whose own words, "leave my unit and location off", name it) to the next conjunction.
  const after = text.slice(best.index + best[0].length - 1);
  const end = SPAN_END.exec(after);
  return `${best[0]}${end ? after.slice(1, end.index) : after.slice(1)}`.replace(/\s+/g, ' ').trim();
}

// The refraining words themselves name no act: "keep" or "free" in a sentence is not the act left undone.
const TRIGGER_STEMS = new Set(contentStems('ok okay fine alright acceptable allowed permitted able free choose chose decide decided prefer rather possible leave leaving keep keeping off out blank empty skip skipping avoid avoiding refrain refraining opt opting never'));

/** The question proposes leaving undone an act the quoted sentence speaks of (they share a content word). */
export function refrainsFromQuoted(question: string, sentence: string): boolean {
  const act = refrainedAct(question);
  if (!act) return false;
  const inSentence = new Set(contentStems(sentence));
  return contentStems(act).some((s) => inSentence.has(s) && !TRIGGER_STEMS.has(s));
}
