/**
 * Twelfth session: a name in talk about a film, a programme or its cast ("The Blue Lamp on DVD for the film afternoon.
 * Jack Warner is still the best PC Dixon") is an actor's or a character's, and the police words of such a post are the
 * story's. Read for the first-name rule only (person-name.ts), which has nothing but a post's operational words to
 * vouch for a person; a role word, a title or a detail beside the name still counts. The name's sentence and the one
 * before are read ("a series of burglaries" and "book him in" are police talk, so neither word is here).
 */
// Thirteenth session: and broadcast talk: a speech, statement or interview someone watched or heard ("did anyone watch
// Yvette Cooper's statement on ..."), something on the news, the radio or TV; a public figure's, not a person in a case.
// Watched or heard, not seen: "did you see Sarah Jones's statement" may be a witness statement on file.
// Fourteenth session (names27): and a piece, article, column, podcast or documentary someone did on a topic ("Martin
// Lewis did a great piece on courier fraud"): a journalist's or presenter's work, not a person in a case.
export const MEDIA =
  /\b(?:(?:piece|article|column|podcast|documentary) (?:on|about)|films?|movies?|dvds?|blu-?ray|box ?sets?|sitcoms?|actors?|actress(?:es)?|starring|starred|played by|plays the|tv (?:series|show|drama)|telly|netflix|cinema|on the (?:news|radio)|on tv|bbc|sky news|itv|(?:watch(?:ed|ing)?|hear(?:d|ing)?|listen(?:ed|ing)? to) (?:[a-z'’-]+ ){1,3}?[a-z-]+['’]s (?:statement|speech|interview|announcement|press conference|address|broadcast))\b/;

/** `postHasMedia` is MEDIA read once on the whole post by the caller (most posts have no media word: one read, not one per name). */
export function inMediaTalk(lower: string, start: number, postHasMedia: () => boolean): boolean {
  if (!postHasMedia()) return false;
  const s = lower.slice(Math.max(0, start - 200), start + 80);
  if (!MEDIA.test(s)) return false;
  // The name's sentence, the one before it and the rest of its own.
  const head = s.slice(0, start - Math.max(0, start - 200));
  const cuts = [...head.matchAll(/[.!?\n]\s/g)].map((m) => m.index ?? 0);
  const from = cuts.length >= 2 ? cuts[cuts.length - 2] : 0;
  const tail = s.slice(head.length);
  const stop = /[.!?\n](?:\s|$)/.exec(tail);
  return MEDIA.test(head.slice(from) + (stop ? tail.slice(0, stop.index) : tail));
}
