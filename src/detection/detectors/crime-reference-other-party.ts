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
