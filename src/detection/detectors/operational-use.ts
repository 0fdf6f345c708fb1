import { defineDetector, type Candidate } from './detector';
import type { ScanContext } from '../scan-context';

/**
 * "The use of Yammer should not be used for critical incidents or on-call issues."
 *
 * A post is operational traffic when it ASKS for something to happen now about a live matter:
 * sends units, asks who is on call, asks people to look out for someone, says the control room
 * cannot reach a duty officer. The vocabulary is general UK policing and on-call language
 * (dispatch, duty roles, urgency, live-incident words), weighed together:
 *
 *   request (2)  + live (1) + incident (1) + on-call role (1)
 *                - past/thanks (2) - planning/training (2) - guidance/hypothetical (2) - news (2) - time to come (1)
 *
 * and the post is flagged at 3 or more, which needs a request plus at least one supporting
 * signal. Reports of past incidents, training, rota planning and news carry the negative
 * signals, so the same words in those posts stay below the line.
 *
 * The finding spans the request phrase (vocabulary only, never personal data), so masking and
 * moderator cards leave the post readable.
 */

// A request. Strong: the words only live operational traffic uses (dispatch, a watch request, who is
// on call, a duty officer who cannot be reached). Weak: an everyday ask ("please check", "can
// anyone attend", "someone needed to") that is operational only when it is about a named live
// police matter; on its own it is office traffic ("please update the whiteboard", "can anyone
// attend the community meeting tonight").
const STRONG_REQUEST = new RegExp(
  [
    String.raw`\b(?:all|any|more|other|nearest|available|spare) (?:[a-z]+ )?(?:units?|patrols?|officers|crews?|resources)\b`,
    String.raw`\bunits? (?:to|required|needed|please|at)\b`,
    String.raw`\b(?:need|needs|needed|needing|require|required|requesting|request) (?:a |an |another |more |some |two |three |extra |urgent |immediate )?(?:units?|patrols?|officers?|crews?|ds|dc|dcs|sgt|sergeant|inspector|supervisor|dog unit|dog handler|arv|firearms|traffic|backup|back up|assistance|urgent help|immediate help|callout|call out|interpreter)\b`,
    String.raw`\b(?:units?|officers?|assistance|backup|back up|duty [a-z]+|inspector|sergeant|supervisor|ds|dc) (?:needed|required|wanted)\b`,
    String.raw`\b(?:any units?|anyone|anybody|someone|somebody) (?:near|nearby|close|in the area)\b`,
    String.raw`\bany units? (?:free|available)\b`,
    String.raw`\bnearest unit\b`,
    String.raw`\b(?:keep|keeping) (?:an eye out|a look ?out|eyes open|your eyes)\b`,
    String.raw`\b(?:look|looking|be on the look) ?out for\b`,
    String.raw`\beyes (?:open|peeled)\b`,
    String.raw`\bif (?:seen|sighted|located|found),? (?:please )?(?:stop|detain|contact|call|ring|inform)\b`,
    String.raw`\bwho(?:'s| is| has| holds|'ve got| has got|'s got)? (?:the )?(?:on[- ]?call|duty|covering|on tonight|on today|on this weekend)\b`,
    String.raw`\b(?:is |are )?(?:anyone|anybody|someone|somebody) (?:on[- ]?call|on duty)\b`,
    String.raw`\b(?:can'?t|cannot|can not|unable to|struggling to|trying to|not able to) (?:raise|reach|contact|get hold of|get through to|get an answer from) (?:the |a |any )?(?:on[- ]?call|duty|control|skipper|sergeant|sgt|inspector|supervisor|ds|di|sio|fcc|comms|negotiator|tac ?ad)`,
    String.raw`\b(?:page|ring|call out|callout for|wake) (?:the |a )?(?:on[- ]?call|duty)\b`,
    String.raw`\b(?:en route|stand by|standing by|rv (?:at|point|with)|rendezvous)\b`,
    String.raw`\b(?:do not|don'?t|please do not|please don'?t) self[- ]?deploy\b`,
    String.raw`\b(?:avoid the area|stay off the (?:channel|radio|talkgroup))\b`,
    String.raw`\bcheck (?:your|their) (?:beats?|areas?|patches)\b`,
    String.raw`\bkeep (?:the )?(?:channel|radio|talkgroup|airwaves?) clear\b`,
    String.raw`\bstay (?:out of|away from) the area\b`,
  ].join('|'),
);

