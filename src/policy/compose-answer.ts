import type { PolicyMetadata, Verdict } from './types';

/** Short plain-English answers; the citation carries the full clause text. */
const OPENERS: Record<Exclude<Verdict, 'not_covered'>, string> = {
  allowed: 'Yes.',
  not_allowed: 'No.',
  conditional: 'Only under conditions.',
  info: '',
};

export function answerText(verdict: Verdict, quote: string, section: string, metadata: PolicyMetadata | undefined): string {
  if (verdict === 'not_covered') return notCoveredText(metadata);
  const opener = OPENERS[verdict];
  return `${opener ? `${opener} ` : ''}Section ${section} of the policy says: "${quote}"`;
}

export function notCoveredText(metadata: PolicyMetadata | undefined): string {
  const title = metadata?.title ? `The ${metadata.title} policy` : 'The policy';
  const contact = metadata?.contact ?? (metadata?.owner ? `Please contact ${metadata.owner}.` : 'Please ask your line manager.');
  return `${title} does not cover that. ${contact}`;
}

export function expiryNote(metadata: PolicyMetadata): string | undefined {
  if (!metadata.expired) return undefined;
  const who = metadata.owner ?? 'the policy owner';
  return `Note: this policy is marked as expired; check with ${who} for the current version.`;
}
