import { normaliseWords } from './tokenise';

/**
 * What kind of answer a question wants. Permission questions ("can I", "is it ok to") get
 * allowed / not_allowed / conditional from the clause's wording; fact questions ("who",
 * "how fast", "is Yammer private") get `info` whatever the clause's modality.
 */
export type Intent = 'permission' | 'obligation' | 'info';

export interface QuestionIntent {
  intent: Intent;
  /** The asker means to do it themselves ("myself", "on my own"), not through the named team. */
  selfDoing: boolean;
}

const WH = new Set(['who', 'what', 'when', 'where', 'which', 'why', 'how', 'whose', 'whom']);
const PERMISSION = [
  /\b(can|could|may|should|shall) (i|we)\b/,
  /\b(am i|are we|is it|are staff|are officers|are employees|is anyone) (allowed|permitted|ok|okay|alright|fine|acceptable|against)\b/,
  /\b(ok|okay|alright|fine|acceptable|allowed|permitted) (to|for|if)\b/,
  /\bam i able\b/,
  // "can yammer replace MySPI", "can the corporate page advertise jobs": asking whether a use is permitted.
  /^ (can|may|should) (?!(?:\w+ ){0,3}be (?!used\b)\w+(ed|en)\b)\w+/,
  /\bis it (a breach|against the rules|against policy|banned)\b/,
];
const OBLIGATION = [/\b(do|does) (i|we|my|our|you|staff|officers|it) (need|have) to\b/, /\b(must|have to|need to) (i|we)\b/, /\bdo (i|we|you) need (a|an|to|permission|approval)\b/, /\bis (a|an|it) \w+ (required|needed|necessary|compulsory|mandatory)\b/, /\b(required|mandatory|compulsory)\b/];
// Subjects whose actions the asker is not asking permission for.
const THIRD_PARTY_SUBJECT =
  /\b(can|could|may) (other users|others|other people|people|anyone|someone|they|users|it|the public|public|members of the public|outsiders|people outside|my (boss|manager|supervisor))\b/;
const SELF_DOING = /\b(myself|ourselves|on my own|on our own|my own account|by myself|ourself)\b/;

export function questionIntent(question: string): QuestionIntent {
  const words = normaliseWords(question);
  const text = ` ${words.join(' ')} `;
  const startsWh = WH.has(words[0] ?? '') || (words[0] === 'any' && words.length > 1);
  let intent: Intent = 'info';
  if (!startsWh) {
    if (OBLIGATION.some((r) => r.test(text))) intent = 'obligation';
    else if (!THIRD_PARTY_SUBJECT.test(text) && PERMISSION.some((r) => r.test(text))) intent = 'permission';
  }
  return {
    intent,
    selfDoing: SELF_DOING.test(text),
  };
}
