import type { Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { isAsciiLower } from '../text-utils';
import { SIGHTINGS_AND_ORDERS } from './name-any-case';
import { hasOperationalWord, operationalWordStarts } from './case-words';

/**
 * What person_name's rules learn about the whole post, read once and shared (person-name.ts runs the rules; the
 * title rule is name-titles.ts, the first-name rule name-known-first.ts): whether it is about staff, where its
 * operational words are, which details the detectors before this one found.
 */
/** Staff words in the 40 characters before a name: thanks, ranks, teams, HR. */
export const STAFF =
  /\b(?:thanks?|thank you|cheers|congrat\w*|welcome|well done|great work|good work|brilliant|retir\w*|leaving|farewell|collection|colleague|our|shout ?out|kudos|pc|dc|ds|di|dci|sgt|insp\w*|supt|superintendent|ch ?supt|chief|acc|dcc|officer|pcso|staff|hr|payroll|team|manager|head of|director|speaker|trainer|presented|hosted|led|joins|joined|occupational health|flexible working|expenses|maternity|phased return|welfare update)\b/;
/** Posts about colleagues: thanks, welcomes, leaving, HR and welfare notices. */
export const STAFF_POST =
  /\b(?:thanks?|thank you|congrat\w*|welcome|well done|great work|good work|retir\w*|leaving do|farewell|shout ?out|kudos|joins|joined the|occupational health|flexible working|expenses|maternity|phased return|welfare update|get well|happy birthday)\b/;
/** Details that make a name beside them personal data: the registry runs these detectors before this one. */
const LINKED_DATA: ReadonlySet<string> = new Set(['phone', 'email', 'address', 'postcode', 'date_of_birth', 'nino', 'passport', 'driving_licence', 'nhs_number', 'bank_account', 'payment_card', 'iban', 'health', 'crime_reference', 'pnc_id', 'cro_number']);
/** What the title and first-name rules learn about the whole post, once. Module-level functions, not closures: nothing is allocated per post but this. */
export interface PostFacts {
  staffPost: boolean | undefined;
  /** Offsets of operational words (a post of many titles must not rescan per title). */
  operational: number[] | undefined;
  caseWords?: boolean; // OPERATIONAL or SIGHTINGS_AND_ORDERS in the post (caseWords)
  /** Starts of the addresses and postcodes found, sorted (read once, for the same reason). */
  addresses?: number[];
  /** Starts of the titled-name rule's own details (publicPart), sorted. */
  ownDetails?: number[];
}
export function isStaffPost(post: PostFacts, lower: string): boolean {
  return (post.staffPost ??= STAFF_POST.test(lower));
}
/** Speed14c: the case words read once per post; without an 'operational' cue (or 's35', cues are letters) neither regex matches. */
export function caseWords(post: PostFacts, ctx: ScanContext): boolean {
  return (post.caseWords ??= (!ctx.prefilter || ctx.has('operational') || ctx.lower.indexOf('s35') >= 0) && (hasOperationalWord(ctx) || SIGHTINGS_AND_ORDERS.test(ctx.lower)));
}
/** Details a check can find to be someone's: the linked details, an IP address or a plate. */
export function isOwnedDetail(c: Candidate): boolean {
  return isLinkedData(c) || (c.confidence >= 0.5 && (c.type === 'ip_address' || c.type === 'vehicle_registration'));
}

export function isLinkedData(c: Candidate): boolean {
  return c.confidence >= 0.5 && LINKED_DATA.has(c.type);
}

export function operationalNear(post: PostFacts, ctx: ScanContext, from: number, to: number): boolean {
  const operational = (post.operational ??= operationalWordStarts(ctx));
  let lo = 0;
  let hi = operational.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (operational[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < operational.length && operational[lo] < to;
}

/** The first word start at or after `from` (0 if before the text): a window cut mid-word opens at the next word. */
export function wordStartFrom(lower: string, from: number): number {
  if (from <= 0) return 0;
  let i = from;
  while (i < lower.length && isAsciiLower(lower.charCodeAt(i - 1)) && isAsciiLower(lower.charCodeAt(i))) i++;
  return i;
}
