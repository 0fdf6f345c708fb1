/**
 * Recognisers for the administrative lines a force policy carries around its content:
 * protective marking, owner, expiry warning and the enquiries contact. These lines are
 * metadata, not rules, so the parser lifts them out before clauses are cut.
 */

// Government Security Classifications plus the pre-2014 GPMS markings police documents still carry.
// Case-sensitive on purpose: markings are printed in capitals, prose words like "official" are not.
const MARKING = /^(NOT PROTECTIVELY MARKED|OFFICIAL[- ]SENSITIVE|OFFICIAL|PROTECT(?:\s*-\s*[A-Z ]+)?|RESTRICTED|CONFIDENTIAL|TOP SECRET|SECRET|UNCLASSIFIED)\b\s*(.*)$/;
const MARKING_LABEL = /^protective marking\s*[:-]\s*(.+)$/i;
const OWNER = /^(?:this\s+)?(?:policy|document)?\s*(?:owned by|owner)\s*[:-]?\s+(.+?)\.?$/i;
const EXPIRY = /\b(?:this\s+(?:information|policy|document)\s+has\s+expired|(?:policy|document)\s+(?:has\s+)?expired)\b/i;
const CONTACT = /^(?:for\s+(?:any\s+)?(?:enquiries|inquiries|queries|questions|further information|more information|advice)\b.*\bcontact\b.+|(?:policy\s+)?contact\s*:\s*.+)$/i;

export interface MarkingMatch {
  marking: string;
  rest: string;
}

export function matchMarking(line: string): MarkingMatch | undefined {
  const labelled = MARKING_LABEL.exec(line);
  if (labelled) return { marking: labelled[1].trim(), rest: '' };
  const m = MARKING.exec(line);
  if (!m) return undefined;
  // "OFFICIAL" followed by ordinary prose is a sentence, not a marking.
  const rest = m[2].trim();
  if (rest && !OWNER.test(rest) && !/^[-–|:]/.test(rest)) return undefined;
  return { marking: m[1].trim(), rest: rest.replace(/^[-–|:]\s*/, '') };
}

export function matchOwner(line: string): string | undefined {
  const m = OWNER.exec(line.trim());
  return m ? m[1].trim() : undefined;
}

export function isExpiryWarning(line: string): boolean {
  return EXPIRY.test(line) && line.length <= 200;
}

export function isContactLine(line: string): boolean {
  return CONTACT.test(line.trim()) && line.length <= 300;
}
