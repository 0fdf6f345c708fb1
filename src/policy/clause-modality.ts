/**
 * What a clause's own words say about an action, read from its modal phrases:
 * "should not", "must NOT", "refrain from" forbid; "only ... can" and "must use X" restrict;
 * "ensure that" / "as long as" attach a condition; "encouraged to", "can", "are able to",
 * "is not required" permit; "must", "will be set up by" oblige.
 */
export type Modality = 'permit' | 'prohibit' | 'restrict' | 'condition' | 'oblige' | 'none';

const NOT_REQUIRED = /\b(is|are) not (required|needed|necessary)\b|\bno need\b|\bdoes not need\b/;
const CONDITION = /\b(ensure that|ensure the|provided that|as long as|subject to|only if|unless)\b/;
const PROHIBIT = /\b(should|must|may|shall|will) not\b(?! be (pre-?moderated|assured))|\bmustn'?t\b|\bshouldn'?t\b|\bcan'?t be\b|\bcannot be (used|forwarded|shared)\b|\brefrain from\b|\bnever\b|\bprohibited\b|\bnot (permitted|allowed)\b|\bdo not\b/;
const ONLY = /\bonly\b/;
// "must use the allocated email address" names the one thing to use, as "only the allocated address can be used" would.
const MUST_USE = /\b(must|shall|should) (only )?use\b/;
const PERMIT = /\b(encouraged to|can|could|are able to|is able to|be able to|free to|may|are permitted|is permitted|are allowed|is allowed)\b|\badvantages?\b|\bbenefits?\b/;
const OBLIGE = /\b(must|should|shall|will be (set up|created|managed|maintained|undertaken|monitored)|are required|is required|have to|need to)\b/;

export function modalityOf(sentence: string): Modality[] {
  const s = sentence.toLowerCase();
  const found: Modality[] = [];
  if (NOT_REQUIRED.test(s)) return ['permit'];
  if (CONDITION.test(s)) found.push('condition');
  if (PROHIBIT.test(s)) found.push('prohibit');
  if (ONLY.test(s) || MUST_USE.test(s)) found.push('restrict');
  if (PERMIT.test(s)) found.push('permit');
  if (OBLIGE.test(s)) found.push('oblige');
  return found.length ? found : ['none'];
}

const AGENT = /\b((?:set up|created|managed|maintained|undertaken|monitored|updated)[^.]*?) by (?:the )?((?:[A-Z][\w-]*\s?)+(?:Team|Department|Managers|Group))/;

/** "will be set up by the Web Communications Team": the action belongs to a named team, not the reader. */
export function namedAgent(sentence: string): string | undefined {
  const m = AGENT.exec(sentence);
  return m ? m[2].trim() : undefined;
}

/**
 * The named team is given only the making of the thing ("will be set up by the Web Communications Team ... and will be
 * managed by officers on that neighbourhood"), not its running ("created, managed and maintained by ..."): running,
 * posting on or helping with the thing once it exists is not the act the clause reserves.
 */
export function reservesOnlyMaking(sentence: string): boolean {
  const m = AGENT.exec(sentence);
  return !!m && !/\b(managed|maintained|undertaken|monitored|updated)\b/.test(m[1]);
}
