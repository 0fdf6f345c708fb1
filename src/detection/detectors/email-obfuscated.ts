import type { Candidate } from './detector';
import type { ScanContext } from '../scan-context';

/**
 * Fourteenth session (core27): an e-mail address spelt out so that no '@' is typed, as people write one to dodge
 * scrapers or because a phone keyboard hides the sign: "mark dot pellow at btinternet dot com",
 * "j_hart(at)gmail(dot)com", "k.walsh [at] sky [dot] com". The address is a mailbox, "at" (a word or bracketed) and a
 * domain whose last label is a mail domain's ending (com, net, org, uk, ...). Prose has "at" between words all the time
 * ("meet at the gym"), so the spelt-out dot or the bracketed at must be there (plain dots after a plain "at" are a web
 * site: "look at bbc.co.uk"), and the mailbox must look like one: a dot, underscore or digit in it, a bracketed at, or an
 * e-mail word shortly before ("email", "contact", "address").
 */
const SPELT_DOT = String.raw`(?: dot |\s?[([{]dot[)\]}]\s?)`;
const SEP = String.raw`(?:\.|${SPELT_DOT})`;
const OBFUSCATED = new RegExp(
  String.raw`(?<![\w%+'.-])([a-z0-9][\w%+'-]*(?:${SEP}[\w%+'-]+){0,3})( at |\s?[([{]at[)\]}]\s?)([a-z0-9][a-z0-9-]*(?:${SEP}[a-z0-9-]+){1,4})(?![\w.-])`,
  'g',
);
const ENDINGS = new Set(['com', 'net', 'org', 'uk', 'ie', 'fr', 'de', 'es', 'it', 'nl', 'eu', 'info', 'io', 'me', 'gov', 'edu', 'biz', 'email', 'law', 'scot', 'wales', 'us', 'ca', 'au', 'nz']);
const EMAIL_WORD_BEFORE = /\b(?:e-?mails?|e-?mailed|mail|contact|address|addy)\b[^.!?\n]{0,40}$/;
/** Words that stand before "at" in prose ("see me at home dot ..."), never a mailbox on their own. */
const NOT_MAILBOX = /^(?:me|us|him|her|them|you|it|is|was|be|look|meet|see|here|there|that|this|one|all)$/;

/**
 * The native searches that gate the regex: a spelt-out dot or a bracketed at (" dot ", "dot)", "dot]", "at)", "at]").
 * Fourteenth session (speed14c): searched from the rare character of each ("d" of "dot ", ')' and ']', checking the
 * letters before them) rather than from a space or an "a", which every post is full of: 1.1 -> 0.15 µs a post.
 */
export function mayHoldSpeltEmail(lower: string): boolean {
  for (let p = lower.indexOf('dot ', 1); p >= 0; p = lower.indexOf('dot ', p + 1)) if (lower.charCodeAt(p - 1) === 32) return true;
  return closesAt(lower, ')') || closesAt(lower, ']');
}

/** Whether some `close` (')' or ']') follows "at" or "dot". */
function closesAt(lower: string, close: string): boolean {
  for (let p = lower.indexOf(close, 2); p >= 0; p = lower.indexOf(close, p + 1)) {
    if (lower.charCodeAt(p - 1) !== 116) continue;
    const q = lower.charCodeAt(p - 2);
    if (q === 97 || (q === 111 && p >= 3 && lower.charCodeAt(p - 3) === 100)) return true;
  }
  return false;
}

export function speltOutEmails(ctx: ScanContext, out: Candidate[], allowed: (domain: string) => boolean): void {
  const { lower } = ctx;
  if (!mayHoldSpeltEmail(lower)) return;
  OBFUSCATED.lastIndex = 0;
  for (let m = OBFUSCATED.exec(lower); m; m = OBFUSCATED.exec(lower)) {
    const [whole, local, at, domainTyped] = m;
    const bracketedAt = at.trim() !== 'at';
    const spelt = domainTyped.includes(' dot ') || /[([{]dot[)\]}]/.test(domainTyped);
    if (!bracketedAt && !spelt) continue;
    const domain = domainTyped.replace(/\s?[([{]dot[)\]}]\s?| dot /g, '.');
    const ending = domain.slice(domain.lastIndexOf('.') + 1);
    if (!ENDINGS.has(ending) || NOT_MAILBOX.test(local)) continue;
    const mailbox = /[._\d]| dot |[([{]dot/.test(local) || bracketedAt || EMAIL_WORD_BEFORE.test(ctx.before(m.index, 60));
    if (!mailbox || allowed(domain)) continue;
    out.push({ type: 'email', start: m.index, end: m.index + whole.length, confidence: 0.85, rule: 'email.spelt_out' });
  }
}
