import { ACRONYMS, PROPER_NOUNS } from './lexicon';

/**
 * Tidies what people type on a phone into something fit to post: text-speak expanded, filler
 * and emoji dropped, acronyms and place names capitalised. It never adds words of its own,
 * so the person's topic survives; it only removes noise.
 */

const TEXT_SPEAK: Record<string, string> = {
  wrkng: 'working', wrking: 'working', wkng: 'working', wking: 'working', workin: 'working',
  goin: 'going', doin: 'doing', lookin: 'looking', sortin: 'sorting', gettin: 'getting', tryin: 'trying',
  plannin: 'planning', runnin: 'running', writin: 'writing', helpin: 'helping', preppin: 'prepping',
  pls: 'please', plz: 'please', ppl: 'people', mtg: 'meeting', mtng: 'meeting', mtgs: 'meetings',
  b4: 'before', tmrw: 'tomorrow', tmr: 'tomorrow', tmoz: 'tomorrow', tomoz: 'tomorrow', '2moro': 'tomorrow',
  '2morrow': 'tomorrow', tomo: 'tomorrow', '2day': 'today', '2nite': 'tonight', tonite: 'tonight',
  wk: 'week', wks: 'weeks', abt: 'about', cos: 'because', coz: 'because', cuz: 'because', bc: 'because',
  ur: 'your', u: 'you', r: 'are', govt: 'government', dept: 'department', mgmt: 'management',
  trng: 'training', brfg: 'briefing', proj: 'project', convo: 'conversation', thru: 'through', nxt: 'next',
  msg: 'message', gonna: 'going to', wanna: 'want to', gotta: 'have to', im: "I'm", ive: "I've",
  dont: "don't", cant: "can't", n: 'and', 'w/': 'with', 'w/o': 'without'
};

// Words and phrases that carry no meaning in a status. Templates add their own "Currently".
const FILLER = [
  /\b(?:u+m+|u+h+|e+r+m+|er|a+h+|hmm+|mm+)\b/gi,
  /\b(?:just|basically|literally|actually|kinda|sorta|totally|honestly|obviously|simply|really)\b/gi,
  /\b(?:lol+|lmao|lmfao|rofl|ha(?:ha)+h?|he(?:he)+|omg|ffs|tbh|tbf|imo|imho|fyi|btw|atm|idk|smh|jk|ngl)\b/gi,
  /\b(?:at the moment|at present|right now|as we speak|these days|currently|presently)\b/gi,
  /\b(?:sort of|kind of|you know|i mean|i guess|i think|or whatever|and stuff|and that|and things|n that|etc\.?)(?=\W|$)/gi,
  /\b(?:thanks|thank you|thx|thnx|ta|cheers)\b/gi,
  /(?:^|,)\s*like\s*,/gi,
];

// Only at the start: "so", "well", "ok" open a sentence but say nothing.
const LEADING_FILLER = /^(?:(?:so|well|ok|okay|right|hey|hi|hello|yeah|yep|yes|anyway|anyways|oh|also|and|but)\b[\s,.!:-]*)+/i;

