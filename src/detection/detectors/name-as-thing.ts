/**
 * Twenty-first session (prec21): a forename and surname that the sentence uses as the name of a thing, a brand, a work
 * or a place rather than of a person. Read by every rule that asks notAPersonsName (name-tokens.ts) and by the title
 * rule (name-titles.ts). Each test is about the words around the pair, never about which names they are:
 * - the pair is the modifier of a noun of goods, works or trade right after it ("counterfeit Tommy Hilfiger and Ralph
 *   Lauren shirts", "Max Factor make-up", "Elvis Presley songs", "Harvey Nichols stock", "a Mr Blobby costume"): a
 *   person's own things take the possessive ("Kyle Dean's phone"). Clothing and accessories are kept by their owners
 *   without the possessive in hurried posts ("took jake dunn trainers for forensics"), so those nouns count only
 *   after a word of counterfeit or branded goods in the clause ("fake", "counterfeit", "knock-off", "designer", ...);
 * - a possessive determiner ("his", "their") right before the pair: people are not owned ("his Jack Russell", "their
 *   Austin Healey"); "her" is also an object pronoun ("told her Kyle Dean had gone") and "our" names family in the
 *   north ("our Kayleigh Dunn"), so neither counts;
 * - a capitalised word of a building or a place right after a capitalised pair, or ending a name of three words
 *   ("Florence Nightingale Court", "Joan Whitfield House"): a lower-case "court" after a name is that person's hearing ("jake dunn court tomorrow");
 * - the pair with its title alone inside quotes ("'Mr Brightside'", "'Mrs Trainer' shouting at you"): a song, a
 *   character or a nickname quoted as a title; a member of the public is named without quotes round the name.
 */

/** Nouns of things sold, performed or published that a brand's, maker's or performer's name modifies. */
const WORKS_AND_GOODS =
  'stock|products?|merch(?:andise)?|goods|make-?up|cosmetics|perfumes?|fragrances?|aftershaves?|lipsticks?|sofas?|furniture|'
  + 'songs?|tracks|albums?|hits|concerts?|gigs?|tribute(?: acts?| bands?)?|lookalikes?|look-alikes?|impersonators?|costumes?|'
  + 'films?|movies?|novels?|posters?|dvds?|vinyl|outlets?|concessions?';
/** Clothing and accessories: a brand's goods, or the owner's things in a hurried post. */
const WORN = 'shirts?|t-shirts?|polo shirts?|tops|jeans|jackets?|coats?|hoodies?|trainers|shoes|boots|handbags?|purses?|wallets?|belts?|watch(?:es)?|sunglasses|tracksuits?|caps';
/** After the pair, or after the pair and one more coordinated name ("Tommy Hilfiger and Ralph Lauren shirts"). */
const COORDINATED = '(?:(?:,| and| or| &) [a-z][a-z\'’.-]*(?: [a-z][a-z\'’.-]*)?)?';
const GOODS_AFTER = new RegExp(`^${COORDINATED} (?:${WORKS_AND_GOODS})\\b`);
const WORN_AFTER = new RegExp(`^${COORDINATED} (?:${WORN})\\b`);
/** Words of counterfeit or branded goods, in the clause before the pair. */
const BRANDED_BEFORE = /\b(?:fake|counterfeit|knock-?offs?|replicas?|designer|branded|genuine)\b[^.;:!?\n]*$/;
/** "his Jack Russell", "their Austin Healey". */
const OWNED_BEFORE = /(?:^|[^a-z])(?:his|their)\s+$/;
/**
 * Capitalised words of a building or a named place, after a capitalised pair or ending a three-word one ("Joan Whitfield
 * House"); not those that are common surnames too (Hall, Ward, Park, Lodge, Bridge).
 */
const PLACE_WORDS = 'Court|House|Building|Buildings|Centre|Center|Gardens|Statue|Memorial|Wing|Library|Museum|Theatre|Stadium|Arena|Tower|Towers|Heights|Quay|Wharf|Estate|Institute|Foundation';
const PLACE_WORD_AFTER = new RegExp(`^ (?:${PLACE_WORDS})\\b`);
const PLACE_WORD_AT_END = new RegExp(`[A-Za-z] [A-Za-z'’-]+ (?:${PLACE_WORDS})$`);

/** The pair `start..end` named as a thing, brand, work or place by the words around it (see the file's comment). */
export function usedAsAThing(text: string, lower: string, start: number, end: number): boolean {
  if (isCapital(text.charCodeAt(start)) && end - start < 64 && PLACE_WORD_AT_END.test(text.slice(start, end))) return true;
  const c = text.charCodeAt(end);
  if (c === 32) {
    const after = lower.slice(end, end + 48);
    if (GOODS_AFTER.test(after)) return true;
    if (WORN_AFTER.test(after) && BRANDED_BEFORE.test(lower.slice(Math.max(0, start - 60), start))) return true;
    if (PLACE_WORD_AFTER.test(text.slice(end, end + 14)) && isCapital(text.charCodeAt(start))) return true;
  }
  return OWNED_BEFORE.test(lower.slice(Math.max(0, start - 8), start));
}

/** A title and name with a quote mark straight before and after ("'Mr Brightside'", "“Mrs Trainer”"). */
export function quotedAsTitle(text: string, start: number, end: number): boolean {
  return QUOTE_OPEN.has(text.charCodeAt(start - 1)) && QUOTE_CLOSE.has(text.charCodeAt(end)) && !isLetter(text.charCodeAt(start - 2)) && !isLetter(text.charCodeAt(end + 1));
}
/** ' " ‘ “ before, ' " ’ ” after. */
const QUOTE_OPEN: ReadonlySet<number> = new Set([39, 34, 0x2018, 0x201c]);
const QUOTE_CLOSE: ReadonlySet<number> = new Set([39, 34, 0x2019, 0x201d]);
const isCapital = (c: number): boolean => c >= 65 && c <= 90;
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