const WEAK_REQUEST = new RegExp(
  [
    String.raw`\b(?:need|needs|needed) (?:someone|somebody|anyone|anybody|a unit|officers) to\b`,
    String.raw`\b(?:someone|somebody|anyone|anybody|teams?) (?:needed|required|wanted)\b`,
    String.raw`\b(?:can|could|will|would) (?:any|some|every|a)(?:one|body| unit| officer| patrol)? (?:\w+ ){0,6}?(?:attend|assist|back up|backup|cover|stand by|make (?:their|your) way|head (?:over|down|to)|go to|get to|look out|keep (?:an eye|a look ?out)|close the|hold the|turn)\b`,
    String.raw`\b(?:anyone|anybody|someone|somebody|who(?:'s| is)?) (?:free|available|on nights|on lates|on earlies)\b`,
    String.raw`\b(?:make|making) (?:their|your|our) way\b`,
    String.raw`\bwho (?:else )?(?:do|can|should) (?:we|i) (?:ring|call|contact|phone)\b`,
    String.raw`\b(?:can'?t|cannot|can not|unable to|struggling to|trying to|not able to) (?:raise|reach|contact|get hold of|get through to|get an answer from)\b`,
    String.raw`\b(?:no answer|not answering|isn'?t answering|not picking up|isn'?t picking up|not responding|isn'?t responding)\b`,
    String.raw`\bshout for\b`,
    String.raw`\bplease (?:\w+ ){0,2}?(?:call|ring|attend|check|contact|circulate|avoid|keep|make|head|assist|respond|update)\b`,
    String.raw`\b(?:can|could) (?:a|any|the|one|some) (?:\w+ ){0,3}?(?:ring|call|phone|attend|swing by|pop|head|go|get|check|take|convey|find out|sit|stand)\b`,
    String.raw`\b(?:somebody|someone|anyone|anybody|everyone|everybody) (?:\w+ ){0,2}?(?:get|go|head|ring|call|check|attend|know the number|know who)\b`,
    String.raw`\b(?:circulate|circulated) to\b`,
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

// What a live police matter is called. Named matters (a knife, a misper, a collision) say so by
// themselves; general words (job, scene, custody, incident) also name office things ("job adverts",
// "the custody whiteboard", "the incident recording app"), so they support a strong request only.
const NAMED_INCIDENT =
  /\b(?:machete|prisoners?|detainees?|bedwatch|constant watch|self[- ]?harm(?:ing)?|trapped|mfh|cat a|acting suspiciously|at risk|child protection|firearms? (?:incident|job|officers|deployment)|armed|knife|knives|weapon|shots? fired|stabb(?:ing|ed)|shooting|misper|missing (?:person|child|teen(?:ager)?|male|female|man|woman|boy|girl|\d+ ?(?:year|yr)s? old|from)|high[- ]risk|vulnerable|pursuit|rtc|collision|crash|fatal|sudden death|concern for welfare|cfw|domestic|disturbance|fight|assault(?:ed)?|robbery|burglary|break[- ]in|alarm activation|fire(?! exit| door| drill| safety| extinguisher| alarm test| service| station| brigade)|flood(?:ing)?|siege|hostage|suspicious package|bomb|cordon|lockdown|collapsed|threatening|on the bridge|section \d+|rape)\b/;
const GENERAL_INCIDENT =
  /\b(?:custody|ops|firearms?|shots?|body|scene|search|suspect|breach|incident|job)\b/;

// Urgency: with a general incident word, an everyday ask is about a job happening now.
const URGENT = /\b(?:right now|asap|immediately|urgent(?:ly)?|straight away|as soon as possible)\b/;

// The duty structure itself: an everyday ask to or about these people is operational.
const DUTY_ROLE = /\b(?:on[- ]?call|duty (?:inspector|insp|sergeant|sgt|officer|superintendent|supt|di|ds|manager)|duty officer|control room|force control|fcc)\b/;

// On-call and duty roles, and the control room.
const ON_CALL =
  /\b(?:skipper|duty officer|on[- ]?call|duty (?:inspector|insp|sergeant|sgt|officer|superintendent|supt|di|ds|manager|solicitor|doctor|negotiator)|control room|force control|control|comms|fcc|call handlers?|tac(?:tical)? ?ad(?:viser|visor)?|sio|negotiators?|out of hours)\b/;

// Looking back: the matter is over, or the post thanks people for it.
const PAST =
  /\b(?:(?:has |have |now )?(?:cleared|reopened|stood down|resolved)|now (?:open|clear)(?: again)?|all clear|back open|yesterday|last (?:night|week|month|year|weekend|shift|summer|winter|spring|autumn)|earlier this (?:week|month|year)|(?:well done|thanks?|thank you|great work|credit|shout ?out|congratulations|congrats|kudos|proud of) (?:to|for|everyone|all|the|our)|was found|were found|has been found|found safe|was jailed|jailed|sentenced|convicted|court result|debrief|lessons learned|review of|anniversary|memorial|award)\b/;

// Planning, training and admin: the words of a rota or a course, not a live job. A named day
// counts only where it is booked ahead ("for Saturday", "next Monday", "Thursday's briefing"):
// a bare day is as often when a live matter began ("missing since Saturday", "last seen Friday").

const PLANNING =
  /\b(?:training|trained|course|courses|exercise|drill|scenario|simulation|tabletop|refresher|module|lms|rota|rotas|roster|schedule|next (?:week|month|year|quarter|shift)|from (?:january|february|march|april|may|june|july|august|september|october|november|december|monday|next)|(?:for|this|next|by|until|cover|covering|every) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)'s|volunteers? (?:needed|wanted)|spreadsheet|licensing|put (?:your|their) names?|bank holidays?|availability|dates|sign[- ]?up|recruit(?:ing|ment)|allowance|annual leave|leave requests?|swap|policy|procedure|guidance|template|published|newsletter|conference|talk on|awareness|campaign)\b/;

// A time still to come ("tomorrow", "this weekend", "over the holidays", "on the 14th"): weaker than
// rota words (a live matter can run into the weekend), so it only tips a borderline ask.
const FUTURE = /\b(?:tomorrow(?:'s)?|this weekend|over the (?:holidays|christmas|new year|easter|summer)|later (?:this|today)|on the \d{1,2}(?:st|nd|rd|th))\b/;

// Guidance and hypotheticals ("reminder", "if you ever need", "what would you do if", "lessons
// from") and staff-support talk: how to handle such matters in general, not one happening now.
// Its own signal, apart from planning, because a scenario or a reminder often also names a rota or a course.
const GUIDANCE =
  /\b(?:reminder|remember (?:to|that)|(?:top )?tips?|lessons? (?:from|learned|learnt)|how to|in the event of|if you (?:ever|can'?t|cannot|need to|are ever|get stuck)|what (?:would|should) you do|going forward|in future|wellbeing|welfare (?:line|support|team)|support line|occupational health|counselling)\b/;

// Reporting about the news rather than acting, including a public appeal passed on (written for
// the public: "anyone with information", "quoting incident", "call 101"), which asks the public, not colleagues.
const NEWS = /\b(?:appealing for|appeal for (?:witnesses|information|help)|anyone with information|quoting (?:incident|log|reference|crime)|crimestoppers|can you help (?:us )?(?:find|trace|locate|identify)|call 101|reports? (?:a|an|that)|reported that|(?:has been|was|were|have been) charged|bbc|news|article|headline|according to|press release|media|podcast|statistics|figures show|sentinel|paper)\b/;

/** A live request is a short message; reading past this bounds the cost of huge posts. */
const MAX_CHARS = 4000;

export function detectOperationalUse(ctx: ScanContext, out: Candidate[]): void {
  // Same length as the original, so offsets still line up with the post text.
  const head = ctx.lower.slice(0, MAX_CHARS);
  const text = head.indexOf('’') < 0 && head.indexOf('‘') < 0 ? head : head.replace(/[’‘]/g, "'");
  const named = NAMED_INCIDENT.test(text);
  const incident = named || GENERAL_INCIDENT.test(text);
  const strong = STRONG_REQUEST.exec(text);
  // An everyday ask counts as a live request only about a named live matter, the duty structure,
  // or an incident with urgency; then it weighs as much as a strong one.
  const weakCounts = named || DUTY_ROLE.test(text) || (incident && URGENT.test(text));
  const weak = strong || !weakCounts ? null : WEAK_REQUEST.exec(text);
  const request = strong ?? weak;
  // Without an ask, a live broadcast about a live incident still coordinates one.
  const unfolding = request ? null : UNFOLDING.exec(text);
  const anchor = request ?? (unfolding && incident ? unfolding : null);
  if (!anchor) return;
  let score = request ? 2 : 1;
  if (LIVE.test(text)) score += 1;
  if (incident) score += 1;
  if (ON_CALL.test(text)) score += 1;
  if (PAST.test(text)) score -= 2;
  if (PLANNING.test(text)) score -= 2;
  if (GUIDANCE.test(text)) score -= 2;
  if (FUTURE.test(text)) score -= 1;
  if (NEWS.test(text)) score -= 2;
  if (score < 3) return;
  const confidence = score >= 5 ? 0.95 : score === 4 ? 0.85 : 0.7;
  out.push({ type: 'operational_use', start: anchor.index, end: anchor.index + anchor[0].length, confidence, rule: request ? 'operational_use.live_request' : 'operational_use.live_broadcast' });
}

/** The regexes the prefilter's cue families stand for (the equivalence test samples them). */
export const OPERATIONAL_USE_PATTERNS = { opStrong: [STRONG_REQUEST], opWeak: [WEAK_REQUEST, UNFOLDING], opIncident: [NAMED_INCIDENT, GENERAL_INCIDENT, DUTY_ROLE] };

export const OPERATIONAL_USE_CUES = {
  // STRONG_REQUEST, alternative by alternative (the rarer side of each, where a side is one word)
  opStrong: [
    'unit', 'patrol', 'officer', 'crew', 'resource', // all units, units to, nearest unit, more officers
    'ds', 'dc', 'dcs', 'sgt', 'sergeant', 'inspector', 'supervisor', 'dog', 'arv', 'firearm', 'traffic', 'backup', 'back',
    'assistance', 'urgent', 'immediate', 'interpreter', 'duty', // need a ..., ... needed
    'near', 'close', 'area', // anyone near
    'eye', 'look', 'channel', 'radio', 'talkgroup', 'airwave', // keep an eye out, look out for, keep the channel clear
    'stop$', 'detain$', 'contact', 'call', 'ring$', 'inform$', // if seen, please stop
    'oncall', 'covering', 'tonight', 'today', 'weekend', // who is on call / covering
    'raise', 'reach', 'get$', // can't raise the duty inspector
    'route', 'stand', 'rv$', 'rendezvous', 'self', 'avoid', 'stay', 'beat', 'patch', // en route, stand by, self-deploy, avoid the area
  ],
  // WEAK_REQUEST and UNFOLDING
  opWeak: [
    'need', 'requir', 'wanted', 'can', 'could', 'will', 'would', 'free', 'available', 'nights', 'lates', 'earlies', 'make',
    'making', 'who', 'raise', 'reach', 'contact', 'get$', 'answer', 'picking', 'responding', 'shout', 'please', 'somebody',
    'someone', 'anyone', 'anybody', 'everyone', 'everybody', 'circulat', 'take$', 'reliev', 'relief', 'request', 'where',
    'deploying', 'standby', 'route', 'decamped', 'loose', 'large', 'seen$', 'walking', 'heading', 'running', 'made$',
    'ongoing', 'progress', 'scene', 'kicking', 'just', 'ago$', 'still',
  ],
  // NAMED_INCIDENT, GENERAL_INCIDENT and DUTY_ROLE
  opIncident: [
    'machete', 'prisoner', 'detainee', 'bedwatch', 'constant', 'self', 'trapped', 'mfh', 'cat$', 'acting', 'risk', 'child',
    'firearm', 'armed', 'knife', 'knives', 'weapon', 'shot', 'stabb', 'shooting', 'misper', 'missing', 'high', 'vulnerable',
    'pursuit', 'rtc', 'collision', 'crash', 'fatal', 'sudden', 'concern', 'cfw', 'domestic', 'disturbance', 'fight', 'assault',
    'robbery', 'burglary', 'break', 'alarm', 'fire', 'flood', 'siege', 'hostage', 'suspicious', 'bomb', 'cordon', 'lockdown',
    'collapsed', 'threatening', 'bridge', 'section', 'rape', 'custody', 'ops$', 'body', 'scene', 'search', 'suspect', 'breach',
    'incident', 'job$', 'call', 'oncall', 'duty', 'control', 'force', 'fcc',
  ],
};

/** The operational use detector: its types, cue words and entry point (collected by registry.ts). */
export const operationalUseDetector = defineDetector({
  id: 'operational_use',
  types: {
    operational_use: { label: 'live incident or on-call traffic', severity: 'medium', topic: 'operational_use', mask: [256, 0] },
  },
  // The prefilter: a flag needs an anchor, which is a strong request, or an everyday ask or an
  // unfolding-incident phrase next to an incident or duty word. Each family below holds a word
  // that every alternative of those regexes contains (stems read as prefixes), so a post without
  // them cannot be flagged and skips the regexes. A new alternative needs its word here:
  // test/detection/prefilter-equivalence.test.ts samples every alternative of each and checks.
  cues: OPERATIONAL_USE_CUES,
  needs: (c) => c.has('opStrong') || (c.has('opWeak') && c.has('opIncident')),
  run: detectOperationalUse,
});
