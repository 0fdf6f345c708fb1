import { defineDetector, needs, type Candidate } from './detector';
import type { ScanContext } from '../scan-context';

/**
 * "The use of Yammer should not be used for critical incidents or on-call issues."
 *
 * A post is operational traffic when it ASKS for something to happen now about a live matter:
 * sends units, asks who is on call, asks people to look out for someone, says the control room
 * cannot reach a duty officer. The vocabulary is general UK policing and on-call language
 * (dispatch, duty roles, urgency, live-incident words), weighed together:
 *
 *   request (2)  + live (1) + incident (1) + on-call role (1)  - past/thanks (2) - planning/training (2) - news (2)
 *
 * and the post is flagged at 3 or more, which needs a request plus at least one supporting
 * signal. Reports of past incidents, training, rota planning and news carry the negative
 * signals, so the same words in those posts stay below the line.
 *
 * The finding spans the request phrase (vocabulary only, never personal data), so masking and
 * moderator cards leave the post readable.
 */

// A request: dispatch, a call for help, a watch request, or a failed attempt to reach someone on duty.
const REQUEST = new RegExp(
  [
    String.raw`\b(?:all|any|more|other|nearest|available|spare) (?:[a-z]+ )?(?:units?|patrols?|officers|crews?|resources)\b`,
    String.raw`\bunits? (?:to|required|needed|please|at)\b`,
    String.raw`\b(?:need|needs|needed|needing|require|required|requesting|request) (?:a |an |another |more |some |two |three |extra |urgent |immediate )?(?:units?|patrols?|officers?|crews?|ds|dc|dcs|sgt|sergeant|inspector|supervisor|dog unit|dog handler|arv|firearms|traffic|backup|back up|assistance|urgent help|immediate help|callout|call out|interpreter)\b`,
    String.raw`\b(?:need|needs|needed) (?:someone|somebody|anyone|anybody|a unit|officers) to\b`,
    String.raw`\b(?:units?|officers?|someone|somebody|anyone|anybody|assistance|backup|back up|teams?|duty [a-z]+|inspector|sergeant|supervisor|ds|dc) (?:needed|required|wanted)\b`,
    String.raw`\b(?:can|could|will|would) (?:any|some|every|a)(?:one|body| unit| officer| patrol)? (?:\w+ ){0,6}?(?:attend|assist|back up|backup|cover|stand by|make (?:their|your) way|head (?:over|down|to)|go to|get to|look out|keep (?:an eye|a look ?out)|close the|hold the|turn)\b`,
    String.raw`\b(?:anyone|anybody|someone|somebody|any unit|any units|who(?:'s| is)?) (?:free|near|nearby|close|in the area|on nights|on lates|on earlies|available)\b`,
    String.raw`\b(?:make|making) (?:their|your|our) way\b`,
    String.raw`\bnearest unit\b`,
    String.raw`\b(?:keep|keeping) (?:an eye out|a look ?out|eyes open|your eyes)\b`,
    String.raw`\b(?:look|looking|be on the look) ?out for\b`,
    String.raw`\beyes (?:open|peeled)\b`,
    String.raw`\bif (?:seen|sighted|located|found),? (?:please )?(?:stop|detain|contact|call|ring|inform)\b`,
    String.raw`\bwho(?:'s| is| has| holds|'ve got| has got|'s got)? (?:the )?(?:on[- ]?call|duty|covering|on tonight|on today|on this weekend)\b`,
    String.raw`\b(?:is |are )?(?:anyone|anybody|someone|somebody) (?:on[- ]?call|on duty)\b`,
    String.raw`\bwho (?:else )?(?:do|can|should) (?:we|i) (?:ring|call|contact|phone)\b`,
    String.raw`\b(?:can'?t|cannot|can not|unable to|struggling to|trying to|not able to) (?:raise|reach|contact|get hold of|get through to|get an answer from)\b`,
    String.raw`\b(?:no answer|not answering|isn'?t answering|not picking up|isn'?t picking up|not responding|isn'?t responding)\b`,
    String.raw`\b(?:page|ring|call out|callout for|wake) (?:the |a )?(?:on[- ]?call|duty)\b`,
    String.raw`\b(?:en route|stand by|standing by|rv (?:at|point|with)|rendezvous)\b`,
    String.raw`\b(?:do not|don'?t|please do not|please don'?t) self[- ]?deploy\b`,
    String.raw`\b(?:avoid the area|stay off the (?:channel|radio|talkgroup))\b`,
    String.raw`\bshout for\b`,
    String.raw`\bplease (?:\w+ ){0,2}?(?:call|ring|attend|check|contact|circulate|avoid|keep|make|head|assist|respond|update)\b`,
    String.raw`\b(?:can|could) (?:a|any|the|one|some) (?:\w+ ){0,3}?(?:ring|call|phone|attend|swing by|pop|head|go|get|check|take|convey|find out|sit|stand)\b`,
    String.raw`\b(?:somebody|someone|anyone|anybody|everyone|everybody) (?:\w+ ){0,2}?(?:get|go|head|ring|call|check|attend|know the number|know who)\b`,
    String.raw`\b(?:circulate|circulated) to\b`,
    String.raw`\bcheck (?:your|their) (?:beats?|areas?|patches)\b`,
    String.raw`\bkeep (?:the )?(?:channel|radio|talkgroup|airwaves?) clear\b`,
    String.raw`\bstay (?:out of|away from) the area\b`,
    String.raw`\b(?:take over|needs relieving|need relieving|relief needed)\b`,
    String.raw`\b(?:requested|wanted|needed) (?:to|at|in) (?:the )?[a-z]+`,
    String.raw`\b(?:on the way|on their way),? please\b`,
    String.raw`\bwhere do (?:we|i) take\b`,
    String.raw`\bwho(?:'s| is) (?:picking up|taking|dealing with|authorising|in command)\b`,
  ].join('|'),
);

