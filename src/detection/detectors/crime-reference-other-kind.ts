import { INVESTIGATION_QUALIFIERS } from './crime-reference-codes';

/**
 * Numbers that are references of something other than a police case: IT and business tickets ("INC0012345", "job
 * no."), references a non-police qualifier names ("Estates ref 55712"), months and financial years; and the qualifiers
 * that keep a reference police business (crime, custody, a force's name). Read by crime-reference.ts for every token.
 */
// Sixteenth session: an incident number with the year as its own field ("INC-26-0091234", "INC-25-1204-0391") is no IT
// ticket: service desks number their INCs in one run ("INC0012345"), so only that shape is let go unread.
export const NOT_POLICE = /^(?:INC(?![-/]\d{2}[-/]\d)|RITM|REQ|CHG|TASK|SR|PRB|KB|JOB|PO|INV)/i;
/** Reference words no IT or business ticket uses. */
export const POLICE_ONLY_BEFORE = /\b(?:crime(?: ref(?:erence)?| number| no| reference number)?|crn|occurrence(?: number| no| ref)?|niche(?: rms)?(?: ref| occurrence| number)?|athena(?: ref| number)?|cris(?: ref| number| no)?|(?:smart ?)?storm(?: log| ref)?|police ref(?:erence)?)[\s:#.\-–]*$/;
/** "IT" the department is written in capitals; "it" the pronoun ("is it 13/53318/24?") is no ticket's context. */
const IT_DEPARTMENT = /\bIT\b/;
export const IT_CONTEXT = /\b(?:service ?desk|servicenow|helpdesk|help desk|ict|laptop|printer|outlook|job|vacancy|invoice|order)\b/;

/** "job no. 4412", "job number 24-00431", "job ref": control rooms call an incident a job, and so does every trade. */
export const JOB_NUMBER = /\bjob(?: no\.?| number| ref)[\s:#.]*$/;

/** "Estates ref 55712", "pension ref PN4471": a reference qualified by something that is not police business. */
// Fourteenth session (core27): a thing's number too ("frame no. 44X-1190-B", "serial number", "chassis no"): what the
// number belongs to is named right before it, as with "ref".
// Fifteenth session: '=' too, as a system's field gives it ("user_ref=..." read as "user ref=", ScanContext.fieldBefore).
const QUALIFIED_REF = /\b([a-z]+) (?:ref(?:erence)?(?: no| number)?|no\.?|number)[\s:#.=-]*$/;
// "Action Fraud ref", "fraud ref": fraud is police business (Action Fraud is the national reporting centre).
// Twelfth session: collisions (RTC), custody, intelligence, warrants and exhibits are police records too ("collision ref RTC/1127/23").
const POLICE_QUALIFIERS = new Set<string>(['crime', 'cr', 'fraud', 'police', 'incident', 'inc', 'occurrence', 'occ', 'log', 'crn', 'urn', 'case', 'cad', 'niche', 'athena', 'storm', 'collision', 'rtc', 'custody', 'intel', 'intelligence', 'warrant', 'exhibit', 'reference', 'ref', 'cris', 'our', 'your', 'the', 'my', 'his', 'her', 'their', 'a', 'this', 'that', 'same', 'is', 'with', 'under', 'on', 'at', 'as', 'and']);
/**
 * Fifteenth session: a police force's name qualifies a reference as a crime word does ("PSNI ref CC2026112800417",
 * "Hampshire ref 44260118743", "West Mids ref ..."): the forces of the UK by the word their name ends with or their
 * initials, and the plurals of the record words ("old Crimes ref").
 */
const FORCE_QUALIFIERS = [
  'force', 'forces', 'crimes', 'incidents', 'occurrences', 'psni', 'met', 'mps', 'gmp', 'wyp', 'syp', 'nyp', 'tvp', 'wmp', 'btp', 'nca', 'rocu', 'garda', 'gardai',
  'scotland', 'somerset', 'bedfordshire', 'beds', 'cambridgeshire', 'cambs', 'cheshire', 'cleveland', 'cumbria', 'derbyshire', 'cornwall', 'dorset',
  'durham', 'powys', 'essex', 'gloucestershire', 'glos', 'manchester', 'gwent', 'hampshire', 'hants', 'hertfordshire', 'herts', 'humberside', 'kent',
  'lancashire', 'lancs', 'leicestershire', 'leics', 'lincolnshire', 'lincs', 'merseyside', 'norfolk', 'wales', 'yorkshire', 'northamptonshire',
  'northants', 'northumbria', 'nottinghamshire', 'notts', 'staffordshire', 'staffs', 'suffolk', 'surrey', 'sussex', 'valley', 'warwickshire', 'mercia',
  'midlands', 'mids', 'wiltshire',
  // The crime recording systems of Scotland (SCRS) and the Garda (PULSE), named as Niche and Athena are.
  'scrs', 'pulse',
];
/**
 * Twentieth session: the public protection and missing-person records a force keeps as it keeps crimes ("missing ref
 * MFH/24/004471", "DVDS ref DVDS/24/0412": the Domestic Violence Disclosure Scheme, Claire's Law; MAPPA, the multi-agency
 * arrangements for violent and sexual offenders; a PPN, a public protection notice; ViSOR, the violent and sexual offender
 * register; a firearms certificate's file). Each names a police record series, as custody and intel do.
 */
const PROTECTION_QUALIFIERS = ['missing', 'misper', 'mfh', 'dvds', 'mappa', 'ppn', 'visor', 'firearms'];
for (const w of PROTECTION_QUALIFIERS) POLICE_QUALIFIERS.add(w);
for (const w of FORCE_QUALIFIERS) POLICE_QUALIFIERS.add(w);
for (const w of INVESTIGATION_QUALIFIERS) POLICE_QUALIFIERS.add(w); // eighteenth session ("op ref 21/5530/MCT")
const FORCES: ReadonlySet<string> = new Set(FORCE_QUALIFIERS);
/** A force named right before "ref": only a reference-shaped token is its reference ("Essex ref 4412 is the course code"). */
export function forceQualified(before: string): boolean {
  const m = QUALIFIED_REF.exec(before);
  return m !== null && FORCES.has(m[1]);
}
/** "2026-03", "2024/25": a year (19xx or 20xx), a slash or hyphen and two digits; by char codes (run on every token). */
export function yearAndMonth(tok: string): boolean {
  if (tok.length !== 7) return false;
  const sep = tok.charCodeAt(4);
  const y = tok.slice(0, 2);
  return (sep === 45 || sep === 47) && (y === '19' || y === '20') && [0, 1, 2, 3, 5, 6].every((i) => tok.charCodeAt(i) >= 48 && tok.charCodeAt(i) <= 57);
}

export function itDepartmentNear(text: string, start: number, end: number): boolean {
  return IT_DEPARTMENT.test(text.slice(Math.max(0, start - 40), start)) || IT_DEPARTMENT.test(text.slice(end, end + 20));
}
export function otherKindOfRef(before: string): boolean {
  const m = QUALIFIED_REF.exec(before);
  return m !== null && !POLICE_QUALIFIERS.has(m[1]);
}

/**
 * Twentieth session (prec20): the public processes that number their files in a force's shape too (a council's planning
 * application "24/01234/25", a vacancy or a tender "26/00412/25"): named right before "ref"/"no", the number is theirs
 * even when it has a police reference's three fields. A police prefix on the token ("CR/...") still decides.
 */
const PUBLIC_PROCESS_REF = /\b(?:planning|vacancy|vacancies|recruitment|advert|tender|procurement|contract|pension|payroll)(?: application)? (?:ref(?:erence)?(?: no| number)?|no\.?|number)(?: is)?[\s:#.=-]*$/;
export function publicProcessRef(before: string): boolean {
  return PUBLIC_PROCESS_REF.test(before);
}
