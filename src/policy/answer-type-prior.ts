import { normaliseWords } from './tokenise';

/**
 * Question type -> answer type, a classic QA prior: "who" wants a clause naming a team or
 * role, "how fast / when" one with a time, "why" one giving a purpose, "what is X" the clause
 * that defines X.
 * Returns a multiplier per clause text; 1 when the question type says nothing.
 *
 * A clause names an agent when a team or role follows "by", "with", "to", "sits with" or "contact": "please contact the
 * Web Communications Team" names whom to go to, which is what "who do I ring about this policy?" asks for.
 */
const AGENT = /\b(by|with|to|sits with|contact) (the )?[\w /-]{0,50}?(team|department|managers|group|leads|staff|officers|communications|standards)\b/i;
const TIME = /\b(\d+\s*(hours?|days?|weeks?|minutes?)|within|regularly|immediate(ly)?|once)\b/i;
const PURPOSE = /\b(so that|in order to|to support|to ensure|to help|designed to|can help|is committed to|as such|to build|because|therefore)\b/i;
const BOOST = 1.3;

/** The prior of a question whose type says nothing about its answer (callers may skip applying it). */
export const NO_PRIOR = (): number => 1;

export function answerTypePrior(question: string): (clauseText: string) => number {
  const words = normaliseWords(question);
  const q = words.join(' ');
  // "who is this policy for" asks about scope, not about who does something.
  const scopeQuestion = /\b(for|apply to|applies to|cover)$/.test(q);
  if (!scopeQuestion && (/^(who|whose|whom)\b/.test(q) || /\bwho (is|are|does|do|can|should|will)\b/.test(q))) {
    return (t) => (AGENT.test(t) ? BOOST : 1);
  }
  if (/^(when|how (fast|quick|quickly|soon|long|often))\b/.test(q) || /\bhow (fast|quick|quickly|soon|long)\b/.test(q)) {
    return (t) => (TIME.test(t) ? BOOST : 1);
  }
  if (/^why\b/.test(q) || /\bwhat is the (point|purpose)\b/.test(q)) {
    return (t) => (PURPOSE.test(t) ? BOOST : 1);
  }
  const def = /^(?:what is|what are|tell me about|explain) (?:an? |the )?([a-z0-9 ]{2,40}?)$/.exec(q);
  if (def) {
    const defines = new RegExp(`^(the )?${def[1]} (is|are)\\b`, 'i');
    return (t) => (defines.test(t) ? 2 : 1);
  }
  return NO_PRIOR;
}
