import type { Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { eachMatchNear } from '../text-utils';
import { isFirstName, notAPersonsName, readName, type NameSpan } from './name-tokens';
import { RANK_BEFORE } from './name-positions';

/**
 * Names put to a person already described, for person-name.ts (dev set 9 round):
 * - identified: an everyday word for a person, then who they are ("the fella from last night, Dean Shaw, has ...",
 *   "the guy who ran up the tab was Kenny Lomas"). Talk about an unknown man or woman that ends in a name is how
 *   people write that they have found out who someone is; colleagues are named outright, not introduced this way.
 * - with their vehicle: a name owning a car or van whose plate (found by the vehicle detector, which runs before this
 *   one) follows in the sentence ("Aaron Platt has a new car FN71 XKD", "the laptop from Craig Newton's car (YD19 VPF)").
 *   A plate is an identifier of its keeper, as a phone number is of its owner.
 * Both need a known first name and a surname, and neither counts after a rank or in a post about staff.
 */

/** An everyday word for a person, after a determiner: "the fella", "that bloke", "this woman". */
const DESCRIBED_PERSON = /\b(?:the|that|this) (?:fella|fellow|guy|bloke|lad|lass|chap|geezer|man|woman|lady|girl|boy|kid|male|female|youth)\b/g;
/** Words of police work and workplaces in the describing clause: the person described is staff. */
const STAFF_CLAUSE = /\b(?:payroll|finance|training|estates|fleet|control room|front (?:desk|counter)|team|department|dept|office|officers?|pcsos?|pc|ps|sgt|sergeant|inspector|colleagues?|staff|new starter|comms|force|nick|station)\b/;
/** The first place in the rest of the sentence where a name could be put to the person: after a comma, or "is"/"was". */
const NAME_PUT = /, (?=[A-Z])| (?:is|was|turned out to be|is called|was called) (?=[A-Z])|[.!?\n]/g;

export function namesOfDescribedPeople(ctx: ScanContext, out: Candidate[], staffPost: () => boolean): void {
  const { text, lower } = ctx;
  // Only around the cue words ("fella", "woman", ...): no pass over the whole post.
  eachMatchNear(DESCRIBED_PERSON, lower, ctx.cueStarts('person'), 6, 10, (m) => {
    // Read in a bounded window (the name is put within 100 characters), so a post of many "the man" stays linear.
    const from = m.index + m[0].length;
    const window = text.slice(from, from + 100);
    // "the man of the match was ...", "the lady of the house": a title or a part, not a person met.
    if (window.startsWith(' of ')) return;
    NAME_PUT.lastIndex = 0;
    const put = NAME_PUT.exec(window);
    if (!put || /^[.!?\n]/.test(put[0])) return;
    // "the guy from IT, Dave Smith, ...", "the woman on the front counter was ...": a colleague introduced by their job.
    if (STAFF_CLAUSE.test(lower.slice(from, from + put.index)) || /\b(?:IT|HR)\b/.test(window.slice(0, put.index))) return;
    const name = fullName(ctx, from + put.index + put[0].length);
    if (!name || staffPost()) return;
    out.push({ type: 'person_name', start: name.start, end: name.end, confidence: 0.65, rule: 'person_name.identified' });
  });
}

/** A name owning a vehicle, then its plate: "<name> has a (new) car", "<name>'s van"; the plate within 30 characters. */
const OWNS_VEHICLE =
  /(?:['’]s| (?:has|had|owns|owned|drives|drove|bought|has got|is driving|was driving|was in|is in)(?: (?:a|an|the|his|her|their))?)(?: [a-z]+){0,2} (?:car|van|motor|vehicle|motorbike|motorcycle|bike|scooter|truck|pickup|jeep)\b[^.!?\n]{0,30}$/;
const NAME_ENDING = /(?:^|[^A-Za-z'’-])((?:[A-Z][a-z'’-]+ ){1,2}[A-Z][a-z'’-]+)$/;

export function namesWithTheirVehicle(ctx: ScanContext, out: Candidate[], staffPost: () => boolean): void {
  const { text } = ctx;
  const count = out.length;
  for (let i = 0; i < count; i++) {
    const plate = out[i];
    if (plate.type !== 'vehicle_registration' || plate.confidence < 0.5) continue;
    const from = Math.max(0, plate.start - 120);
    const before = text.slice(from, plate.start);
    const owns = OWNS_VEHICLE.exec(before);
    if (!owns) continue;
    const head = NAME_ENDING.exec(before.slice(0, owns.index));
    if (!head) continue;
    // "Today Aaron Platt has": the name starts at its first known first name.
    let start = from + owns.index - head[1].length;
    const end = from + owns.index;
    while (start < end && !isFirstName(text.slice(start, text.indexOf(' ', start)))) start = text.indexOf(' ', start) + 1;
    const name = start < end ? fullName(ctx, start) : undefined;
    if (!name || name.end !== end || staffPost()) continue;
    out.push({ type: 'person_name', start: name.start, end: name.end, confidence: 0.65, rule: 'person_name.with_vehicle' });
  }
}

/** A known first name and a capitalised surname at `start`, not an officer and not a place or an organisation. */
function fullName(ctx: ScanContext, start: number): NameSpan | undefined {
  const { text, lower } = ctx;
  const name = readName(text, start, false);
  if (!name || name.words < 2 || !isFirstName(text.slice(start, text.indexOf(' ', start)))) return undefined;
  if (RANK_BEFORE.test(lower.slice(Math.max(0, start - 16), start)) || notAPersonsName(text, lower, start, name.end, false)) return undefined;
  return name;
}