// Unfolding incident: what a live job sounds like, as opposed to a time word alone.
const UNFOLDING =
  /\b(?:deploying|on standby|en route|decamped|on the loose|at large|last seen|walking towards|heading (?:towards|to|for)|running towards|made off|ongoing|in progress|on scene|kicking off|just (?:been )?(?:reported|found|seen)|just had a report|(?:\d+|ten|twenty|thirty) (?:mins?|minutes) ago|still (?:outstanding|missing|at large|on scene))\b/;

// Happening now.
const LIVE =
  /\b(?:deploying|deployed|on standby|on the way|en route|spilling|for ages|escalating|decamped|wandered|on the loose|at large|last seen|walking towards|heading (?:towards|to|for)|running towards|made off|(?:\d+|one|two|three|few) hours? ago|just had|ongoing|in progress|live|right now|now|currently|urgent(?:ly)?|asap|immediately|at the moment|still (?:outstanding|missing|at large|on scene|there)|just (?:been )?(?:reported|found|seen|called)|tonight|this (?:morning|afternoon|evening)|kicking off|developing|unfolding|contained|on scene|at the address|(?:\d+|ten|twenty|thirty) (?:mins?|minutes) ago)\b/;

// What a live police matter is called.
const INCIDENT =
  /\b(?:machete|self[- ]?harm(?:ing)?|trapped|mfh|cat a|acting suspiciously|prisoners?|custody|bedwatch|constant watch|ops|at risk|child protection|firearms?|armed|knife|knives|weapon|shots?|stabb(?:ing|ed)|shooting|misper|missing (?:person|child|teen(?:ager)?|male|female|man|woman|boy|girl|\d+ ?(?:year|yr)s? old|from)|high[- ]risk|vulnerable|pursuit|rtc|collision|crash|fatal|sudden death|body|concern for welfare|cfw|domestic|disturbance|fight|assault(?:ed)?|robbery|burglary|break[- ]in|alarm activation|fire(?! exit| door| drill| safety| extinguisher| alarm test)|flood(?:ing)?|siege|hostage|suspicious package|bomb|cordon|scene|search|suspect|detainee|prisoner|breach|incident|job|lockdown|collapsed|threatening|on the bridge|section \d+|rape)\b/;

