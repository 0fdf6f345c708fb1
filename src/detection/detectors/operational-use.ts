import { defineDetector, type Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import {
  DUTY_ROLE, FUTURE, INVITATION, GENERAL_INCIDENT, GUIDANCE, NAMED_INCIDENT, NEWS, ON_CALL, PAST, RESOURCE, PAST_TENSE, PERSONAL, PLANNING, PROCESS_QUESTION, SCENE, SHARED_EXPERIENCE,
  STRONG_REQUEST, UNFOLDING, ACTION_ASK, INFO_ASK, HUMOUR, OFFICE_LIFE, ON_CALL_COVER, URGENT, RECORDS_ASK, IN_PASSING,
} from './operational-use-vocabulary';
import { DIRECTING, ON_CALL_CONTACT, ON_CALL_HOLDER, SHIFT_ASK, SHIFT_TODAY, SHIFT_WORD, SOCIAL_PURPOSE } from './operational-use-commands';
import { ALL_CUES, Passage, readSupport } from './operational-use-passage';
import { OPERATIONAL_USE_CUES } from './operational-use-cues';
import { OPERATIONAL_USE_START_CUES } from './operational-use-starts';
import { PostStarts } from '../start-gated';

/**
 * "The use of Yammer should not be used for critical incidents or on-call issues."
 *
 * A post is operational traffic when it ASKS for something to happen now about a live matter:
 * sends units, asks who is on call, asks people to look out for someone, says the control room
 * cannot reach a duty officer. The vocabulary (operational-use-vocabulary.ts) is general UK policing
 * and on-call language plus everyday grammar: the shape of an ask, tense and aspect, modality.
 *
 *   ask: strong 2; everyday 2 with the scene described (or a time word about a named matter or the
 *        duty structure, or an action about a named matter), else 1
 *   + live (1) + incident (1) + on-call role (1)
 *   - look back, planning/events, guidance/welfare, process or permission question, news, shared
 *     experience, invitation, a joke, the office's own things (2 each) - time to come, own affairs,
 *     past-tense narrative (1 each)
 *
 * and the post is flagged at 3 or more when it is about an incident, the duty structure, or a
 * resource at a described scene. What supports the ask is read near it (in a long post, within
 * NEAR_CHARS of it); what speaks against is read in the whole post. An incident that a fault might
 * lead to ("before it causes a fire") and a general word naming a place or team ("the custody desk")
 * do not count as a matter happening. Reports of past incidents, training, rota planning and news carry
 * the negative signals, so the same words in those posts stay below the line.
 *
 * The finding spans the request phrase (vocabulary only, never personal data), so masking and
 * moderator cards leave the post readable.
 */

/** A live request is a short message; reading past this bounds the cost of huge posts. */
const MAX_CHARS = 4000;

/** What the detector read in a post: each signal, the score they add up to, and the phrase it anchors on. */
export interface OperationalSignals {
  request: 'strong' | 'weak' | null;
  unfolding: boolean;
  live: boolean;
  incident: boolean;
  onCall: boolean;
  /** Names an operational resource (units, officers, a supervisor). */
  resource: boolean;
  /** Describes the scene in progress (not only a time word). */
  scene: boolean;
  /** A command to resources at a scene (DIRECTING): live, and its own target. */
  directing: boolean;
  /** Negative signals present, by name. */
  against: string[];
  score: number;
  anchor: { start: number; end: number } | null;
}

/** The line: a request plus at least one supporting signal, and nothing saying the matter is not live. */
const THRESHOLD = 3;

/** A long post (a digest, a newsletter) is judged by the passage around its ask: this many characters either side. */
const NEAR_CHARS = 240;

/** Signals and score for a lower-cased post (exported so tests and the dev scorer can explain a decision). */
export function operationalSignals(lowerText: string): OperationalSignals {
  const text = headOf(lowerText);
  return readSignals(text, new Passage(text, ALL_CUES))!;
}

/** The part of a post that is read, with curly apostrophes read as straight ones (same length, so offsets line up). */
function headOf(lowerText: string): string {
  const head = lowerText.slice(0, MAX_CHARS);
  return head.indexOf('\u2019') < 0 && head.indexOf('\u2018') < 0 ? head : head.replace(/[\u2018\u2019]/g, "'");
}

/**
 * The signals of a post (`whole` reads `text`). With `line`, only whether the post reaches it
 * matters: undefined as soon as it cannot (no anchor, no target, or a score below the line, which
 * the negative signals can only lower), so a post with no ask skips the twelve negative regexes.
 */
function readSignals(text: string, whole: Passage, line?: number): OperationalSignals | undefined {
  let support = readSupport(whole);
  // A request and an incident word paragraphs apart are not one live request: in a long post the
  // ask must find its incident, duty role or scene near it. Short posts (every live request seen so
  // far) are read whole.
  if (support.match && text.length > 2 * NEAR_CHARS + support.match[0].length) {
    const from = Math.max(0, support.match.index - NEAR_CHARS);
    const near = readSupport(new Passage(text.slice(from, support.match.index + support.match[0].length + NEAR_CHARS), whole.cues));
    if (near.match) near.match.index += from;
    support = near;
  }
  const { weak, action, named, incident, scene, duty } = support;
  // On-call cover asked about or offered is an on-call issue whatever it is for (ON_CALL_COVER): a strong ask, which
  // the rota, the time to come and the asker's own shift do not weigh against.
  // Every cover ask says "on call" (opDuty holds "call" and "oncall"), so without the duty cue it is not read.
  const cover = whole.cues.duty ? (ON_CALL_COVER.exec(text) ?? onCallHolder(text)) : null;
  const coverAsk = cover !== null;
  // Fifteenth session: an ask to come in or stay on for today's shift is the duty structure organised (shiftCover).
  const shift = cover || !whole.cues.shift ? null : shiftCover(text);
  const strong = support.strong || coverAsk || shift !== null;
  const match = support.match ?? cover ?? shift;
  // Most posts have no anchor: they stop here, before the on-call and live reads.
  if (line !== undefined && !match) return undefined;
  const onCall = support.onCall() || shift !== null;
  // Fifteenth session: a command to resources (stand down, hold at, stay out of the cordon) is live by itself.
  const directing = strong && match !== null && whole.cues.directing && DIRECTING.test(clauseFrom(text, match.index));
  if (line !== undefined && !(incident || onCall || directing || (support.resource && scene) || (support.resource && strong && URGENT.test(text)))) return undefined;
  const live = directing || support.live();
  const against: string[] = [];
  // An everyday ask weighs as much as a dispatch when the post also says the matter is happening now,
  // or asks someone to act about a named live matter; a question for information needs the former.
  let score = strong || (weak && (scene || (live && (named || duty)))) || (action && named) ? 2 : 1;
  if (live) score += 1;
  if (incident) score += 1;
  if (onCall) score += 1;
  // What says the matter is not live is read in the whole post.
  for (const [name, pattern, weight] of NEGATIVE_SIGNALS) {
    if (line !== undefined && score < line) return undefined;
    if (coverAsk && COVER_PLANNING.has(name)) continue;
    if (pattern.test(text)) ((score -= weight), against.push(name));
  }
  // Fourteenth session: where nothing says the matter is happening now, an ask to work on the records (its clause, from
  // the ask on) and an ask for whoever happens to pass weigh against it.
  // Each only lowers the score: with a line, a score already under it stops before the next read.
  const under = (): boolean => line !== undefined && score < line;
  if (!live && match && !under() && RECORDS_ASK.test(clauseFrom(text, match.index))) ((score -= 2), against.push('records'));
  if (!live && !under() && (text.indexOf('passing') >= 0 || text.indexOf('going past') >= 0) && IN_PASSING.test(text)) ((score -= 1), against.push('in_passing'));
  // Past-tense narrative weighs only where nothing says the matter is happening now.
  if (!live && !under() && PAST_TENSE.test(text)) ((score -= 1), against.push('past_tense'));
  if (line !== undefined && score < line) return undefined;
  return {
    request: strong ? 'strong' : weak ? 'weak' : null,
    unfolding: Boolean(support.unfolding),
    live, incident, onCall, resource: support.resource, scene, directing, against, score,
    anchor: match ? { start: match.index, end: match.index + match[0].length } : null,
  };
}

/**
 * The cheap half of the decision, first: a flag needs a target (an incident, the duty structure, or a
 * resource at a described scene or asked for now), read by five regexes, so most posts skip the twenty that find the ask
 * and weigh it. Exact only where the post is read whole (a long post is judged by the passage around
 * its ask, and a cut passage can start a word the whole text does not), so long posts take the full path.
 * What it reads stays in `whole` for the rest of the decision.
 */
function mayHaveTarget(whole: Passage): boolean {
  if (whole.text.length > 2 * NEAR_CHARS) return true;
  return whole.named() || whole.general() || whole.onCall() || (whole.resource() && whole.live()) || (whole.cues.shift && shiftCover(whole.text) !== null) || (whole.cues.directing && DIRECTING.test(whole.text));
}

/** Fifteenth session: who holds the on-call now (ON_CALL_HOLDER), in a post saying where its calls go, or null. */
function onCallHolder(text: string): RegExpExecArray | null {
  const holder = ON_CALL_HOLDER.exec(text);
  return holder && ON_CALL_CONTACT.test(text) && !SOCIAL_PURPOSE.test(clauseFrom(text, holder.index)) ? holder : null;
}

/** Fifteenth session: an ask to come in or stay on (SHIFT_ASK) in a post with a shift word and a time of today, or null. */
function shiftCover(text: string): RegExpExecArray | null {
  const ask = SHIFT_ASK.exec(text);
  return ask && SHIFT_WORD.test(text) && SHIFT_TODAY.test(text) && !SOCIAL_PURPOSE.test(clauseFrom(text, ask.index)) ? ask : null;
}

/** The clause an ask opens: from `at` to the end of its sentence or line. */
function clauseFrom(text: string, at: number): string {
  const m = /[.!?\n]/.exec(text.slice(at, at + 200));
  return text.slice(at, m ? at + m.index : at + 200);
}

/** A road named by its number ("A50", "M6", "j3") and a word of its traffic state. */
const TRAFFIC_BULLETIN = /\b(?:[amb]\d{1,4}|j\d{1,2}|junction \d{1,2})\b[^.!?\n]{0,80}\b(?:closed|closure|traffic|recovery|slip ?road|eastbound|westbound|northbound|southbound|both ways|lane|lanes|diversion|queues?|rtc)\b|\b(?:closed|closure|traffic|recovery|rtc)\b[^.!?\n]{0,80}\b(?:[amb]\d{1,4}|j\d{1,2})\b/;

/** What on-call cover is about (its rota, its dates, the asker's own shift), so no signal against a cover ask. */
const COVER_PLANNING: ReadonlySet<string> = new Set(['planning', 'future', 'personal']);

/** Negative signals with their weights: each says the post is not coordinating a live matter now. */
const NEGATIVE_SIGNALS: ReadonlyArray<[string, RegExp, number]> = [
  ['past', PAST, 2],
  ['planning', PLANNING, 2],
  ['guidance', GUIDANCE, 2],
  ['process_question', PROCESS_QUESTION, 2],
  ['news', NEWS, 2],
  ['future', FUTURE, 1],
  ['personal', PERSONAL, 1],
  ['shared_experience', SHARED_EXPERIENCE, 2],
  ['invitation', INVITATION, 2],
  ['humour', HUMOUR, 2],
  ['office_life', OFFICE_LIFE, 2],
];

export function detectOperationalUse(ctx: ScanContext, out: Candidate[]): void {
  const text = headOf(ctx.lower);
  const cues = ctx.prefilter
    ? {
        strong: ctx.has('opStrong'), weak: ctx.has('opWeak'), named: mayNameNamedIncident(ctx), scene: ctx.has('opScene'), resource: ctx.has('opResource'), onCall: ctx.has('opOnCall'),
        general: mayNameGeneralIncident(ctx), duty: ctx.has('opDuty'), unfolding: ctx.has('opUnfolding'),
        shift: ctx.has('opShift'), directing: ctx.has('opDirect'),
      }
    : ALL_CUES;
  // Fifteenth session: the costliest regexes read only where their words start (operational-use-starts.ts), when the
  // head read is the whole post (the pre-pass's offsets are the post's).
  const whole = new Passage(text, cues, ctx.prefilter && text.length === ctx.lower.length ? new PostStarts(ctx, text) : undefined);
  if (!mayHaveTarget(whole)) return;
  const signals = readSignals(text, whole, THRESHOLD);
  // A request and a time word alone ("keep an eye out for my glasses, now") are not enough: the post
  // must be about a live matter or the duty structure.
  if (!signals) return;
  // Eleventh session: a dispatch for resources now ("need any spare units at the retail park asap") is its own target,
  // whether or not the post names the incident.
  // Urgency or the scene, not a time word alone ("could any officers pop into the school tonight for the careers talk").
  const dispatch = signals.request === 'strong' && signals.resource && (signals.scene || URGENT.test(text));
  const target = signals.incident || signals.onCall || (signals.resource && signals.scene) || dispatch || signals.directing;
  if (!signals.anchor || !target || signals.score < THRESHOLD) return;
  const confidence = signals.score >= 5 ? 0.95 : signals.score === 4 ? 0.85 : 0.7;
  // A road's status told with no ask ("A50 closed both ways, traffic on scene", "recovery en route") is a traffic bulletin:
  // forces publish the same on social media, so it is no live coordination (dev set 12 round).
  if (!signals.request && TRAFFIC_BULLETIN.test(text)) return;
  const rule = signals.request ? 'operational_use.live_request' : 'operational_use.live_broadcast';
  out.push({ type: 'operational_use', start: signals.anchor.start, end: signals.anchor.end, confidence, rule });
}

/** The regexes the prefilter's cue families stand for (the equivalence test samples them). */
export const OPERATIONAL_USE_PATTERNS = {
  opStrong: [STRONG_REQUEST, ON_CALL_COVER],
  opWeak: [ACTION_ASK, INFO_ASK, UNFOLDING],
  opIncident: [NAMED_INCIDENT, GENERAL_INCIDENT, DUTY_ROLE],
  opNamed: [NAMED_INCIDENT],
  opGeneral: [GENERAL_INCIDENT],
  opDuty: [DUTY_ROLE, ON_CALL_COVER],
  opUnfolding: [UNFOLDING],
  opShift: [SHIFT_ASK],
  opDirect: [DIRECTING],
  opScene: [SCENE],
  opResource: [RESOURCE],
  opOnCall: [ON_CALL],
};

/** The incident cue, or "999": the one incident word without a letter, so no cue word can stand for it. */
export function mayNameIncident(c: Pick<ScanContext, 'has' | 'hasDigit' | 'lower'>): boolean {
  return c.has('opIncident') || (c.hasDigit && c.lower.includes('999'));
}

/** The named-incident cue, or "999" (NAMED_INCIDENT's "999 calls" and "silent 999"). */
export function mayNameNamedIncident(c: Pick<ScanContext, 'has' | 'hasDigit' | 'lower'>): boolean {
  return c.has('opNamed') || (c.hasDigit && c.lower.includes('999'));
}

/** The general-incident cue, or "999" (GENERAL_INCIDENT's one word without a letter). */
export function mayNameGeneralIncident(c: Pick<ScanContext, 'has' | 'hasDigit' | 'lower'>): boolean {
  return c.has('opGeneral') || (c.hasDigit && c.lower.includes('999'));
}

/** The operational use detector: its types, cue words and entry point (collected by registry.ts). */
export const operationalUseDetector = defineDetector({
  id: 'operational_use',
  types: {
    operational_use: { label: 'live incident or on-call traffic', severity: 'medium', topic: 'operational_use', mask: [256, 0] },
  },
  // The prefilter: a flag needs an anchor, which is a strong request, or an everyday ask or an
  // unfolding-incident phrase next to an incident or duty word, or an everyday ask about a resource
  // at a described scene (operationalSignals). Each family below holds a word
  // that every alternative of those regexes contains (stems read as prefixes), so a post without
  // them cannot be flagged and skips the regexes. A new alternative needs its word here:
  // test/detection/prefilter-equivalence.test.ts samples every alternative of each and checks.
  cues: { ...OPERATIONAL_USE_CUES, ...OPERATIONAL_USE_START_CUES },
  needs: (c) => c.has('opStrong') || (c.has('opWeak') && (mayNameIncident(c) || (c.has('opScene') && c.has('opResource')))),
  run: detectOperationalUse,
});
