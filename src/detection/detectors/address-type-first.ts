import type { ScanContext } from '../scan-context';
import type { Candidate } from './detector';
import { eachMatch } from '../text-utils';

/**
 * Sixteenth session: streets whose type word comes BEFORE the name, as Welsh and the continental languages order them.
 * The English reader (address.ts) wants the type last ("14 Mill Lane"); a Welsh street puts it first ("23 Heol y Bryn",
 * "5 Stryd Fawr", "9 Ffordd Penrhos"), its name joined by the article "y"/"yr" where there is one, and the house
 * number before it as in English. These type words are no English words, so the number, the capitalised type word and
 * a capitalised name are an address as surely as "14 Mill Lane" is. ("Lôn" is left out: the cue pre-pass reads a-z
 * words only, and a rule must not find what its detector's gate cannot see.)
 */
const WELSH_TYPES = 'Heol|Stryd|Ffordd|Rhodfa|Teras|Cilgant';
const WELSH_STREET = new RegExp(`\\b\\d{1,4}[A-Za-z]?,? (?:${WELSH_TYPES})(?: (?:y|yr))? \\p{Lu}[\\p{Ll}'’-]+(?: \\p{Lu}[\\p{Ll}'’-]+)?(?![\\p{L}])`, 'gu');
/**
 * Spanish, Catalan, Portuguese, French, Italian and Polish addresses give the type, the name, then the number ("Calle
 * Mayor 14, Madrid", "ul. Długa 17, Gdańsk"), a foreign address of a suspect or a victim's family. The number must end
 * the clause (a comma, a full stop, the line's end): a number running on into words is a count after a name ("Rue
 * Paul 2 days ago" is no address, nor is "Piazza 3 times").
 */
const CONTINENTAL_TYPES = 'Calle|Avenida|Carrer|Rua|Rue|Piazza|Ulica|ul\\.';
const PARTICLE = '(?:de la|de|del|da|do|dos|des|du|della|di) ';
const NUMBER_AFTER = new RegExp(
  `(?<![\\p{L}])(?:${CONTINENTAL_TYPES}) (?:${PARTICLE})?\\p{Lu}[\\p{L}'’-]+(?: (?:${PARTICLE})?\\p{Lu}[\\p{L}'’-]+){0,2},? (?:n[º°o]\\.? ?)?\\d{1,3}[A-Za-z]?(?=[,.;:)!?]|[ \\t]*(?:\\n|$))`,
  'gu',
);
/** Cue stems of these type words, for the address detector's gate (its `street` family). */
export const TYPE_FIRST_CUES = ['heol', 'stryd', 'ffordd', 'rhodfa', 'teras', 'cilgant', 'calle', 'avenida', 'carrer', 'rua$', 'rue$', 'piazza', 'ulica', 'ul'];

export function streetTypeFirst(ctx: ScanContext, out: Candidate[]): void {
  const { text } = ctx;
  // Native look-ups first: almost no post holds one of these words.
  const lower = ctx.lower;
  if (/heol|stryd|ffordd|rhodfa|teras|cilgant/.test(lower)) {
    eachMatch(WELSH_STREET, text, (m) => {
      out.push({ type: 'address', start: m.index, end: m.index + m[0].length, confidence: 0.8, rule: 'address.welsh_type_first' });
    });
  }
  if (/calle|avenida|carrer|rua|rue|piazza|ulica|ul\./.test(lower)) {
    eachMatch(NUMBER_AFTER, text, (m) => {
      out.push({ type: 'address', start: m.index, end: m.index + m[0].length, confidence: 0.8, rule: 'address.number_after_name' });
    });
  }
}
