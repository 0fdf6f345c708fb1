/**
 * Fifteenth session (branch opuse15): the operational_use vocabulary of commands to resources and of the duty
 * structure organised for today, split from operational-use-vocabulary.ts to keep that file within its size. General
 * UK policing and shift English, each with its own sentences in test/detection/detectors/opuse-fifteenth.test.ts.
 */

// Fifteenth session: the resources a live request sends beyond units and roles: the vehicle or aircraft (a van to
// convey, a car, a drone, NPAS), people counted as "bodies" or "hands", a trained or detention officer, a CSI, a scene
// guard, a jailer, trained staff. Only in the shapes of an ask ("need ...", "... needed").
export const SENT_RESOURCE = String.raw`vans?|cars?|drones?|npas|helicopter|the helicopter|taser|bodies|hands|csis?|cso|scene guards?|scene watch|detention officers?|dos|jailers?|gaolers?|trained staff|transport|(?<!of )eyes (?:over|on|in the sky)|pcsos?|specials|(?:escort|marked|unmarked|response|traffic|prisoner) vehicles?`;

// Fifteenth session: dispatch asks, part of STRONG_REQUEST: the questions a dispatcher or a colleague asks to send
// someone now. Who is nearest ("who's nearest the bus depot??", "any1 near", "anyone in the vicinity of"), who has sight
// of a subject ("anyone got eyes on the blue van?"), who commands a live incident ("who is the Bronze at scene?") or is
// SIO now (not "who's OIC for the stabbing?", a case question), where the nearest resource is, who holds a duty phone,
// whoever is on a car sent somewhere, a resource asked for to a place ("can I get another car to the Lidl") or whether one
// is near or sent ("is the dog van anywhere near?", "is a unit going?").
export const DISPATCH_ASKS = [
  String.raw`\bwho(?:'?s| is) (?:the )?(?:nearest|closest)\b`,
  String.raw`\b(?:any1|ne1|some1) (?:near|nearby|close|in the area)\b`,
  String.raw`\b(?:anyone|anybody|any units?|any officers) (?:in the vicinity|in the locality|local to)\b`,
  String.raw`\b(?:anyone|anybody|any1|who(?:'s| has)?) (?:got |have |has )?eyes on\b`,
  String.raw`\bwho(?:'?s| is) (?:the )?(?:bronze|silver|gold|incident commander)\b`,
  String.raw`\bwho(?:'?s| is) (?:the )?(?:sio|oic|senior investigating officer) (?:tonight|today|now|on call|this (?:morning|afternoon|evening))\b`,
  String.raw`\bwhere(?:'s| is| are) the (?:nearest|closest) (?:[a-z-]+ )?(?:units?|cars?|vans?|dogs?|dog vans?|crews?|patrols?|arvs?|officers?|resources?)\b`,
  String.raw`\bwho(?:'?s| has)(?: got)? the (?:[a-z-]+ ){1,3}?phone\b`,
  String.raw`\bwhoever(?:'s| is) on (?:the )?(?:[a-z-]+,? ){1,3}?(?:get|go|head|make|attend)\b`,
  String.raw`\bcan (?:i|we) (?:get|have) (?:a|an|another|one|two|three|\d+|some|more) (?:[a-z-]+ )?(?:units?|cars?|vans?|crews?|patrols?|officers?|dog handlers?|dogs?) (?:to|at|down|over|up|round|sent)\b`,
  String.raw`\b(?:is|are) (?:the|a|any) (?:[a-z-]+ )?(?:units?|cars?|vans?|crews?|patrols?|dog vans?|dog handlers?|arvs?|traffic) (?:anywhere |somewhere )?(?:near|nearby|close|about|around)\b`,
  String.raw`\b(?:is|are) (?:a|any|the) (?:[a-z-]+ )?(?:units?|cars?|crews?|patrols?|officers?|vans?) (?:going|attending|heading|en route|on (?:the|their|its) way|assigned|deployed)\b`,
];

