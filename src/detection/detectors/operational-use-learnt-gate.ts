import {
  DUTY_ROLE, GENERAL_INCIDENT, NAMED_INCIDENT, ON_CALL, RESOURCE, FUTURE, GUIDANCE, HUMOUR, INVITATION, NEWS, NOW, OFFICE_LIFE, PAST, PAST_TENSE, PLANNING, PROCESS_QUESTION, SCENE, SHARED_EXPERIENCE,
} from './operational-use-vocabulary';

/**
 * Sixteenth session: when the learnt operational_use scorer (operational-use-learnt.ts) may speak. The scorer reads
 * words, so alone it also flags posts that only sound operational: a road status, a planned patrol, a list of
 * priorities, a story of last night. A flag needs what any live request has, read by rules:
 *
 * - an ask or an order (someone, anyone, please, need, can you, send, attend, who is ..., a verb opening a clause:
 *   "stop the search", "clear the carriageway"; a duty holder who cannot be reached), a question, or the present or
 *   urgency (now, asap, currently, en route, still): live traffic asks for something to happen or says it is happening;
 * - something operational named: an incident (named or general), a resource, the duty structure (the rules' own target
 *   vocabulary; a post naming none of them is about something else, and the pre-pass skips it: operational-use-learnt.ts);
 * - and nothing the rules read as saying the matter is not live now (the veto): looking back or thanks, planning,
 *   training and rota words, guidance, news and appeals to the public, a question about process, shared experience,
 *   an invitation, a joke, the office's own things, a time still to come; pay and expenses, products of analysis,
 *   asking to be told whether something is so or what happens if, asking how others cope, an advisory of what to expect,
 *   the office's admin (surveys, kit orders, parking), a holiday named ahead, something found and handed back, tomorrow typed short or a named day's evening, a day of events; and a past-tense narrative unless the post also says now.
 *
 * The vocabulary of the veto is the rule detector's own (operational-use-vocabulary.ts), read whole-post.
 */

