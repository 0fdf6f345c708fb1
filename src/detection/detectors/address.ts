import { defineDetector, type Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { eachMatch, eachMatchNear, splitOnSpacesAndCommas } from '../text-utils';
import { eachStreetAfterPlacedPerson, placedPersonBefore, PLACED_PERSON_CUES } from './address-person-at';
import { isSurnameShaped, opensLowerCaseName } from './name-surnames';
import { postcodeFollows } from './address-postcode-follows';
import { streetTypeFirst, TYPE_FIRST_CUES } from './address-type-first';
import { hasNumberThe, theStreets } from './address-the-street';

/**
 * Street addresses: house number + capitalised street name + street type
 * ("14 Laburnum Grove", "flat 3, 118 Victoria Road"). A street name without a
 * number ("the lock-up on Hope Street") points at a street, not a home.
 */
export const STREET_TYPES = [
  'Road', 'Rd', 'Street', 'St', 'Avenue', 'Ave', 'Lane', 'Ln', 'Close', 'Drive', 'Dr', 'Grove', 'Way', 'Crescent',
  'Cres', 'Place', 'Pl', 'Court', 'Ct', 'Gardens', 'Gdns', 'Terrace', 'Tce', 'Walk', 'Square', 'Sq', 'Hill', 'Row',
  'Mews', 'View', 'Park', 'Rise', 'Green', 'Parade', 'Vale', 'Croft', 'Wharf', 'Boulevard', 'Chase', 'Meadow',
  'Meadows', 'Fold', 'Brow', 'Glade', 'Heights', 'Ridge', 'Yard', 'Hollow', 'Grange', 'Orchard', 'Paddock', 'Crest',
  'Embankment', 'Approach', 'Circus', 'Quay', 'Passage', 'Gate', 'Bank', 'Side', 'Dale', 'Copse', 'Nook',
  // Common English thoroughfare and block names beside them (Leeds and Yorkshire use "Mount" and "Garth" as others use "Road").
  'Mount', 'Garth', 'Wynd', 'Flats', 'Cottages', 'Buildings', 'Villas',
  // Royal Mail's other common abbreviations (Cl for Close, Gr for Grove, Ter for Terrace, ...).
  'Cl', 'Gr', 'Gro', 'Ter', 'Terr', 'La', 'Av', 'Pde', 'Pk', 'Wk', 'Blvd',
];
const TYPES = STREET_TYPES.join('|');
// Fifteenth session: a Scottish flat's position after the house number ("10/4 Leith Walk": number 10, fourth flat) and
// "St." for Saint inside the name ("12 St. Mary's Walk").
const ADDRESS = new RegExp(
  `\\b(?:(?:[Ff]lat|FLAT|[Aa]partment|[Aa]pt|[Uu]nit)\\.? ?\\d{1,4}[A-Za-z]?,? )?\\d{1,4}[A-Za-z]?(?:\\/\\d{1,2})?,? (?:St\\. |[A-Z][A-Za-z'’\\-]{1,24} ){1,3}(?:${TYPES})\\b\\.?`,
  'g',
);
/**
 * In capitals, as police systems print a location ("Loc: 14 BRACKENWOOD DRIVE, LEEDS", "Addr: FLAT 2, 19 SPENCER PLACE"):
 * the same shape with the street type in capitals; no word of the name a small function word ("3 UNITS ON THE WAY").
 */
const CAPITALS_ADDRESS = new RegExp(`\\b(?:(?:FLAT|APARTMENT|APT|UNIT)\\.? ?\\d{1,4}[A-Z]?,? )?\\d{1,4}[A-Z]?,? ((?:[A-Z][A-Z'’\\-]{1,24} ){1,3})(?:${TYPES.toUpperCase()})\\b\\.?`, 'g');
/** Lower case ("lives at 12 mill ln"): the same shape, trusted only after words about where someone lives. */
const LOWER_ADDRESS = new RegExp(`\\b(?:(?:flat|apartment|apt|unit)\\.? ?\\d{1,4}[a-z]?,? )?\\d{1,4}[a-z]?,? (?:[a-z][a-z'’\\-]{1,24} ){1,3}(?:${TYPES.toLowerCase()})\\b\\.?`, 'g');
// Fifteenth session: a dash may set the label off ("address - 5 hollybush cres"); "HA:" (home address) and "res:"
// (residence) are form labels of an address.
const LIVES_BEFORE = /\b(?:(?:ha|res)(?=:)|lives?|living|resides?|residing|address|addr|addy|staying|stays|home|house|flat|moved|moving|property|premises|reported at|attend(?:ed|ing)?|call(?:ed)? to|outside|no\.?|number|job|incident|scene)\b[\s:,\-–]*(?:at|in|to|on|is|of)?[\s:,]*$/;
/**
 * "alarm at 14 brook st", "domestic at 41 victoria st": in lower case, "at" a number and a street
 * whose type is a Royal Mail abbreviation (no everyday word: not "park", "green", "way" or "dr")
 * is an address too, when the street's name is made of words that are not small function words.
 */
// "drove past 16 acacia ave", "walked past ...": a place passed; not a clock time ("half past", "ten past").
// Dev set 14 round: the other words that place something by a building ("at back of 44 greenhill rd", "opposite 3 mill ln").
const AT_BEFORE = /\b(?:at|to|from|outside|near|behind|opposite|next to|(?:back|front|rear|side) of|(?<!\b(?:half|quarter|five|ten|twenty|\d{1,2}) )past)\s*$/;
/**
 * "mrs hollis at 22 beech grove", "kyle brannigan, 4 holly close": a lower-case street with any street type right
 * after a person named by title and surname, or by a known first name and surname (name-surnames.ts), and "at",
 * "of", "from" or a comma: where that person is. Everyday words after a number ("at 7 in the park") have no name before them.
 */
const PERSON_BEFORE = /\b([a-z][a-z'’-]+)\.? ([a-z][a-z'’-]+)(?:,| at| of| from)\s*$/;
function personBefore(before: string): boolean {
  const m = PERSON_BEFORE.exec(before);
  if (!m) return false;
  if (/^(?:mrs?|ms|miss|dr)$/.test(m[1])) return isSurnameShaped(m[2], 3);
  return opensLowerCaseName(m[1]) && isSurnameShaped(m[2]);
}
/** A flat or apartment number, a comma and a house number open the street ("flat 3, 12 ..."): where someone lives. */
const FLAT_OPENS = /^(?:flat|apartment|apt)\.? ?\d{1,4}[a-z]?, ?\d/i;
/** FLAT_OPENS, after a native check of the first letter (most streets open with their number). */
function flatOpens(raw: string): boolean {
  const c = raw.charCodeAt(0) | 32;
  return (c === 102 || c === 97) && FLAT_OPENS.test(raw);
}
const LOWER_ABBREVIATED = /^(?:rd|st|ln|ave|cl|cres|gdns|tce|ter|terr|sq|pde|gro)$/;
/**
 * Twentieth session: the street types written out that name nothing but a street (road, street, lane, avenue, crescent,
 * terrace, gardens, grove, mews, brow, close ...), as the abbreviations do: "from 27 mill brow", "at 4 larch avenue". Not
 * the everyday words among the types ("way", "park", "green", "hill", "view", "walk", "side", "court", "place").
 */
const LOWER_STREET_ONLY = /^(?:road|street|lane|avenue|crescent|terrace|gardens|grove|mews|brow|boulevard|parade|wynd|garth|fold|croft)$/;
/**
 * Written out, the type word is also a noun's modifier after a count ("3 different road closures", "4 main street pubs")
 * and a count's noun opens a description ("2 bed terrace"): the street must end there (punctuation, the end, or a word
 * that opens a clause or says when) and its first word be no counted noun.
 */
const STREET_ENDS = /^(?:\s*(?:$|[,.;:!?)\n]|[-–—]\s)|\s+(?:and|but|so|then|is|was|has|had|in|on|at|to|for|from|with|by|where|which|who|if|when|all|uploaded|last|yesterday|today|tonight|this|overnight|again|earlier|now|please|pls|asap|\d)\b)/;
const THE_TYPES = /^(?:crescent|avenue|terrace|grove|mews|parade|close|drive)$/;
const COUNTED_NOUN = /^(?:bed|beds|bedroom|bedrooms|storey|story|seater|door|doors|car|cars|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|miles?|times?|different|separate|other|more|new|old|main)$/;
const SMALL_WORDS = /^(?:the|a|an|and|of|in|on|at|to|for|by|or|is|am|pm|ish|mins?|hrs?|from|with|my|his|her|our|their|your|this|that|no|not|be|me|us|it|as|so|up)$/;
const NEGATIVE_BEFORE = /\b(?:room|rm|floor|level|junction|j|£|pc|dc|ps|sgt|collar|page|chapter|section|para|paragraph|version|v|week|day|year|years|aged?|team|x)\s*$/;
const NOT_NAMES = /^(?:The|A|An|And|Of|In|On|At|To|For|New|Old|Days|Weeks|Years|Hours|Minutes|Miles|Officers|Staff|Teams|People|Cars|Vans|Police|PCs|PCSOs)$/;

