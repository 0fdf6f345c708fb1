import type { PolicyMetadata, Verdict } from './types';
import { HEADER_SECTION } from './clause-context';

/** Short plain-English answers; the citation carries the full clause text. */
const OPENERS: Record<Exclude<Verdict, 'not_covered'>, string> = {
  allowed: 'Yes.',
  not_allowed: 'No.',
  conditional: 'Yes, with a condition:',
  info: '',
};

export function answerText(verdict: Verdict, quote: string, section: string, metadata: PolicyMetadata | undefined, condition?: string): string {
  if (verdict === 'not_covered') return notCoveredText(metadata);
  const where = section === HEADER_SECTION ? "The policy's header" : `Section ${section} of the policy`;
  if (verdict === 'conditional' && condition) return `${OPENERS.conditional} ${condition}. ${where} says: "${quote}"`;
  const opener = OPENERS[verdict];
  return `${opener && verdict !== 'conditional' ? `${opener} ` : verdict === 'conditional' ? 'It depends. ' : ''}${where} says: "${quote}"`;
}

/** The "I'm not sure" lead for a low-confidence answer. */
export function uncertainLead(): string {
  return "I'm not sure I have understood; this is the closest part of the policy.";
}

/** After a refusal that still quotes the nearest clause. */
export function closestLead(): string {
  return 'The closest part of the policy is below, in case it is what you meant.';
}

export function notCoveredText(metadata: PolicyMetadata | undefined): string {
  const title = metadata?.title ? `The ${metadata.title} policy` : 'The policy';
  const contact = metadata?.contact ?? (metadata?.owner ? `Please contact ${ownerPhrase(metadata.owner)}.` : 'Please ask your line manager.');
  return `${title} does not cover that. ${contact}`;
}

export function expiryNote(metadata: PolicyMetadata): string | undefined {
  if (!metadata.expired) return undefined;
  return `Note: this policy is marked as expired; check with ${metadata.owner ? `${ownerPhrase(metadata.owner)},` : 'the policy owner'} for the current version.`;
}

/** "OSDG" alone means nothing to most readers: say what it is, as the policy's own header does. */
function ownerPhrase(owner: string): string {
  return `${owner}, the department that owns this policy`;
}

/**
 * The condition a clause attaches, in its own words: what follows "ensure that", "as long as",
 * "provided that", "subject to", "only if", "unless"; or, for a clause that gives the job to
 * a named team, that part ("set up by the Web Communications Team"); or what an "only" lets through.
 */
export function conditionOf(sentence: string): string | undefined {
  const m = /\b(ensure that|ensure the|provided that|as long as|subject to|only if|unless)\b\s*([^.;]+)/i.exec(sentence);
  if (m) return `${m[1].toLowerCase()} ${m[2].trim()}`;
  const agent = /\b((?:set up|created|managed|maintained|undertaken|monitored|updated)[^.;]*? by (?:the )?(?:[A-Z][\w-]*\s?)+(?:Team|Department|Managers|Group))/.exec(sentence);
  if (agent) return `it must be ${agent[1].trim()}`;
  // "only those with Force email addresses may join": the "only" is the condition ("only photographs of the employee").
  const only = /(?<![-\w])(only\s+[^.;]+)/i.exec(sentence);
  if (only) return only[1].trim();
  const must = /\b(must|should|will)\s+([^.;]+)/i.exec(sentence);
  if (must) return `${must[1].toLowerCase()} ${must[2].trim()}`.replace(/^will /, 'it will ');
  return undefined;
}
