/**
 * Two capitalised words that open with a first name yet name a law or a region, not a person (dev set 12 round):
 * - the last word names a piece of legislation ("Bail Act", "Homer Act", "Harriet Regulations"): people's surnames are
 *   not "Act", "Regulations" or "Bill" in these posts, and a law is how staff cite their powers;
 * - the first word is a compass point ("North East", "South Wales", "West Yorkshire"): a region, as police forces,
 *   counter-terrorism networks and ambulance trusts are named; "North" and "West" are in the first-name lists, but a
 *   person so named is rare next to how often regions are.
 */
const LEGISLATION: ReadonlySet<string> = new Set(['act', 'acts', 'bill', 'regulations', 'regs', 'statute', 'order']);
/**
 * Dev set 13 round: the same holds for the other kinds of document staff cite by a capitalised title, often named after
 * a person or opening with a first name ("Herbert Protocol", "Child Safeguarding Practice Review", "Clare's Law"
 * aside): a protocol, review, policy, procedure, guidance, framework, strategy, inquiry, report or plan. No surname in
 * these posts is one of these nouns, so a pair or run ending in one is a document's title.
 */
const DOCUMENT: ReadonlySet<string> = new Set([
  'protocol', 'protocols', 'review', 'reviews', 'policy', 'policies', 'procedure', 'procedures', 'guidance', 'framework',
  'strategy', 'inquiry', 'inquest', 'report', 'plan', 'programme', 'guidelines', 'handbook', 'manual', 'toolkit',
]);

/** A capitalised run whose last word names a law or another kind of document. */
export function namesADocument(name: string): boolean {
  const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  return name.indexOf(' ') > 0 && (LEGISLATION.has(last) || DOCUMENT.has(last));
}
const COMPASS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west']);

export function namesALawOrRegion(name: string): boolean {
  const space = name.indexOf(' ');
  if (space < 0) return false;
  const first = name.slice(0, space).toLowerCase();
  const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  return LEGISLATION.has(last) || DOCUMENT.has(last) || COMPASS.has(first);
}
