import type { ScanContext } from '../scan-context';
import { PostStarts, StartGated } from '../start-gated';
import { eachMatch } from '../text-utils';
/**
 * Words of police business, whose presence makes a post one about operational matters for the name rules
 * (person-name.ts) and which are read as themselves, never as a first name (name-tokens.ts).
 */
/**
 * Exported for the prefilter test: the 'operational' cue family of person-name.ts must cover it.
 * Safeguarding and exclusion work names the public too: MARAC and MAPPA lists, refuges, pub and club bans
 * ("barred", "banned"), covert sources (CHIS), grooming and child sexual or criminal exploitation (CSE, CCE).
 * A post marked OFFICIAL-SENSITIVE (the marking opening a line, not a post about the marking) is police business
 * (dev set 12 round). A solicitor acting for someone, remand, bail, cautions and summonses are the legal side of a
 * case, and door knocking (house-to-house enquiries) is case work (dev set 13 round).
 * Fourteenth session (names27): the business of the specialist desks is police business too: evidence (seizures,
 * witnesses; not CCTV or body-worn footage, which staff review and are named beside: "CCTV trawl, Grace ..."), offences (fraud, abuse, disorder, criminal damage, graffiti, racial abuse, punching,
 * spitting at someone, hare coursing, cold callers), orders and their breach (restraint and confiscation under POCA,
 * referral orders, closure notices, licence conditions, approved premises, recall to prison, exclusion, truancy, sectioning), road
 * collisions, the CPS, youth offending teams, test purchases and money mules.
 */
export const OPERATIONAL =
  /\b(?:victim|vic|suspect|missing from home|mfh|arrest enquiry|offender|witness|complainant|arrest\w*|custody|detained|missing|misper|address|lives|resides|reported|report|reporting|reports|assault\w*|burglar\w*|theft|stolen|harass\w*|domestic|dv|da|safeguard\w*|vulnerable|risk|warrant|bail|charged|charge|interview\w*|statement|incident|crime|nominal|intel\w*|sighting|seen|wanted|concern|welfare check|ppn|mash|social services|court|sentenced|convicted|injur\w*|overdose|deceased|sudden death|called in|calling|caller|neighbour|asb|threat\w*|stalk\w*|source|dealing|drugs|county lines|shoplift\w*|storing|weapon|knife|knives|dealt with|ringing in|pnc|cro|fingerprints|dob|nicked|stopped|seized|drunk|fight|prisoners?|stop (?:and |& )?search(?:ed)?|stop-search|marac|mappa|refuge|barred|banned|chis|groom(?:ed|ing)|cse|cce|exploit\w*|(?<![a-z][^\n]{0,200})official[- ]sensitive|solicitors?|remand(?:ed)?|bailed|rebailed|cautioned|summonsed|door[- ]?knock(?:ing|ed|s)?|house[- ]to[- ]house|witnesses|drug|seizures?|seize|breach\w*|fraud\w*|abus(?:e|ed|ive)|disorder|collision|rtc|recalled to (?:prison|custody|jail)|restraint order|confiscation|poca|money mules?|yot|youth offending|referral order|exclu(?:ded|sion)|truant\w*|sectioned|approved premises|licence conditions|racial\w*|graffiti|criminal damage|cps|punch(?:ed|ing)|spat at|test purchase|closure (?:notice|order)|hare coursing|cold call(?:er|ers|ing)?)\b/;
const CASE_WORD = new RegExp(`^(?:${OPERATIONAL.source})$`);
/**
 * "bail stats", "Bail Admin": a word that makes a post police business is that word, not a first name opening a
 * name, where the first-name lists have it as an English word too ("bail", "court"; name-tokens.ts checks that, so "Vic Jones" stays a name). Whole words only, any case.
 */
export function isCaseWord(word: string): boolean {
  return CASE_WORD.test(word.toLowerCase());
}

/**
 * Fifteenth session (speed): OPERATIONAL read only where its words start. The 'operational' cue family (person-name.ts)
 * holds the first word of every OPERATIONAL alternative (start-gated.ts; test/detection/speed-fifteenth-starts.test.ts).
 * Without the prefilter the plain regex is read, as every gate reads its regex then.
 */
const OPERATIONAL_AT = new StartGated(OPERATIONAL, 'operational');
export { OPERATIONAL_AT };

/** Whether the post has an OPERATIONAL word (OPERATIONAL.test(ctx.lower)). */
export function hasOperationalWord(ctx: ScanContext): boolean {
  return ctx.prefilter ? new PostStarts(ctx, ctx.lower).test(OPERATIONAL_AT) : OPERATIONAL.test(ctx.lower);
}

/** Where OPERATIONAL matches in the post, in order (a global search's match starts). */
export function operationalWordStarts(ctx: ScanContext): number[] {
  const found: number[] = [];
  if (ctx.prefilter) {
    const starts = new PostStarts(ctx, ctx.lower);
    for (let m = starts.exec(OPERATIONAL_AT); m !== null; m = starts.exec(OPERATIONAL_AT, m.index + m[0].length)) found.push(m.index);
  } else eachMatch(OPERATIONAL_ALL, ctx.lower, (o) => found.push(o.index));
  return found;
}
const OPERATIONAL_ALL = new RegExp(OPERATIONAL.source, 'g');