// Fifteenth session: directing resources at a live scene: standing them down, holding them at a point, keeping them out
// of a cordon ("stand down the units heading to ...", "all serials hold at the RVP", "everyone else stay out of the inner
// cordon"); part of STRONG_REQUEST. The RVP and the forward control point are read as incident words (NAMED_INCIDENT).
// Such a command is itself live (a unit is sent, held or stood down now) and names its own target (operational-use.ts).
export const DIRECTING_WORDS = [
  String.raw`\bstand (?:down|off) (?:the |all |any |other )?(?:[a-z-]+ )?(?:units?|patrols?|crews?|officers|serials|resources|callsigns)\b`,
  String.raw`\b(?:units?|serials|patrols?|crews?|officers|resources|callsigns) (?:to )?(?:hold|remain|wait|stay) (?:at|back|where|out of|away from|outside)\b`,
  String.raw`\b(?:stay|keep|remain) (?:out of|outside|away from|back from) the (?:inner |outer )?cordon\b`,
  // A relief asked for at a scene ("can anyone relieve the scene guard", "the cordon at the north end needs relieving").
  String.raw`\brelieve (?:the |our |a )?(?:[a-z-]+ ){0,2}?(?:scene guards?|crews?|officers?|units?|scs|specials|pcsos?|negotiators?|cordon|constant|bedwatch)\b`,
  String.raw`\brelieve (?:me|us|him|her|them) (?:at|on|from) (?:the )?(?:scene|cordon|job|constant|bedwatch|hospital|address)\b`,
  String.raw`\b(?:scene guards?|crews?|cordon|constant|bedwatch|hospital guard)(?: at [a-z ]{1,30}?)? needs? (?:reliev(?:ing|ed)|swapping|swapped)\b`,
  // Second round: taking over a guard, holding a perimeter, calling off a search.
  String.raw`\btake over (?:the )?(?:scene guard|hospital guard|cordon|constant|bedwatch|scene)\b`,
  String.raw`\bhold (?:the )?(?:perimeter|cordon|containment|junction)\b`,
  // Not a search "for a/an" thing, which seeks any such thing ("call off the search for a new venue"), unless missing.
  String.raw`\b(?:stop|call off|suspend|stand down) the search\b(?! for (?:a|an|another) (?!missing\b))`,
];
export const DIRECTING = new RegExp(String.raw`\b(?=[a-z])(?:` + DIRECTING_WORDS.join('|') + ')');

// Fifteenth session: who holds the on-call now, told with where its calls go ("I'm the on-call engineer tonight ... ring
// me", "the on-call DI is DI Lowe and she's expecting it", "tonight's on-call is me, then DS X, ring him direct"): the
// channel used to route on-call traffic. Both parts must be in the post.
export const ON_CALL_HOLDER =
  /\b(?:(?:i'?m|i am) (?:the |on )?(?:[a-z-]+ ){0,2}?on[- ]?call|on[- ]?call (?:[a-z-]+ ){0,3}?(?:tonight |today |now |this weekend )?(?:is|will be) (?:me|di|ds|dc|dci|dsu|insp|inspector|sgt|sergeant|pc|supt|superintendent)|tonight'?s on[- ]?call)\b/;
export const ON_CALL_CONTACT = /\b(?:(?:ring|call|phone|page|text|contact|message) (?:me|him|her|them|on \+?\d+|0\d+)|expecting (?:it|the call|your call|a call)|(?:goes|go|comes|come) (?:to|through) (?:me|him|her))\b/;

// Fifteenth session: who is on duty today, organised in the channel: an ask to come in, stay on or take the overtime
// ("can anyone on a rest day come in from 10?", "is anyone on lates able to stay on past midnight?", "custody is short a
// DO for nights tonight if anyone fancies the overtime"). All three must be in the post: the ask, a word of the shift,
// and a time of today, so a rota filled ahead ("come in early tomorrow for training") or a social evening is not it.
export const SHIFT_ASK = /\b(?=[a-z])(?:come in|coming in|stay on(?! (?:the|top|track|topic|board|it|your|my|a)\b)|stay late|stay behind|hang on (?:till|until|past|to)|(?:fancies|fancy|fancying|wants?|wanting) (?:the|some) overtime|book on)\b/;
export const SHIFT_WORD = /\b(?:nights|lates|earlies|(?:late|early|night) turn|(?:\d{1,2} ?[ap]m|late|early|night|day) shift|rest days?|overtime|on duty|crew|(?:down|short) (?:a|an|one|two|three|\d+) (?:cars?|crews?|units?|vans?|officers?|sergeants?|dos?|jailers?)|on tonight)\b/;
export const SHIFT_TODAY =
  /\b(?:tonight(?:'s)?|today|this (?:morning|afternoon|evening)|right now|now|past midnight|after midnight|by \d{1,2}(?: ?[ap]m)?(?![\d/:.-])|(?:till|until) \d{1,2}|from \d{1,2}(?: ?[ap]m)?(?![\d/:.-]| ?(?:st|nd|rd|th|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b)|\d{1,2} ?pm shift)\b/;

// What a duty ask or an on-call is for, when it is a social event ("come in early tonight for the retirement buffet",
// "I'm the on-call for the quiz tonight"): a gathering of colleagues, not the duty structure of a shift.
export const SOCIAL_PURPOSE =
  /\bfor (?:the|a|an|our|his|her|their|[a-z]+'s) (?:[a-z'-]+ ){0,2}?(?:buffet|party|do|quiz|drinks|meal|curry|presentation|raffle|bake sale|cake sale|celebration|photo|match|night out|social)\b/;