export function detectAddresses(ctx: ScanContext, out: Candidate[]): void {
  if (!ctx.hasDigit) return;
  // Where postcodes (found first, by their detector) start: looked up per street, so a post of many stays linear.
  const postcodeStarts = new Set<number>();
  for (const c of out) if (c.type === 'postcode' && c.confidence >= 0.5) postcodeStarts.add(c.start);
  streetsWithoutType(ctx, out);
  theStreets(ctx, out); // eighteenth session: "at 3 The Paddocks" (address-the-street.ts)
  if (!ctx.has('street')) return;
  streetTypeFirst(ctx, out);
  const shouted = !/[a-z]{3}/.test(ctx.text);
  eachMatchNear(LOWER_ADDRESS, ctx.lower, ctx.cueStarts('street'), 70, 14, (m) => {
    const raw = m[0].replace(/\.$/, '');
    if (tailOfNumber(ctx.text, m.index)) return;
    const typed = ctx.text.slice(m.index, m.index + raw.length);
    if (typed !== raw) {
      // Not all lower case: the rules below decide, but a post shouted in capitals gives no record its own case, so there a
      // street in capitals counts as in lower case after a word about where someone lives ("OUTSIDE ADDRESS 9 WESTFIELD TERRACE").
      // Dev set 17 round: or when a flat's number opens it ("AT FLAT 6, 41 BRUNSWICK STREET": a dwelling) or a full postcode
      // follows it ("12 CHAPEL STREET, ST5 1LX": a postal address), as in lower case.
      const vouched = (): boolean => LIVES_BEFORE.test(ctx.before(m.index, 25)) || flatOpens(raw) || postcodeFollows(ctx, m.index + raw.length, postcodeStarts);
      if (shouted && typed === raw.toUpperCase() && vouched() && plainStreetName(raw)) {
        out.push({ type: 'address', start: m.index, end: m.index + raw.length, confidence: 0.75, rule: 'address.street_shouted' });
      }
      return;
    }
    const streetWords = splitOnSpacesAndCommas(raw.replace(/^(?:flat|apartment|apt|unit)\.? ?\d{1,4}[a-z]?,? /, '')).slice(1, -1);
    // Dev set 16 round: a name opening with a small word other than "the" is a clause after a number, no street
    // ("fleet number 6617 is off the road", "number 4 in the park"); "lives at 4 the crescent" is still one.
    if (streetWords.length > 0 && streetWords[0] !== 'the' && SMALL_WORDS.test(streetWords[0])) return;
    // A full postcode right after the street ("7 mulberry close WS11 4RT") says it is a postal address, as in capitals.
    // Dev set 17 round: a flat's number before the house number names a dwelling ("now at flat 3, 12 mill lane").
    if (LIVES_BEFORE.test(ctx.before(m.index, 25)) || flatOpens(raw) || postcodeFollows(ctx, m.index + raw.length, postcodeStarts)) {
      out.push({ type: 'address', start: m.index, end: m.index + raw.length, confidence: 0.8, rule: 'address.street_lower_case' });
      return;
    }
    if (streetWords.length > 0 && !streetWords.some((w) => SMALL_WORDS.test(w)) && personBefore(ctx.before(m.index, 40))) {
      out.push({ type: 'address', start: m.index, end: m.index + raw.length, confidence: 0.75, rule: 'address.after_person_lower_case' });
      return;
    }
    // "elderly lady at 5 cherry tree walk": a person of the public placed at the street, as address-person-at.ts reads in capitals.
    if (streetWords.length > 0 && !streetWords.some((w) => SMALL_WORDS.test(w)) && placedPersonBefore(ctx.before(m.index, 50))) {
      out.push({ type: 'address', start: m.index, end: m.index + raw.length, confidence: 0.75, rule: 'address.placed_person_lower_case' });
      return;
    }
    if (!AT_BEFORE.test(ctx.before(m.index, 14))) return;
    const words = splitOnSpacesAndCommas(raw.replace(/^(?:flat|apartment|apt|unit)\.? ?\d{1,4}[a-z]?,? /, '')).slice(1);
    const type = words.pop() ?? '';
    // "at 7 the crescent,": a street named "The <type>" ("The Crescent", "The Avenue"), typed in lower case, ending there.
    const theType = words.length === 1 && words[0] === 'the' && THE_TYPES.test(type) && STREET_ENDS.test(ctx.after(m.index + raw.length, 14));
    if (!theType && (words.length === 0 || words.some((w) => SMALL_WORDS.test(w)))) return;
    // After a bare "at" a clock hour may stand before a place ("miss the bus at 5 park lane"): the written-out types then
    // keep the older reading (a time), as only the abbreviations are a street's own spelling.
    const hourAt = /^(?:[1-9]|1[0-2]) /.test(raw) && /\bat\s*$/.test(ctx.before(m.index, 4));
    if (!theType && !LOWER_ABBREVIATED.test(type) && !(LOWER_STREET_ONLY.test(type) && !hourAt && !COUNTED_NOUN.test(words[0]) && STREET_ENDS.test(ctx.after(m.index + raw.length, 14)))) return;
    out.push({ type: 'address', start: m.index, end: m.index + raw.length, confidence: 0.7, rule: 'address.at_street_lower_case' });
  });
  // Street types are capitalised in an address ("Road", "Rd"): lower-case cue words ("the way", "close to") are skipped.
  const text = ctx.text;
  const starts = ctx.cueStarts('street').filter((p) => {
    const c = text.charCodeAt(p);
    return c >= 65 && c <= 90;
  });
  // Capitals: a street type in capitals (its second letter a capital too) and a name in capitals before it.
  const capitalStarts = starts.filter((p) => {
    const c = text.charCodeAt(p + 1);
    return c >= 65 && c <= 90;
  });
  // A post shouted in capitals gives no record its own case ("2 VEHICLES OFF ROAD"); no house number opens with 0 ("0300").
  if (capitalStarts.length > 0 && /[a-z]{3}/.test(text)) eachMatchNear(CAPITALS_ADDRESS, text, capitalStarts, 70, 14, (m) => {
    const raw = m[0].replace(/\.$/, '');
    if (text.charCodeAt(m.index) === 48) return;
    if (NEGATIVE_BEFORE.test(ctx.before(m.index, 12)) || tailOfNumber(text, m.index)) return;
    const words = m[1].trim().toLowerCase().split(' ');
    if (words.some((w) => SMALL_WORDS.test(w) || NOT_NAMES.test(w.charAt(0).toUpperCase() + w.slice(1)))) return;
    out.push({ type: 'address', start: m.index, end: m.index + raw.length, confidence: 0.8, rule: 'address.street_capitals' });
  });
  eachMatchNear(ADDRESS, text, starts, 70, 14, (m) => {
    const raw = m[0].replace(/\.$/, '');
    if (NEGATIVE_BEFORE.test(ctx.before(m.index, 12))) return;
    if (tailOfNumber(text, m.index)) return; // "14/30, Watling St", "Room 2.07, Carr Gate": no house number
    // A flat's position after a slash only where the post gives a home: an address word before or a postcode after ("24/7
    // Park Road branch", "rated 5/5 High Street cafe" are a count and a score).
    if (/^\d{1,4}[A-Za-z]?\//.test(raw) && !LIVES_BEFORE.test(ctx.before(m.index, 25)) && !postcodeFollows(ctx, m.index + raw.length, postcodeStarts)) return;
    const streetPart = raw.replace(/^(?:flat|apartment|apt|unit)\.? ?\d{1,4}[a-z]?,? /i, '');
    const words = splitOnSpacesAndCommas(streetPart).slice(1, -1);
    // "27 The Crescent", "3 The Green": the article alone is a real street name.
    const theStreet = words.length === 1 && words[0] === 'The';
    if (words.length === 0 || (NOT_NAMES.test(words[0]) && !theStreet)) return;
    const confidence = /^(?:flat|apartment|apt|unit)/i.test(raw) ? 0.95 : 0.85;
    out.push({ type: 'address', start: m.index, end: m.index + raw.length, confidence, rule: 'address.street' });
  });
}

/**
 * Streets named without a street type ("Bank Top", "Mount Pleasant", "The Brambles"): a house number
 * and one to three capitalised words are an address when a full postcode follows them (found by the
 * postcode detector, which runs first) or when they stand after a titled name and a comma
 * ("Mrs Ann Hulme, 4 Church View,"): how a letter or a statement gives someone's home.
 */
// Fourteenth session (core27): Welsh, Gaelic and French street names join their words by a small lower-case article
// ("5 Heol y Felin", "Ffordd yr Afon", "Sraid na Banrighinn", "Rue de la Gare"), before a postcode as any street.
const NUMBER_AND_NAME = /\b\d{1,4}[A-Za-z]?,? (?:[A-Z][a-z'’-]+ (?:(?:y|yr|na|an|de|la|le|du) )?){0,2}[A-Z][a-z'’-]+,? ?$/;
const NUMBER_NAME_TOWN = /\b(\d{1,4}[A-Za-z]?,? (?:[A-Z][a-z'’-]+ ){0,2}[A-Z][a-z'’-]+), (?:[A-Z][a-z'’-]+ ){0,1}[A-Z][a-z'’-]+,? ?$/;
const AFTER_TITLED_NAME = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? (?:[A-Z][a-z'’-]+ ){0,2}[A-Z][a-z'’-]+, (\d{1,4}[A-Za-z]?,? (?:[A-Z][a-z'’-]+ ){0,2}[A-Z][a-z'’-]+)(?=[,.;]|$)/g;
/**
 * "new address for cards is 2 The Paddocks, Eccleshall", "addy: 14 Mount Pleasant": what the post itself calls an
 * address, given as a number and a name (the article may open it: many streets are "The ..."), ending the clause.
 */
const AFTER_ADDRESS_WORD = /(?<!\b(?:IP|ip|[Ee]-?mail|[Ww]eb|MAC) )\b(?:[Aa]ddress|ADDRESS|[Aa]ddy|[Aa]ddr)\b[^.!?\n\d]{0,30}?(?:\bis|:|-|–)\s*(\d{1,4}[A-Za-z]?,? (?:[A-Z][a-z'’-]+ ){0,2}[A-Z][a-z'’-]+)(?=[,.;!?\n]|$)/g;
/**
 * Dev set 17 round: "now at Flat 2, 8 Kingsway": a flat's number, a comma, then a house number and a name is a dwelling's
 * address whatever the street is called (many have no street type: "Kingsway", "Broadway", "The Paddocks"), ending the
 * clause. The comma and the two numbers are how an address is written; "flat" the adjective has neither after it.
 */
const FLAT_AND_STREET = /\b(?:Flat|FLAT|Apartment|APARTMENT|Apt|APT)\.? ?\d{1,4}[A-Za-z]?, ?(\d{1,4}[A-Za-z]?,? ([A-Z][a-z'’-]+)(?: [A-Z][a-z'’-]+){0,2})(?=[,.;!?\n]|$)/g;
/** A flat word in the post (native searches; the cue family is shared with the address words). */
function hasFlatWord(lower: string): boolean {
  return lower.indexOf('flat') >= 0 || lower.indexOf('apartment') >= 0 || lower.indexOf('apt') >= 0;
}
function streetsWithoutType(ctx: ScanContext, out: Candidate[]): void {
  const text = ctx.text;
  const count = out.length;
  // Offsets inside streets already pushed (each a few dozen characters): an overlap check in constant time.
  const covered = new Set<number>();
  for (let i = 0; i < count; i++) {
    const c = out[i];
    if (c.type !== 'postcode' || c.confidence < 0.5) continue;
    const window = text.slice(Math.max(0, c.start - 50), c.start);
    const m = NUMBER_AND_NAME.exec(window);
    if (m) {
      const start = c.start - m[0].length + (m[0].startsWith(' ') ? 1 : 0);
      // Eighteenth session: "The" may open the name before a postcode ("3 The Paddocks, HG3 2LT"), as after "address".
      pushStreet(ctx, start, start + m[0].replace(/,? ?$/, '').length, out, covered, true);
      continue;
    }
    // Fifteenth session: the town between ("3 Kingsway, Stoke ST4 1JH"): the street is what comes before its comma.
    const t = NUMBER_NAME_TOWN.exec(window);
    if (t) {
      const start = c.start - t[0].length + (t[0].startsWith(' ') ? 1 : 0);
      pushStreet(ctx, start, start + t[1].length - (t[0].startsWith(' ') ? 1 : 0), out, covered);
    }
  }
  // The family also has the flat words (for FLAT_AND_STREET); the address words all open with "add".
  if (ctx.has('addressWord') && (!ctx.prefilter || ctx.lower.indexOf('add') >= 0)) eachMatch(AFTER_ADDRESS_WORD, text, (m) => {
    const start = m.index + m[0].length - m[1].length;
    pushStreet(ctx, start, start + m[1].length, out, covered, true);
  });
  if (ctx.has('addressWord') && hasFlatWord(ctx.lower)) eachMatch(FLAT_AND_STREET, text, (m) => {
    const start = m.index + m[0].length - m[1].length;
    // "The" may open the name when a word follows ("Apartment 2, 7 The Spinney"), as after the word address.
    if ((NOT_NAMES.test(m[2]) && !(m[2] === 'The' && / The [A-Z]/.test(m[1]))) || covered.has(m.index)) return;
    for (let i = m.index; i < start + m[1].length; i++) covered.add(i);
    out.push({ type: 'address', start: m.index, end: start + m[1].length, confidence: 0.8, rule: 'address.flat_street_without_type' });
  });
  if (ctx.has('title')) eachMatch(AFTER_TITLED_NAME, text, (m) => {
    const start = m.index + m[0].length - m[1].length;
    pushStreet(ctx, start, start + m[1].length, out, covered);
  });
  if (ctx.hasUpper) eachStreetAfterPlacedPerson(ctx.lower, text, (start, end) => pushStreet(ctx, start, end, out, covered));
}
function pushStreet(ctx: ScanContext, start: number, end: number, out: Candidate[], covered: Set<number>, theAllowed = false): void {
  if (NEGATIVE_BEFORE.test(ctx.before(start, 12)) || tailOfNumber(ctx.text, start)) return;
  const first = /^\d{1,4}[A-Za-z]?,? ([A-Za-z]+)( [A-Za-z])?/.exec(ctx.text.slice(start, end));
  if (!first || (NOT_NAMES.test(first[1]) && !(theAllowed && first[1] === 'The' && first[2] !== undefined))) return;
  if (covered.has(start) || covered.has(end - 1)) return;
  for (let i = start; i < end; i++) covered.add(i);
  out.push({ type: 'address', start, end, confidence: 0.75, rule: 'address.street_without_type' });
}

/**
 * The digits at `i` end a longer number: after a slash ("14/30": a fraction or a reference) or after a digit and a
 * point ("Room 2.07", "v3.12", "£4.50"): a decimal, a room on a floor or a version, never a house number, which opens
 * its own token.
 */
function tailOfNumber(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  if (c === 47) return true;
  const d = text.charCodeAt(i - 2);
  if (c === 46 && d >= 48 && d <= 57) return true;
  return rangeEndBeforeComma(text, i, c, d);
}

/**
 * Thirteenth session: "tomorrow 11–3, Portland Way": a digit, a dash and a number set off by a comma end a range of hours
 * or amounts, and the place follows it. A house range runs into its street ("12-14 High Street": no comma, and the finding
 * is then the street from its second number, which still marks the address).
 */
function rangeEndBeforeComma(text: string, i: number, c: number, d: number): boolean {
  if ((c !== 45 && c !== 8211) || d < 48 || d > 57) return false;
  let j = i;
  while (j < text.length && j - i < 4 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  return text.charCodeAt(j) === 44;
}

/** The words of a street's name (between the number and the type) are neither small function words nor plural nouns of counts. */
function plainStreetName(raw: string): boolean {
  const words = splitOnSpacesAndCommas(raw.toLowerCase().replace(/^(?:flat|apartment|apt|unit)\.? ?\d{1,4}[a-z]?,? /, '')).slice(1, -1);
  return words.length > 0 && !words.some((w) => SMALL_WORDS.test(w) || NOT_NAMES.test(w.charAt(0).toUpperCase() + w.slice(1)));
}

/** The address detector: its types, cue words and entry point (collected by registry.ts). */
export const addressDetector = defineDetector({
  id: 'address',
  types: {
    address: { label: 'an address', severity: 'high', topic: 'personal_information' },
  },
  // The street types are the cue words: a house number needs one after it.
  cues: { street: [...STREET_TYPES.map((t) => t.toLowerCase()), ...TYPE_FIRST_CUES], addressWord: ['address', 'addy', 'addr$', 'flat', 'apartment', 'apt$'], placedPerson: PLACED_PERSON_CUES },
  // Without a street type: a postcode after the number (a letter next to a digit), a titled name, the word address or a
  // person of the public placed at it (address-person-at.ts) before it.
  needs: (c) => c.hasDigit && (c.has('street') || c.hasLetterDigit || c.has('title') || c.has('addressWord') || c.has('placedPerson') || hasNumberThe(c.text)),
  run: detectAddresses,
});