/** An ask or an order: the words a request to colleagues is made of (general English, not policing vocabulary). */
const ASK =
  /\b(?:any ?(?:one|body|1)|some ?(?:one|body)|who(?:'s|'re| is| are| has| can| could)|whoever|can (?:i|we|u|you|some|any|a|an|the|we)|could (?:i|we|u|you|some|any|a|an|the)|is there|are there|please|pls|plz|need(?:ed|s)?|required|requesting|request|send|sending|attend|assist(?:ance)?|help|head (?:to|over|down|up|out)|make (?:your|their) way|get (?:to|down|over|up|round|there|here)|come (?:to|down|over|up|round|in|and)|shout|ring (?:me|us|control)|call (?:me|us|control)|contact|spare|available|free to|looking for|stand by|standby|hold (?:the|at|off|back)|stay (?:with|at|on|put|away|out)|keep (?:an eye|eyes|clear|away|out)|avoid|requested|could do with|would appreciate|any chance|(?:can'?t|cannot|unable to) (?:reach|raise|get hold of|get through to|contact|get)|no (?:answer|joy|reply) from|(?:not|isn'?t|aren'?t) (?:answering|picking up))\b|(?:^|[.!?:;,\n]\s*)(?:stop|stand|clear|circulate|keep|go|do not|don'?t|hold|stay|get|come|send|attend|move|check|look out|make)\b/;

/** The present or urgency: the matter is happening now (the rules' time words and a few more of live speech). */
const PRESENT =
  /\b(?:now|asap|urgent(?:ly)?|immediately|currently|at the moment|atm|at present|as we speak|right now|straight away|en route|ongoing|in progress|still|just|tonight|this (?:morning|afternoon|evening))\b/;

/**
 * Pay and expenses: claiming mileage, overtime or costs is the poster's own admin, whatever duty it was earned on
 * ("if I'm on call and get called out, can I claim the mileage?"). A claim of something else ("a hostage claim") is not.
 */
const PAY =
  /\b(?:claim(?:ed|ing|s)? (?:back |for )?(?:the |my |your |our |their |any )?(?:mileage|expenses|overtime|travel|costs?|money|hours)|mileage|expenses|payslips?|toil)\b/;

/**
 * Products of analysis (a problem profile, an assessment, hotspots, priorities, trends): patterns over weeks, which ask
 * for patrols in general ("more patrols please"), not for anyone to go anywhere now.
 */
const ANALYSIS = /\b(?:problem profiles?|strategic assessments?|tactical assessments?|hot ?spots?|priorities|trends?|analysis|analytical|seasonal|performance)\b/;

/**
 * Asking to be told whether something is so ("can anyone tell me whether the on-call CSM covers the north?") or what
 * happens if it goes wrong ("what happens if the on-call DI doesn't answer?"): information about arrangements, not action.
 */
const TELL_ME = /\b(?:tell|remind) me (?:whether|if|what|which|how|who)\b|\bwhat (?:happens|do (?:we|i|you) do|should (?:we|i) do) (?:if|when)\b/;

/** The office's own admin (surveys, kit and uniform orders and sizes, parking bays): asks about these are no live job. */
const ADMIN = /\b(?:survey|questionnaire|kit order|uniform order|order form|sizes|disabled bay|parking bay|blocking (?:me|my car|the exit) in|move (?:their|your|his|her) car)\b/;

/** A holiday named ahead (Christmas, Boxing Day, New Year's, Easter): cover and events for a date, planned. */
const HOLIDAY = /\b(?:christmas|boxing day|new year'?s (?:eve|day)|easter)\b/;

/** Asking how others cope or do things ("how does everyone manage being on call with young kids?"): shared experience. */
const HOW_OTHERS = /\bhow (?:do|does|did|would|will|can) (?:every ?(?:one|body)|people|others|other people|you all|you lot|folk|colleagues)\b/;

/** An advisory of what to expect ("expect to stay with any casualties", "expect delays"): a forecast for everyone, no ask. */
const EXPECT = /\bexpect (?:to|delays|long|queues|disruption)\b/;

/** Found and handed back ("now with the dog warden", "back with her parents", "handed in to lost property"): resolved. */
const HANDED_BACK = /\b(?:now|safely|back) with (?:the |its |their |his |her )?(?:dog warden|owners?|family|parents?|mum|dad|rspca|vets?|carers?|lost property)\b|\bhanded (?:in|over) to\b|\breunited\b/;

/**
 * A time still to come that the rules' FUTURE does not spell: tomorrow typed short ("tmrw", "2moro") and a named day
 * with a part of it ("Thursday evening", "Saturday night"), booked ahead.
 */
const AHEAD = /\b(?:tmrw|tmw|tmoz|tomoz|tomorow|2moro|2morrow)\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:morning|afternoon|evening|night)\b/;

/** A day of events ("the schools safety day", "a community fun day", "careers day"): planned engagement, no live job. */
const EVENT_DAY = /\b(?:safety|fun|sports|family|awareness|community|open|training|engagement|information|careers?|action|recruitment|wellbeing) days?\b/;

/** Each veto by name: what says the post is not coordinating a live matter now. */
export const LEARNT_VETOES: ReadonlyArray<readonly [string, RegExp]> = [
  ['past', PAST],
  ['planning', PLANNING],
  ['guidance', GUIDANCE],
  ['news', NEWS],
  ['process_question', PROCESS_QUESTION],
  ['shared_experience', SHARED_EXPERIENCE],
  ['invitation', INVITATION],
  ['humour', HUMOUR],
  ['office_life', OFFICE_LIFE],
  ['future', FUTURE],
  ['pay', PAY],
  ['analysis', ANALYSIS],
  ['tell_me', TELL_ME],
  ['how_others', HOW_OTHERS],
  ['expect', EXPECT],
  ['admin', ADMIN],
  ['holiday', HOLIDAY],
  ['handed_back', HANDED_BACK],
  ['ahead', AHEAD],
  ['event_day', EVENT_DAY],
];

/** Where the precondition's cue is (an ask first, else the present, else a question mark): the span a learnt finding marks, or null. */
export function learntCue(lower: string): { start: number; end: number } | null {
  const m = ASK.exec(lower) ?? PRESENT.exec(lower);
  if (m) {
    // An order at the start of a clause is matched with the punctuation before it: the span is the verb.
    const lead = /^[.!?:;,\n]?\s*/.exec(m[0])![0].length;
    return { start: m.index + lead, end: m.index + m[0].length };
  }
  // A question asks, whatever its words.
  const q = lower.indexOf('?');
  return q >= 0 ? { start: q, end: q + 1 } : null;
}

/** Names something operational (the rules' target vocabulary): an incident, a resource, the duty structure. */
export function learntTarget(lower: string): boolean {
  return NAMED_INCIDENT.test(lower) || GENERAL_INCIDENT.test(lower) || RESOURCE.test(lower) || ON_CALL.test(lower) || DUTY_ROLE.test(lower);
}

/**
 * The veto read on a post the scorer would flag: the name of the first negative signal found, or null. A past-tense
 * narrative counts only where nothing says the matter is happening now (the rules weigh it the same way).
 */
export function learntVeto(lower: string, vetoes: ReadonlyArray<readonly [string, RegExp]> = LEARNT_VETOES): string | null {
  for (const [name, re] of vetoes) if (re.test(lower)) return name;
  if (PAST_TENSE.test(lower) && !NOW.test(lower) && !SCENE.test(lower)) return 'past_tense';
  return null;
}
