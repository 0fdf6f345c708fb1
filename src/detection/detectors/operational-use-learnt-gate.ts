import {
  FUTURE, GUIDANCE, HUMOUR, INVITATION, NEWS, NOW, OFFICE_LIFE, PAST, PAST_TENSE, PLANNING, PROCESS_QUESTION, SCENE, SHARED_EXPERIENCE,
} from './operational-use-vocabulary';

/**
 * Sixteenth session: when the learnt operational_use scorer (operational-use-learnt.ts) may speak. The scorer reads
 * words, so alone it also flags posts that only sound operational: a road status, a planned patrol, a list of
 * priorities, a story of last night. A flag needs what any live request has, read by rules:
 *
 * - an ask or an order (someone, anyone, please, need, can you, send, attend, who is ...), or the present or urgency
 *   (now, asap, currently, en route, still): live traffic asks for something to happen or says it is happening;
 * - and nothing the rules read as saying the matter is not live now (the veto): looking back or thanks, planning,
 *   training and rota words, guidance, news and appeals to the public, a question about process, shared experience,
 *   an invitation, a joke, the office's own things, a time still to come; pay and expenses; and a past-tense narrative
 *   unless the post also says now.
 *
 * The vocabulary of the veto is the rule detector's own (operational-use-vocabulary.ts), read whole-post.
 */

/** An ask or an order: the words a request to colleagues is made of (general English, not policing vocabulary). */
const ASK =
  /\b(?:any ?(?:one|body|1)|some ?(?:one|body)|who(?:'s|'re| is| are| has| can| could)|whoever|can (?:i|we|u|you|some|any|a|an|the|we)|could (?:i|we|u|you|some|any|a|an|the)|is there|are there|please|pls|plz|need(?:ed|s)?|required|requesting|request|send|sending|attend|assist(?:ance)?|help|head (?:to|over|down|up|out)|make (?:your|their) way|get (?:to|down|over|up|round|there|here)|come (?:to|down|over|up|round|in|and)|shout|ring (?:me|us|control)|call (?:me|us|control)|contact|spare|available|free to|looking for|stand by|standby|hold (?:the|at|off|back)|stay (?:with|at|on|put|away|out)|keep (?:an eye|eyes|clear|away|out)|avoid)\b/;

/** The present or urgency: the matter is happening now (the rules' time words and a few more of live speech). */
const PRESENT =
  /\b(?:now|asap|urgent(?:ly)?|immediately|currently|at the moment|atm|at present|as we speak|right now|straight away|en route|ongoing|in progress|still|just|tonight|this (?:morning|afternoon|evening))\b/;

/**
 * Pay and expenses: claiming mileage, overtime or costs is the poster's own admin, whatever duty it was earned on
 * ("if I'm on call and get called out, can I claim the mileage?"). A claim of something else ("a hostage claim") is not.
 */
const PAY =
  /\b(?:claim(?:ed|ing|s)? (?:back |for )?(?:the |my |your |our |their |any )?(?:mileage|expenses|overtime|travel|costs?|money|hours)|mileage|expenses|payslips?|toil)\b/;

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
];

/** Where the precondition's cue is (an ask first, else the present): the span a learnt finding marks, or null. */
export function learntCue(lower: string): { start: number; end: number } | null {
  const m = ASK.exec(lower) ?? PRESENT.exec(lower);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
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
