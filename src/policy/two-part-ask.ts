/**
 * Two-part asks the question-intent reader meets (twenty-first session, docs/policy-answers.md). Each reads the message's
 * words, normalised as question-intent.ts normalises them (lower case, punctuation gone, padded with spaces), except where
 * the comma itself is the signal.
 */

/**
 * "Where should the page link to, and can we add the link ourselves?": a wh-question, then after ", and" (or ", but", ", so")
 * the asker's own yes/no request in the same sentence. The request is what a verdict answers; the wh-part is the detail. Only
 * the asker's request ("can I / we"): ", and can they ..." or ", and can you tell me ..." asks nothing of the asker's plan.
 */
const REQUEST_AFTER_AND = /,\s*(?:and|but|so)\s+(?:can|could|may|might)\s+(?:i|we)\b/i;
export function asksRequestAfterAnd(raw: string): boolean {
  return REQUEST_AFTER_AND.test(raw);
}

/**
 * "can trainees log in from home, or only at work?", "is it open from a home PC, or corporate devices only?": when the other
 * alternative is the restriction itself ("or only ...", "or ... only", "or does that only ..."), the message does not ask
 * which of two holds; it asks whether the first may be done beyond the restriction, as a permission question does.
 * "or just ..." is left out: "can everyone see it or just my group" names two audiences, a choice of fact.
 */
const ONLY_OTHER = / or (?:only|solely|exclusively) | or (?:\w+ ){1,4}only $| or (?:is|does|do|are|will) (?:it|that|this|they|those) only /;
// The first alternative must speak of what may be done ("can trainees log in", "is it accessible / usable"): "would a
// newsletter reach every member or only his team" and "is the policy applicable to staff or only officers" ask which of two
// facts holds.
const MAY_BE_DONE = / (?:can|could|may|accessible|usable|available|allowed|permitted) /;
export function offersOnlyAsTheOther(asking: string): boolean {
  const m = ONLY_OTHER.exec(asking);
  return !!m && MAY_BE_DONE.test(asking.slice(0, m.index + 1));
}

/**
 * Judging a plan against the policy in other words than "allowed" (twenty-first session): "Is that in line / aligned with
 * policy?", "is it reasonable to ...", "is uploading it the right way, or ...", "is that an intended use". Each needs the plan
 * as its subject ("that", "this", "it ... to", an -ing act): "Is Yammer in line with GDPR?" and "is the policy consistent
 * with national guidance?" judge no plan of the asker's.
 */
export const JUDGEMENT_ASKS = [
  /\b(is|would|whether) (that|this) (be |s |is )?(\w+ )?(in line|aligned|in keeping|reasonable|appropriate|the right (way|thing|channel)|an intended use|a proper use)\b/,
  /\b(is|would) it (be )?(\w+ )?(reasonable|appropriate|in line|in keeping) (to|for|if)\b/,
  /\bis \w+ing (\w+ ){1,4}(the right (way|thing|channel)|an intended use|a proper use)\b/,
];
