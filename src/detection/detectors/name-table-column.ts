import type { ScanContext } from '../scan-context';
import type { Candidate } from './detector';
import { isSurnameShaped } from './name-surnames';
import { isFirstName, notAPersonsName, readName } from './name-tokens';

/**
 * Twelfth session: a name in a table's name column ("name,age,school" over "Tayo Adeyemi,14,St Luke's"). The header
 * labels the cell as a form's "Name:" label would (table-cells.ts reads the column's header for each cell); the older
 * rules read a cell only by the words before it, which in a CSV row are the previous cell's. Every dev set that pastes
 * such a table labels its names, staff and public alike. The cell must hold the name alone, and read as one: a known
 * first name, or a word that is no English word ("Adeyemi"), so a column of team or place names ("Blue Team", "Main
 * Office") stays unread.
 */
const NAME_HEADERS: ReadonlySet<string> = new Set(['name', 'names', 'full name', 'fullname', 'person', 'name of person', 'pupil', 'pupil name', 'child', 'child name', 'student', 'student name', 'young person', 'attendee']);
/** One of those headers as a whole cell (set off by a separator or the line's ends), so most posts skip the table read. */
const HEADER_CUE = /(?:^|[\n,|\t])[ ]*(?:names?|full ?name|person|name of person|(?:pupil|child|student) name|pupil|child|student|young person|attendee)[ ]*(?:[,|\t\r]|$)/m;

const HEADER_WORDS = ['name', 'person', 'pupil', 'child', 'student', 'attendee'];
/**
 * Thirteenth session: a column headed by a member of the public's part ("| Dealer | Seller | Vehicle |", "Suspect | PNC ID")
 * labels its cells as a name column does; the cell must then open with a known first name ("Hunslet Metals" in a seller
 * column is a firm). Not "owner" (an action's owner is staff).
 */
const ROLE_HEADERS: ReadonlySet<string> = new Set([
  'suspect', 'suspects', 'offender', 'offenders', 'defendant', 'defendants', 'nominal', 'nominals', 'victim', 'victims', 'witness',
  'witnesses', 'seller', 'buyer', 'keeper', 'tenant', 'occupant', 'caller', 'misper', 'detainee', 'prisoner', 'subject',
  // Fourteenth session: who a payment or a claim is for ("payee,sort_code,account" over "K Marsh,40-11-62,...").
  'payee', 'claimant',
]);
const ROLE_CUE = /(?:^|[\n,|\t])[ ]*(?:suspects?|offenders?|defendants?|nominals?|victims?|witness(?:es)?|seller|buyer|keeper|tenant|occupant|caller|misper|detainee|prisoner|subject|payee|claimant)[ ]*(?:[,|\t\r]|$)/m;

export function namesInNameColumns(ctx: ScanContext, out: Candidate[]): void {
  const { text, lower } = ctx;
  if (text.indexOf('\n') < 0) return;
  const byName = HEADER_WORDS.some((w) => lower.indexOf(w) >= 0) && HEADER_CUE.test(lower);
  // The role headers are role cue words of person-name.ts but for seller, buyer and tenant: most posts skip the regex.
  if (!byName && (!(ctx.has('role') || lower.indexOf('seller') >= 0 || lower.indexOf('buyer') >= 0 || lower.indexOf('tenant') >= 0 || lower.indexOf('payee') >= 0 || lower.indexOf('claimant') >= 0) || !ROLE_CUE.test(lower))) return;
  // A cell starts after a line break or a separator: the table read (cached on the context) says which are cells.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) continue;
    const p = i > 0 ? text.charCodeAt(i - 1) : 10;
    if (p !== 10 && p !== 44 && p !== 124 && p !== 9 && p !== 32) continue;
    const field = ctx.fieldBefore(i, 0);
    const header = field.slice(0, -2);
    const byRole = ROLE_HEADERS.has(header);
    if (field === '' || (!NAME_HEADERS.has(header) && !byRole)) continue;
    const name = readName(text, i, false);
    if (!name || name.words < 2 || !wholeCell(text, name.end) || notAPersonsName(text, lower, i, name.end)) continue;
    const words = text.slice(i, name.end).split(' ');
    // Fourteenth session: in a role column an initial and a surname is how records and payment files write a person ("K Marsh").
    const initialled = byRole && words.length === 2 && words[0].length === 1;
    if (!isFirstName(words[0]) && !initialled && (byRole || !words.some((w) => isSurnameShaped(w)))) continue;
    // A name the older rules read stays theirs (one reading per name).
    if (out.some((c) => c.type === 'person_name' && c.start < name.end && i < c.end)) continue;
    out.push({ type: 'person_name', start: i, end: name.end, confidence: 0.7, rule: 'person_name.name_column' });
  }
}

/** Nothing but spaces between the name's end and the cell's end (a separator or the line's end). */
function wholeCell(text: string, end: number): boolean {
  let i = end;
  while (text.charCodeAt(i) === 32) i++;
  const c = text.charCodeAt(i);
  return i >= text.length || c === 10 || c === 13 || c === 44 || c === 124 || c === 9;
}
