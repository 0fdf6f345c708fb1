import { normaliseWords } from './tokenise';

/**
 * An indirect question ("Could you confirm whether the pages are run by local officers?", "The inspector asked if he
 * can join", "Members wish to know whether dip-sampling covers them") asks what its "whether / if" clause would ask as
 * a direct question: the frame around it (confirm, tell me, asked, want to know) is politeness or reporting, and says
 * nothing about whether a fact or a permission is wanted. So the clause is turned back into the question it stands for,
 * its auxiliary moved before its subject ("whether I am able to look" -> "am I able to look"; "whether a user needs a
 * request" -> "does a user need a request"), and the intent is read from that.
 *
 * Only a frame that is the message's request counts: one inside a plan already asked about ("Can I post on Yammer asking
 * if anyone has done this?", "Is it fine to ask whether ...") describes the post, and a "whether" clause followed by
 * another sentence ("residents keep asking if we're on Facebook. My sergeant said I could make a page") sets the scene
 * for the question that comes after it.
 */
const FRAME = new RegExp(
  `(?:${[
    // Asking the reader: "could you confirm / tell me / clarify whether", "please confirm whether", "may I ask if".
    '\\b(?:(?:can|could|would|will) you (?:please |kindly )?|please |kindly )?(?:confirm|clarify|advise|tell (?:me|us)|let (?:me|us) know)',
    '\\b(?:may|can|could|might) i (?:please )?(?:ask|check)',
    // Reporting someone's question or wish to know: "asked (me to check)", "want to know", "was wondering", "is asking".
    '\\b(?:asked|asks|(?:is|are|am|was|were|keep|keeps|been) asking|(?:want|wants|wanted|wish|wishes|like|need|needs) to know|wondering|wondered|grateful to know)(?: (?:me|us|him|her))?(?: to (?:check|find out|ask|confirm))?',
  ].join('|')}) (?:whether|if) `,
);
// Words that make what comes before the frame a request of its own ("can I post ... asking if", "is it fine to ask whether").
const OWN_REQUEST = /\b(can|could|may|should|shall) (i|we)\b(?! (ask|check)\b)|\b(ok|okay|fine|alright|allowed|permitted|acceptable|appropriate|suitable|sensible|wise)\b/;
const AUXILIARY = new Set(['can', 'could', 'may', 'might', 'would', 'will', 'should', 'shall', 'must', 'is', 'are', 'am', 'was', 'were', 'has', 'have', 'does', 'do', 'did']);
// A subject is short: the auxiliary comes within its first few words ("whether the main force page can show").
const MAX_SUBJECT_WORDS = 7;
const REPORTED_PRONOUN = new Set(['he', 'she', 'they']);

function expandPronounContractions(text: string): string {
  return text
    .replace(/[’‘`]/g, "'")
    .replace(/\b(it|that|this|he|she|there|what|who)'s\b/gi, '$1 is')
    .replace(/\b(we|they|you)'re\b/gi, '$1 are')
    .replace(/\bi'm\b/gi, 'i am');
}

/** The direct question an indirect one stands for, or undefined when the message's request is not an indirect question. */
export function directFormOfIndirectQuestion(question: string): string | undefined {
  const text = ` ${expandPronounContractions(question.toLowerCase()).replace(/\s+/g, ' ')} `;
  const m = FRAME.exec(text);
  if (!m) return undefined;
  const before = ` ${normaliseWords(text.slice(0, m.index)).join(' ')} `;
  if (OWN_REQUEST.test(before)) return undefined;
  let clause = text.slice(m.index + m[0].length);
  // Another sentence after the clause asks the message's question; the clause only set the scene. Unless the writer ended
  // the clause itself with the message's only "?" ("could someone tell me if I can use it from home? I'm not very
  // technical. Ta"): the question mark shows where the question is, and what follows is a remark or a sign-off.
  const ownMark = clause.indexOf('?');
  if (ownMark >= 0 && !clause.slice(ownMark + 1).includes('?') && !/[.!]\s+\S/.test(clause.slice(0, ownMark))) clause = clause.slice(0, ownMark + 1);
  if (/[.!?]\s+\S/.test(clause.trim())) return undefined;
  const words = normaliseWords(clause);
  const at = words.findIndex((w, i) => i <= MAX_SUBJECT_WORDS && AUXILIARY.has(w));
  if (at === 0 || !words.length) return undefined;
  // "whether a user needs a request" has no auxiliary: English puts "does" before the subject to ask it directly.
  // Reported speech speaks of the one who asks in the third person ("my team want to know whether they can log in from
  // home"): asked directly, that is "can we log in from home?", a request for permission, not a question about others.
  const subject = at === 1 && REPORTED_PRONOUN.has(words[0]) ? ['we'] : words.slice(0, Math.max(at, 0));
  const direct = at > 0 ? [words[at], ...subject, ...words.slice(at + 1)] : ['does', ...words];
  return `${direct.join(' ')}?`;
}
