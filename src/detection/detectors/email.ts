import { defineDetector, needs, type Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { mayHoldSpeltEmail, speltOutEmails } from './email-obfuscated';

/**
 * Personal e-mail addresses. Found by expanding outwards from each '@' with bounded
 * loops instead of a regex, so a wall of '@' or of letters stays linear.
 * The organisation's own domains (and their subdomains) are allowed.
 */
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

const isLocalChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45 || c === 39;
const isDomainChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 45;

export function detectEmails(ctx: ScanContext, out: Candidate[]): void {
  const { text } = ctx;
  speltOutEmails(ctx, out, (domain) => isAllowed(domain, ctx.config.allowedEmailDomains));
  let at = text.indexOf('@');
  while (at >= 0) {
    // Most '@' in a wall of them have no local part: skip without slicing.
    if (at === 0 || !isLocalChar(text.charCodeAt(at - 1))) {
      at = text.indexOf('@', at + 1);
      continue;
    }
    let s = at;
    while (s > 0 && at - s < MAX_LOCAL && isLocalChar(text.charCodeAt(s - 1))) s--;
    let e = at + 1;
    while (e < text.length && e - at <= MAX_DOMAIN && isDomainChar(text.charCodeAt(e))) e++;
    // Trim punctuation that ends a sentence rather than the address.
    while (s < at && text.charCodeAt(s) === 46) s++;
    while (e > at + 1 && (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 45)) e--;
    // No dot after the '@' means no domain: skip without slicing ("a@a@a@...").
    // Bounded by the domain's own extent, so a long text cannot make this quadratic.
    let dot = false;
    for (let k = at + 1; k < e && !dot; k++) dot = text.charCodeAt(k) === 46;
    if (!dot) {
      at = text.indexOf('@', Math.max(e, at + 1));
      continue;
    }
    const domain = ctx.lower.slice(at + 1, e);
    if (s < at && isPlausibleDomain(domain) && !isAllowed(domain, ctx.config.allowedEmailDomains)) {
      out.push({ type: 'email', start: s, end: e, confidence: 0.95, rule: 'email.address' });
    }
    at = text.indexOf('@', Math.max(e, at + 1));
  }
}

/** A dot, and after the last one 2 to 24 lower-case letters (read by char code: no slice or regex per address). */
function isPlausibleDomain(domain: string): boolean {
  const dot = domain.lastIndexOf('.');
  if (dot <= 0) return false;
  const tld = domain.length - dot - 1;
  if (tld < 2 || tld > 24) return false;
  for (let k = dot + 1; k < domain.length; k++) {
    const c = domain.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return !domain.includes('..');
}

/** The domain is an allowed one or a subdomain of one ("x.force.police.uk" ends with "." + "force.police.uk"). */
function isAllowed(domain: string, allowed: readonly string[]): boolean {
  for (const a of allowed) {
    if (domain === a) return true;
    if (domain.length > a.length && domain.charCodeAt(domain.length - a.length - 1) === 46 && domain.endsWith(a)) return true;
  }
  return false;
}

/** The email detector: its types, cue words and entry point (collected by registry.ts). */
export const emailDetector = defineDetector({
  id: 'email',
  types: {
    email: { label: 'an email address', severity: 'medium', topic: 'personal_information' },
  },
  // Fourteenth session: or an address spelt out without its '@' ("name at force dot police dot uk", email-obfuscated.ts).
  needs: (c) => needs.at(c) || mayHoldSpeltEmail(c.lower),
  run: detectEmails,
});
