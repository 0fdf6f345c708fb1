import type { Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { isAsciiUpper } from '../text-utils';
import { isFirstName } from './name-tokens';
import { isPublicFigure, isSurnameShaped, isWordSurnameAfterFirstName, opensLowerCaseName } from './name-surnames';
import { RANK_BEFORE } from './name-positions';
import { inMediaTalk, MEDIA } from './name-media';

/**
 * Sixteenth session (nh16): a name with a street name or nickname quoted inside it, "Shane 'Dinky' Calloway",
 * "Wojciech “Wojtek” Kowalczyk", "callum 'cal' brierley". Intelligence and custody write a nominal's nickname this way
 * (the name the person is known by on the street, recorded with the legal one), and the quotes cut the name in two for
 * every other rule, which reads a name as adjacent words. The shape is read only with a known first name before the
 * quote and a surname after it (capitalised after a capitalised first name; in lower case, a word that reads as a
 * surname: no English word, or compromise's surname), and not where colleagues are named (after a rank, or in a post
 * of thanks, welcomes or leaving: "Dave 'Taff' Jones retires"), nor a public figure ("Dwayne 'The Rock' Johnson") or a
 * name in talk of films and programmes. Review16: colleagues are wished luck, credited and greeted as they are thanked
 * ("good luck to Jo 'Rocket' Davies", "best wishes to ..."); and outside a post about casework a nickname led by "the"
 * is a performer's ring name ("Phil 'The Power' Taylor is doing the presentation", "Eddie 'the Eagle' Edwards"), while
 * in casework it stays a nominal's ("arrested Lee 'The Butcher' Marsh").
 */
const NICKNAMED = /(?<![A-Za-z'’-])([A-Za-z][a-z]{1,20}) (['‘"“])([A-Za-z][A-Za-z.-]*(?: [A-Za-z][A-Za-z.-]*)?)['’"”] ((?:Mc|Mac|O['’])?[A-Za-z][A-Za-z'’-]{1,30})/g;
/** Thanks, welcomes and farewells before the name name colleagues (as the lower-case rule's colleagueBefore). */
const THANKS_BEFORE = /\b(?:thanks?|thank you|cheers|congrat\w*|welcome|well done|shout ?out|kudos|colleague|our|retir\w*|farewell|good luck|best wishes|credit to|happy birthday|happy \d+(?:st|nd|rd|th)|get well)\b/;
/** A nickname led by the article: a ring or stage name outside casework ("'The Rocket'"). */
const ARTICLE_LED = /^the /i;

export function namesWithQuotedNicknames(ctx: ScanContext, out: Candidate[], staffPost: () => boolean, caseWork: () => boolean): void {
  const { text, lower } = ctx;
  if (!hasQuote(text)) return;
  let media: boolean | undefined;
  NICKNAMED.lastIndex = 0;
  for (let m = NICKNAMED.exec(text); m !== null; m = NICKNAMED.exec(text)) {
    const [whole, first, , nickname, surname] = m;
    const start = m.index;
    const end = start + whole.length;
    if (!isFirstName(first)) continue;
    const capitalised = isAsciiUpper(first.charCodeAt(0));
    // Capitalised, the surname's capital vouches for it; in lower case it must read as a surname (name-surnames.ts).
    if (capitalised ? !isAsciiUpper(surname.charCodeAt(0)) : !opensLowerCaseName(first) || !(isSurnameShaped(surname) || isWordSurnameAfterFirstName(first, surname))) continue;
    const read = out.find((c) => c.type === 'person_name' && c.start < end && c.end > start);
    // A rule before this one read the first name alone ("misper: Wojciech"): the name runs on past the nickname.
    if (read && read.start === start && read.end === start + first.length) read.end = end;
    if (read) continue;
    if (isPublicFigure(`${first} ${surname}`)) continue;
    if (RANK_BEFORE.test(lower.slice(Math.max(0, start - 16), start)) || THANKS_BEFORE.test(lower.slice(Math.max(0, start - 40), start)) || staffPost()) continue;
    if (ARTICLE_LED.test(nickname) && !caseWork()) continue;
    if (inMediaTalk(lower, start, () => (media ??= MEDIA.test(lower)))) continue;
    out.push({ type: 'person_name', start, end, confidence: 0.7, rule: 'person_name.nicknamed' });
  }
}


/** Most posts have no quote mark: they skip the regex. */
function hasQuote(text: string): boolean {
  return text.indexOf("'") >= 0 || text.indexOf('"') >= 0 || text.indexOf('‘') >= 0 || text.indexOf('“') >= 0;
}
