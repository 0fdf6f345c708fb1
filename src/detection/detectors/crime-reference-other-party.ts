/**
 * Twelfth session: "Reported to Highways, their ref HW-55812": a reference the sentence gives to the body something was
 * reported to, passed to or logged with is that body's (a council's fault ticket, an insurer's claim, a utility's job),
 * when the body is no police one. "their" alone says nothing of whose ("the neighbouring force took it, their ref ..."
 * is another force's crime reference), so the body must be named before it, and a police prefix or a force code, serial
 * and year on the token still decides (crime-reference.ts).
 */
const REPORTED_TO_THEIR_REF =
  /\b(?:reported|logged|passed|raised|referred|sent|emailed|e-mailed|forwarded|rang|called|phoned|contacted|notified|chased|flagged)(?: (?:it|this|them|that))? (?:to |with )?(?:the )?([a-z]+)(?: [a-z]+)?(?: (?:and|who|who've|they've|they have|have))?[^.!?\n]{0,16}?[,;:-]? their ref(?:erence)?(?: no\.?| number)?[\s:#.-]*$/;
/** Bodies whose references are police ones: forces, the national agencies, the control room, Action Fraud. */
const POLICE_BODIES: ReadonlySet<string> = new Set([
  'police', 'force', 'forces', 'constabulary', 'met', 'btp', 'nca', 'action', 'control', 'cid', 'moj', 'cps', 'court', 'courts',
  'custody', 'oic', 'dc', 'ds', 'pc', 'sgt', 'ps', 'di', 'insp', 'officer', 'colleagues', 'team', 'us', 'me',
]);

export function otherPartysRef(before: string): boolean {
  if (before.indexOf('their ref') < 0) return false;
  const m = REPORTED_TO_THEIR_REF.exec(before);
  return m !== null && !POLICE_BODIES.has(m[1]);
}

/**
 * Fourteenth session: an insurance claim's references. Insurers, their handlers and loss adjusters number their claims,
 * and a post about one gives the claim's reference and the other side's ("Our ref is CL-24-0771, theirs is ..."). In the
 * 200 characters before a reference that names an insurer, with no police reference word there (crime, incident,
 * occurrence, log, ...), a generic "ref" is the claim's; a police prefix or a force code, serial and year on the token
 * still decides (crime-reference.ts), so "her insurers want the crime number, ref no 48/11907/24" stays a crime reference.
 */
const INSURER = /\b(?:insurers?|insurance (?:company|firm|claim)|underwriters?|loss adjusters?|claims? handlers?)\b/;
const POLICE_REF_WORD = /\b(?:crime|crimes|crn|incident|occurrence|occ|log|cad|urn|niche|athena|storm|cris|custody|police ref)\b/;
export function insurersRef(before: string): boolean {
  // The insurer's words by native search first: most references have none of them before.
  if (!hasInsurerWord(before)) return false;
  return INSURER.test(before) && !POLICE_REF_WORD.test(before);
}
/** Whether `lower` holds an insurer's word stem at all: a post without one skips insurersRef's slice per token. */
export function hasInsurerWord(lower: string): boolean {
  return lower.indexOf('insur') >= 0 || lower.indexOf('underwrit') >= 0 || lower.indexOf('adjuster') >= 0 || lower.indexOf('handler') >= 0;
}