// On-call and duty roles, and the control room.
const ON_CALL =
  /\b(?:skipper|duty officer|on[- ]?call|duty (?:inspector|insp|sergeant|sgt|officer|superintendent|supt|di|ds|manager|solicitor|doctor|negotiator)|control room|force control|control|comms|fcc|call handlers?|tac(?:tical)? ?ad(?:viser|visor)?|sio|negotiators?|out of hours)\b/;

// Looking back: the matter is over, or the post thanks people for it.
const PAST =
  /\b(?:(?:has |have |now )?(?:cleared|reopened|stood down|resolved)|now (?:open|clear)(?: again)?|all clear|back open|yesterday|last (?:night|week|month|year|weekend|shift|summer|winter|spring|autumn)|earlier this (?:week|month|year)|(?:well done|thanks?|thank you|great work|credit|shout ?out|congratulations|congrats|kudos|proud of) (?:to|for|everyone|all|the|our)|was found|were found|has been found|found safe|was jailed|jailed|sentenced|convicted|court result|debrief|lessons learned|review of|anniversary|memorial|award)\b/;

// Planning, training and admin: the words of a rota or a course, not a live job. A named
// day ("can someone cover Saturday?") points at a future shift, not a job happening now.
const PLANNING =
  /\b(?:training|trained|course|courses|exercise|drill|scenario|simulation|tabletop|refresher|module|lms|rota|rotas|roster|schedule|next (?:week|month|year|quarter|shift)|from (?:january|february|march|april|may|june|july|august|september|october|november|december|monday|next)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s)?|volunteers? (?:needed|wanted)|spreadsheet|put (?:your|their) names?|bank holidays?|availability|dates|sign[- ]?up|recruit(?:ing|ment)|allowance|annual leave|leave requests?|swap|policy|procedure|guidance|template|published|newsletter|conference|talk on|awareness|campaign)\b/;

// Reporting about the news rather than acting.
const NEWS = /\b(?:reports? (?:a|an|that)|reported that|(?:has been|was|were|have been) charged|bbc|news|article|headline|according to|press release|media|podcast|statistics|figures show|sentinel|paper)\b/;

/** A live request is a short message; reading past this bounds the cost of huge posts. */
const MAX_CHARS = 4000;

export function detectOperationalUse(ctx: ScanContext, out: Candidate[]): void {
  // Same length as the original, so offsets still line up with the post text.
  const head = ctx.lower.slice(0, MAX_CHARS);
  const text = head.indexOf('’') < 0 && head.indexOf('‘') < 0 ? head : head.replace(/[’‘]/g, "'");
  // Cheapest decisive test first: most posts ask for nothing and describe nothing unfolding,
  // so the other vocabularies are only read once an anchor exists.
  const request = REQUEST.exec(text);
  // Without an explicit ask, a live broadcast about a live incident still coordinates one.
  const unfolding = request ? null : UNFOLDING.exec(text);
  if (!request && !unfolding) return;
  const incident = INCIDENT.test(text);
  const anchor = request ?? (incident ? unfolding : null);
  if (!anchor) return;
  let score = request ? 2 : 1;
  if (LIVE.test(text)) score += 1;
  if (incident) score += 1;
  if (ON_CALL.test(text)) score += 1;
  if (PAST.test(text)) score -= 2;
  if (PLANNING.test(text)) score -= 2;
  if (NEWS.test(text)) score -= 2;
  if (score < 3) return;
  const confidence = score >= 5 ? 0.95 : score === 4 ? 0.85 : 0.7;
  out.push({ type: 'operational_use', start: anchor.index, end: anchor.index + anchor[0].length, confidence, rule: request ? 'operational_use.live_request' : 'operational_use.live_broadcast' });
}

/** The operational use detector: its types, cue words and entry point (collected by registry.ts). */
export const operationalUseDetector = defineDetector({
  id: 'operational_use',
  types: {
    operational_use: { label: 'live incident or on-call traffic', severity: 'medium', topic: 'operational_use', mask: [256, 0] },
  },
  needs: needs.letters,
  run: detectOperationalUse,
});
