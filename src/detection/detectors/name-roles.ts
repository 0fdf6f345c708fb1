import { namesADocument } from './name-laws-and-regions';
import type { Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { eachMatchNear, isAsciiLetter, isAsciiLower, isRegexSpace } from '../text-utils';
import { isFirstName, readName } from './name-tokens';
import { AD_BEFORE_WANTED, describedName, joinedFullName, placedLowerCase } from './name-role-carry';
import { initialsAndSurname, readRecordName } from './name-records';
import { isEnglishWord } from './name-surnames';
import { byFirstLetter } from './name-role-source';

/**
 * The role rule of the person name detector (person-name.ts): a role word or verb right before the name ("Victim is
 * Jane Whitfield", "arrested Dean Price", "gave her name as kerry bolton", "reckons Gavin Pryce is dealing"); lower-case
 * names count here when the first word is a known first name (name-tokens.ts). Also what marks a colleague after any
 * name: a department in brackets.
 */
/** The role words and verbs (read in this order at one position: the first that matches wins). */
export const ROLE_SOURCE =
  String.raw`\b(?:victims?|vic|suspects?|missing from home|mfh|arrest enquiry|wanted male|wanted female|offenders?|witness(?:es)?|complainants?|booked (?:[a-z]+ ){0,2}in as|misper|missing person|missing|informant|nominals?|detained person|detainees?|arrestee|dp|ip|injured party|deceased|subject|arrested|nicked|locked up|name (?:on|in) (?:the|his|her|their) (?:[a-z]+ ){0,2}(?:record|system|booking|card|licence|file|log)|name (?:on|in) (?:it|(?:the|his|her|their) [a-z]+(?: [a-z]+)?(?= (?:is|was) ))|named as|name is|names? of|name|known as|aka|a\.k\.a\.?|goes by|gave (?:his |her |their )?(?:name|details) as|gave (?:his |her |their )?name|gave details|casualty|casualties|caller|registered keeper|keeper(?=\s*[:|])|person(?=\s*[:|])|famil(?:y|ies)(?= of )|relatives(?= of )|prisoners?|perpetrator|perp|accused|defendants?|wanted|nfa'?d|charged|mother|father|mum|mom|dad|stepdad|stepfather|stepmum|stepmother|nan|nana|gran|grandma|grandad|grandmother|grandfather|brother|sister|aunt|auntie|uncle|cousin|carer|guardian|partner|ex-partner|ex|girlfriend|boyfriend|wife|husband|son|daughter|neighbour|resident|occupant|owner|landlord|landlady|licensee|licence holder|premises manager|tenant|leaseholder|lodger|farmer|shopkeeper|door supervisor|doorman|bouncer|sales assistant|cashier|driver|passenger|patient|youth|juvenile|teenager|male|female|man|woman|boy|girl|child|elderly|vulnerable adult|sex offender|rso|sus|shoplifter|says|said|reckons|states|reports|reporting|dealt with|address for|addy for|bail for|intel on|intel|check on|pnc check on|cell \d{1,2})\b(?:\s*[:,\-–(|]\s*|\s+details?(?=\s*[:|\-–])|\s+(?:is|was|named|called|being|now|as|of|=|are|were|that|(?:he|she)(?:'s|’s| is| was)|hes|shes)\s+|\s+(?:believed|thought|understood|suspected|said|known) to be\s+|\s+(?:identified|confirmed) as\s+|\s+){1,2}`;
// Speed14e: the same alternatives grouped by their first letter (name-role-source.ts), which reads the same matches with
// about a quarter less regex work: at each position only the alternatives opening with its letter are tried.
const ROLE = new RegExp(byFirstLetter(ROLE_SOURCE), 'g');
// Fourteenth session (names27): the public by their part in licensing, housing and trade (landlord, licensee, licence
// holder, premises manager, tenant, leaseholder, lodger, farmer, shopkeeper, door supervisor, sales assistant, cashier),
// read as "owner" is: with a lower confidence, so a lone first name after them is not enough.
/** Role words strong enough that a lower-case first name after them is a name. */
const STRONG = /^(?:victims|suspects|offenders|witnesses|nominals|complainants|detainees|prisoners|defendants|casualties|booked|cell \d|driver|passenger|occupant|victim|vic|suspect|misper|missing|nominal|detainee|arrestee|arrested|nicked|locked up|named as|name is|name|known as|aka|goes by|gave|offender|witness|complainant|informant|ip|injured party|deceased|shoplifter|dp|detained person|wanted|charged|prisoner|casualty)/;
/** Whether a whole word is one of the strong roles (a person in a case: "victim", "detainee", "nominal"), as the policy reads it (case-material.ts). */
export function isStrongRoleWord(word: string): boolean {
  const m = STRONG.exec(word);
  return m !== null && m[0] === word;
}
const NAMING = /^(?:gave (?:his |her |their )?(?:name|details)|named as|name is|known as|aka|goes by)/;
/** Weak openers ("says", "reckons", "intel") need a capitalised name and a second word. */
const WEAK = /^(?:says|said|reckons|states|reports|reporting|dealt with|(?:address|addy) for|bail for|intel|check on|pnc check on)/;
/** A title right after a role word: read with the name ("owner Dr Anita Shaw": after a role, a doctor is the member of the public the role names). */
const ROLE_TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? (?=[A-Z])/;
/**
 * Fourteenth session: a parent named without a possessive after an animal's young in the same sentence ("six pups born
 * Tuesday, mum Lexi doing well", "the foal and dad Storm"): the animal's parent, a pet's name. "her mum Janet" keeps its role.
 */
const PARENT_ROLES: ReadonlySet<string> = new Set(['mum', 'mom', 'mother', 'dad', 'father']);
const YOUNG_BEFORE = /\b(?:litters?|pups?|puppies|kittens?|foals?|cubs?|lambs?|calves|chicks|whelped|whelping)\b[^.!?\n]*$/;
const POSSESSIVE_BEFORE = /\b(?:my|his|her|their|our|your|s?he's|whose)\s*$/;
function animalParent(lower: string, roleStart: number, role: string): boolean {
  let e = 0;
  while (e < role.length && isAsciiLower(role.charCodeAt(e))) e++;
  if (!PARENT_ROLES.has(role.slice(0, e))) return false;
  const before = lower.slice(Math.max(0, roleStart - 120), roleStart);
  return YOUNG_BEFORE.test(before) && !POSSESSIVE_BEFORE.test(before);
}
/**
 * Twentieth session (prec20): the personifications English writes with a parent's word ("Father Christmas arrives at 3pm",
 * "Mother Nature had other ideas", "Father Time", "Mother Earth"): a figure of speech or a costume, no one's parent.
 */
// Twenty-first session (prec21): and the religious titles and oaths made of a family word and "of God" ("Mother of God",
// "the Son of God"): a figure or an exclamation, no one's relative.
const PERSONIFIED = /^(?:(?:father|mother) (?:christmas|time|nature|earth)|(?:mother|father|son|daughter|brother|sister)s? of god)\b/;
/**
 * Twentieth session (prec20): people the sentence has called invented ("a fictional suspect called John Doe and a victim
 * called Jane Smith", "made-up witnesses named ...") are an exercise's or a story's: a role in that sentence names no one.
 * The word must qualify people: "gave a made-up name, real name Dean Price" is no such sentence.
 */
// Twenty-first session (prec21): and the stand-in people of training systems and forms ("the dummy customer in the
// training database is ...", "sample users"): "dummy", "sample" and "example" before a kind of person, and customers,
// clients, users, members and students as the kinds.
const FICTIONAL_PEOPLE =
  /\b(?:fictional|fictitious|made[- ]up|imaginary|pretend|hypothetical|invented|dummy|sample|example)\s+(?:[a-z]+\s+)?(?:suspects?|victims?|witness(?:es)?|offenders?|nominals?|characters?|persons?|people|famil(?:y|ies)|callers?|complainants?|casualt(?:y|ies)|drivers?|patients?|customers?|clients?|users?|members?|students?)\b/;
/** Whether the sentence up to `at` (a name's start, or the end of its role) has called its people invented. */
export function inventedPeople(lower: string, at: number): boolean {
  // The words are looked for in the window the pattern reads, not the whole post: a whole-post search per name made a
  // 1 MB post quadratic (thousands of names, each searching 1 MB). FICTIONAL_PEOPLE needs one of them in the window.
  const s = lower.slice(Math.max(0, at - 140), at);
  if (s.indexOf('fict') < 0 && s.indexOf('made') < 0 && s.indexOf('imagin') < 0 && s.indexOf('pretend') < 0 && s.indexOf('hypothetical') < 0 && s.indexOf('invented') < 0
    && s.indexOf('dummy') < 0 && s.indexOf('sample') < 0 && s.indexOf('example') < 0) return false;
  const cut = Math.max(s.lastIndexOf('. '), s.lastIndexOf('\n'), s.lastIndexOf('! '), s.lastIndexOf('? '));
  return FICTIONAL_PEOPLE.test(cut >= 0 ? s.slice(cut + 1) : s);
}
/** "(Finance)", "(Control Room)": a department after a name marks a colleague. */
const DEPARTMENT_AFTER = /^\s*\((?:[A-Z][A-Za-z&]*\s?){1,4}\)/;
/** DEPARTMENT_AFTER on the 30 characters after `end`, run only when a '(' follows white space there. */
export function departmentAfter(text: string, end: number): boolean {
  let i = end;
  while (i < end + 30 && isRegexSpace(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === 40 && i < end + 30 && DEPARTMENT_AFTER.test(text.slice(end, end + 30));
}
/** Whether the character at `at` is one of `letters` in either case (a regex of alternatives opening with them can only match there). */
function mayOpenWith(text: string, at: number, letters: string): boolean {
  const c = text.charCodeAt(at) | 32;
  for (let i = 0; i < letters.length; i++) if ((letters.charCodeAt(i) | 32) === c) return true;
  return false;
}
/** ', ", ‘ or “ (`/['"‘“]/`). */
function isOpeningQuote(c: number): boolean {
  return c === 39 || c === 34 || c === 0x2018 || c === 0x201c;
}


/** Weak openers are everyday words ("said", "check"): their cue counts only before a capitalised word, so most posts skip the role regex. */
const WEAK_CUE = /(?:says|said|reckons|states|reports|reporting|dealt|address|addy|bail|intel|check|goes|gave)\b[^A-Za-z]{0,24}/y;
const WEAK_CUE_WORDS: ReadonlySet<string> = new Set(['says', 'said', 'reckons', 'states', 'reports', 'reporting', 'dealt', 'address', 'addy', 'bail', 'intel', 'check', 'goes', 'gave']);
function weakCueAt(lower: string, p: number): RegExpExecArray | null {
  WEAK_CUE.lastIndex = p; // sticky: read at the cue, no slice per cue
  return WEAK_CUE.exec(lower);
}
/** The end of the run of `\w` characters from `p`. */
function wordCharsEnd(s: string, p: number): number {
  let i = p;
  for (let c = s.charCodeAt(i); (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95; c = s.charCodeAt(++i));
  return i;
}
function roleCues(ctx: ScanContext): number[] {
  const all = ctx.cueStarts('role');
  const { text, lower } = ctx;
  return all.filter((p) => {
    // WEAK_CUE's words end at \b: only a cue word that is one of them can match, so the others skip the regex.
    const w = WEAK_CUE_WORDS.has(lower.slice(p, wordCharsEnd(lower, p))) ? weakCueAt(lower, p) : null;
    if (!w) return true;
    // "gave his name as", "bail address for", "intel on", "check on": allow the small words that lead to a name.
    const rest = text.slice(p + w[0].length, p + 60);
    // A place or bail address may be read for a lower-case name when the address follows (see placedLowerCase).
    return /^(?:(?:his|her|their|name|details|as|of|for|on|with|a|an|the|address|is|was|named|called|that|(?:he|she)(?:'s|’s)?|hes|shes)\b[\s:,-]*){0,4}[A-Za-z]/.test(rest) && (/[A-Z]/.test(rest) || /^(?:address|addy|bail)/.test(w[0])) || /^gave|^goes/.test(w[0]);
  });
}

/** Role words and verbs: the name follows, read from the original-case text. */
export function namesAfterRoles(ctx: ScanContext, out: Candidate[]): void {
  const { text, lower } = ctx;
  eachMatchNear(ROLE, lower, roleCues(ctx), 0, 60, (m) => {
    let start = m.index + m[0].length;
    const role = m[0].trim().toLowerCase();
    if (animalParent(lower, m.index, role) || PERSONIFIED.test(lower.slice(m.index, m.index + m[0].length + 10)) || inventedPeople(lower, m.index + m[0].length)) return;
    // "suspect is a Jamie Simmons", "dealt with a Shannon Riley": skip the article.
    const article = mayOpenWith(text, start, 'at') ? /^(?:an?|the) (?=\S)/i.exec(text.slice(start, start + 5)) : null;
    if (article) start += article[0].length;
    // "booked in as 'Jon Smyth'", "gave her name as “Kerry Bolton”": a quoted name.
    if (isOpeningQuote(text.charCodeAt(start))) start++;
    // "complainant Ms Tracey Lowe": the title is part of the name the role introduces.
    const title = mayOpenWith(text, start, 'MD') ? ROLE_TITLE.exec(text.slice(start, start + 6)) : null;
    const weak = WEAK.test(role);
    // After "gave name as", "name is", "known as" the next words are a name whatever they are.
    const lowerCase = NAMING.test(role) ? 'any' : !weak && STRONG.test(role);
    const at = start + (title ? title[0].length : 0);
    // "Caller: PEARCE Linda", "Victim details: Greaves, Ruth": a name as police systems print it.
    // "car share wanted: Stone to Stafford", "tickets wanted: ...": a thing before "wanted:" heads an advert, not a wanted person.
    if (role.startsWith('wanted') && /^wanted\s*:/.test(role) && AD_BEFORE_WANTED.test(lower.slice(Math.max(0, m.index - 20), m.index))) return;
    let read = (!weak && !title && (readRecordName(text, at) || initialsAndSurname(text, at))) || readName(text, at, title ? false : lowerCase) || (!weak && !title ? describedName(text, at, article !== null) : undefined);
    const placed = !read && weak ? placedLowerCase(ctx, out, role, at) : undefined;
    read ??= placed;
    if (!read) return;
    const name = title ? { ...read, start } : read;
    // Twenty-first session (prec21): one word joined by "+" to a letter is a key of a shortcut ("Ctrl+Shift+N", "Alt+F4");
    // a full name so joined ("Dean Hollis+Kayleigh Dunn") stays a name.
    if (name.words === 1 && text.charCodeAt(name.end) === 43 && isAsciiLetter(text.charCodeAt(name.end + 1))) return;
    // "said Jayden and Reece Stokes", "victims Amy and Josh Green": a first name joined to a full name shares its role.
    const joined = !title && name.words === 1 && name.capitalised ? joinedFullName(text, name.start, name.end) : undefined;
    if (weak && !joined && !placed && (name.words < 2 || !name.capitalised)) return;
    // Twelfth session: after a weak opener the first word must read as a forename, a known one or no English word: a
    // thing says a setting ("the kit says Restricted Mode", "the screen says Access Denied"), a person says a name.
    if (weak && !joined && !placed && !title && !forenameShaped(text.slice(name.start, text.indexOf(' ', name.start)))) return;
    // "nicked the charity box": after "the", lower-case words are a thing, whatever first names they spell (dev set 13
    // round); "a" may still introduce a name ("suspect is a kyle brannigan": someone called that).
    if (article && /^the/i.test(article[0]) && !name.capitalised && !placed) return;
    // Review16: "owner of the Red Lion", "landlord of the Duke William": a role, "of", then "the" before a capitalised
    // pair is a premises, a brand or a thing; English sets no article before a person's name. The qualified-role rule
    // (name-role-qualified.ts) reads past it to a name that follows ("owner of the Red Lion, Gary Simms").
    if (article && /^the/i.test(article[0]) && / of\s*$/.test(role + ' ') && !placed) return;
    // "Child Safeguarding Practice Review": a role word opening a document's title (name-laws-and-regions.ts).
    if (name.capitalised && namesADocument(text.slice(name.start, name.end))) return;
    // "Date | Store | Offender | Ref" over rows of cells: a column's title after another (table-cells.ts), no name.
    if (afterCellSeparator(text, name.start) && ctx.isTableHeaderCell(name.start)) return;
    let confidence = name.words >= 2 ? 0.85 : 0.55;
    if (!name.capitalised) confidence = name.words >= 2 ? 0.75 : 0.5;
    if (/^(?:male|female|man|woman|boy|girl|child|son|daughter|ex|owner|landlord|landlady|licensee|licence holder|premises manager|tenant|leaseholder|lodger|farmer|shopkeeper|door supervisor|doorman|bouncer|sales assistant|cashier|driver|passenger|resident|occupant|youth|subject|sus|name)\b/.test(role)) confidence -= 0.15;
    if (weak) confidence = 0.65;
    // Fourteenth session (names27): a lone first name after a family or person role with an age in brackets is a child or
    // person of the case ("daughter Chloe (9)", "son Tyler (14)"), not a word or a pet: full confidence for one word.
    if (!weak && name.words === 1 && name.capitalised && AGE_IN_BRACKETS.test(text.slice(name.end, name.end + 12))) confidence = 0.6;
    if (departmentAfter(text, name.end)) confidence -= 0.4;
    out.push({ type: 'person_name', start: name.start, end: name.end, confidence, rule: 'person_name.role' });
    if (joined) out.push({ type: 'person_name', start: joined.start, end: joined.end, confidence, rule: 'person_name.role' });
    // "Nominals are Dean Hollis and Lee Platt": a second full name joined to the first shares its role.
    const and = / (?:and|&) (?=[A-Z])/y;
    and.lastIndex = name.end;
    if (name.capitalised && name.words >= 2 && and.test(text)) {
      const second = readName(text, and.lastIndex, false);
      if (second && second.words >= 2) out.push({ type: 'person_name', start: second.start, end: second.end, confidence, rule: 'person_name.role' });
    }
  });
}

const AGE_IN_BRACKETS = /^\s?\((?:aged? )?\d{1,2}(?: ?(?:yrs?|years?))?\)/;
/** A known first name, or a capitalised word that is no English word ("Baz", "Tayo"). */
function forenameShaped(word: string): boolean {
  return isFirstName(word) || !isEnglishWord(word);
}

/** A '|', tab or comma before `start`, spaces between: where a table's cell may open. */
function afterCellSeparator(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  const c = text.charCodeAt(i);
  return c === 124 || c === 9 || c === 44;
}