const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u{FE0F}\u{200D}\u{20E3}]/gu;
const EMOTICON = /(?:^|\s)(?:[:;=8][-'^]?[)(\]\[dpo3|/\\*]+|<\/?3+|x+d+|\^_*\^|o_o)(?=\s|$)/gi;
// A sign-off kiss or trailing "x" at the end of a message.
const TRAILING_KISSES = /\s+x{1,4}\s*$/i;

export function stripEmoji(text: string): string {
  return text.replace(EMOJI, ' ').replace(EMOTICON, ' ').replace(TRAILING_KISSES, '');
}

export function expandTextSpeak(text: string): string {
  let out = text
    .replace(/\s+&\s+/g, ' and ')
    .replace(/\s+\+\s+/g, ' and ')
    .replace(/(^|\s)#(?=\w)/g, '$1');
  out = out.replace(/(^|[\s(])([a-z0-9/]+)(?=[\s,.!?;:)]|$)/gi, (whole, pre: string, word: string) => {
    const lower = word.toLowerCase();
    const mapped = TEXT_SPEAK[lower];
    // Single letters are only text-speak in lower case ("N" may be a label), and an all-caps
    // word is an acronym ("IM", "MTG" in a system name), not text-speak.
    if (mapped === undefined || (word !== lower && (lower.length === 1 || word === word.toUpperCase()))) return whole;
    return pre + mapped;
  });
  // "rota 4 response" means "for"; "4 officers" is a number. Same for "2 the" -> "to the".
  out = out.replace(
    /(?<=[a-z]\s)4(?=\s+(?!(?:days?|weeks?|months?|years?|hours?|hrs?|mins?|minutes?|nights?|pm|am|of|x)\b)[a-z]+(?<!s)\b)/gi,
    'for',
  );
  out = out.replace(
    /(?<=[a-z]\s)2(?=\s+(?:the|a|an|my|our|this|that|get|be|go|see|help|share|discuss|do|meet|talk|review|look|work|sort|plan|find|make|join|attend)\b)/gi,
    'to',
  );
  return out;
}

export function removeFiller(text: string): string {
  let out = text;
  for (const pattern of FILLER) out = out.replace(pattern, ' ');
  out = collapse(out);
  let previous = '';
  while (previous !== out) {
    previous = out;
    out = out.replace(LEADING_FILLER, '').trim();
  }
  return out;
}

/** Repeated or trailing punctuation ("need help!!", "rota...", "plan -") becomes tidy. */
export function tidyPunctuation(text: string): string {
  let out = collapse(text)
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/([!?])[!?.]+/g, '$1')
    .replace(/\.{2,}|…/g, '.')
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    .replace(/[,;:]\s*([.!?])/g, '$1')
    .replace(/([.!?])\s*[,;:]/g, '$1')
    .replace(/\(\s*\)/g, '');
  out = out.replace(/^[\s,.;:!?\-–—*~_"'`]+/, '');
  // A trailing full stop is dropped (templates add their own); "?" and "!" carry meaning.
  out = out.replace(/[\s,;:.\-–—*~_"'`(]+$/, '');
  return collapse(out);
}

const WORD = /[A-Za-z][A-Za-z'-]*/g;

/**
 * Restores capitals people skip on phones ("asb", "npcc", "cannock", "op falcon", "i"),
 * and calms SHOUTING. Other words keep the person's own capitalisation.
 */
export function fixCapitalisation(text: string): string {
  const letters = text.replace(/[^A-Za-z]/g, '');
  const shouting = letters.length >= 6 && letters === letters.toUpperCase() && /[A-Z]{2,}\s+[A-Z]{2,}/.test(text);
  const base = shouting ? text.toLowerCase() : text;
  let out = base.replace(WORD, (word) => {
    const lower = word.toLowerCase();
    const plain = lower.replace(/'s$/, '');
    const suffix = lower.endsWith("'s") ? "'s" : '';
    const acronym = ACRONYMS.get(plain);
    if (acronym) return acronym + suffix;
    const proper = PROPER_NOUNS.get(plain);
    if (proper) return proper + suffix;
    if (lower === 'i' || /^i'(?:m|ve|ll|d)$/.test(lower)) return 'I' + word.slice(1);
    return word;
  });
  // "op falcon" -> "Op Falcon"; "op order" is a document, not a name.
  out = out.replace(/\b(op|operation)\s+([a-z][a-z-]*)\b/gi, (whole, op: string, name: string) => {
    if (OPERATION_NOT_NAMES.has(name.toLowerCase())) return whole;
    const opWord = op.toLowerCase() === 'op' ? 'Op' : 'Operation';
    return `${opWord} ${name.charAt(0).toUpperCase()}${name.slice(1)}`;
  });
  return out;
}

const OPERATION_NOT_NAMES = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'is', 'was', 'with', 'of', 'order', 'orders',
  'plan', 'planning', 'name', 'names', 'codename', 'team', 'was', 'will', 'this', 'that', 'room', 'next',
]);

export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The whole pipeline, in the order that keeps each step simple. */
export function cleanTopicText(text: string): string {
  return fixCapitalisation(tidyPunctuation(removeFiller(expandTextSpeak(stripEmoji(text)))));
}
