/**
 * The words of the operational_use detector (operational-use.ts), grouped by what they say about a
 * post. General UK policing, on-call and office English (College of Policing and APP vocabulary for
 * incident types, duty roles and resources; everyday English for tense, questions and events), not
 * words taken from any one post. Each group is one signal; operational-use.ts weighs them.
 */

import { DIRECTING_WORDS, DISPATCH_ASKS, SENT_RESOURCE } from './operational-use-commands';

/**
 * A regex of many alternatives, each of which starts a word with a letter or digit, with that said once in front
 * (thirteenth session, speed): V8's engine tried every alternative at every character, so the two ask regexes, of 24
 * and 30 alternatives, cost several times the others; `\b(?=[a-z\d])` turns most characters away first. The same
 * matches: every alternative implies the prefix (the dropped-subject "need" is preceded by the start, a stop or a space).
 */
function atWordStarts(alternatives: string[]): RegExp {
  return new RegExp(String.raw`\b(?=[a-z\d])(?:` + alternatives.join('|') + ')');
}

// A request that only live operational traffic makes: dispatch, a watch request, who is on call,
// a duty officer who cannot be reached, a resource asked for by its role.
export const STRONG_REQUEST = atWordStarts(
  [
    // Eleventh session: the specialist roles a commander calls for as for units ("all available PolSA and loggists").
    String.raw`\b(?:all|any|more|other|nearest|available|spare) (?:[a-z]+ )?(?:units?|patrols?|officers|crews?|resources|pcsos|specials|polsa|loggists|negotiators)\b`,
    String.raw`\b(?:units?|arvs?|dog units?|patrols?|crews?|resources|cars|vans) (?:please |asap |urgently )?(?:to|required|needed|please|at)\b`,
    // "need a dog unit", "need the on-call Gold", "need a search trained officer": a resource asked for by role.
    String.raw`\b(?:need|needs|needed|needing|require|required|requesting|request|looking for|could do with|would appreciate|appreciate) (?:a |an |the |another |more |some |two |three |\d+ |extra |additional |urgent |immediate )?(?:[a-z-]+ ){0,3}?(?:units?|patrols?|officers?|crews?|ds|dc|dcs|sgt|sergeant|inspector|supervisor|superintendent|supt|skipper|dog handler|arv|firearms|traffic|backup|back up|assistance|urgent help|immediate help|callout|call out|interpreter|negotiator|adviser|advisor|gold|silver|bronze|polsa|engineer|psus?|callsigns?|call signs?|${SENT_RESOURCE})\b`,
    // The same roles said the other way round ("interpreter needed", "PolSA required"), the operational ones only.
    String.raw`\b(?:units?|patrols?|officers?|crews?|assistance|backup|back up|duty [a-z]+|inspector|sergeant|sgt|supervisor|ds|dc|arv|dog handler|interpreter|polsa|negotiator|adviser|advisor|${SENT_RESOURCE}) (?:needed|required|wanted|requested)\b`,
    // Thirteenth session: "from the team", "from response" ("anyone from the team nearby to assist?").
    String.raw`\b(?:any units?|anyone|anybody|someone|somebody)(?: from (?:the )?[a-z-]+)? (?:near|nearby|closer|close|in the area)\b`,
    String.raw`\bany (?:units?|callsigns?|call signs?) (?:free|available)\b`,
    // Fourteenth session: whoever is nearest or free, the indefinite addressee of a dispatch ("can whoever's closest attend").
    String.raw`\bwhoever(?:'s| is)? (?:nearest|closest|nearby|near|closer|free|available)\b`,
    // Twelfth session: mobile surveillance asks for the view of the subject ("take the eyeball"), a word no other talk uses.
    String.raw`\b(?:take|taking|takes|have|has|got|lost|losing|hold|holding|need|needs) (?:the )?eyeball\b`,
    String.raw`\bnearest unit\b`,
    ...DISPATCH_ASKS,
    ...DIRECTING_WORDS,
    String.raw`\b(?:keep|keeping) (?:an eye out|a look ?out|eyes open|your eyes)\b`,
    String.raw`\b(?:look|looking|be on the look) ?out for\b`,
    String.raw`\beyes (?:open|peeled)\b`,
    String.raw`\bif (?:seen|sighted|located|found),? (?:please )?(?:stop|detain|contact|call|ring|inform)\b`,
    String.raw`\bwho(?:'?s| is| has| holds|'ve got| has got|'s got)? (?:the )?(?:on[- ]?call|duty|covering|on tonight|on today|on this weekend)\b`,
    // Thirteenth session: the role named before "on call" ("who's the fed rep on call today", "who is the DI on call").
    String.raw`\bwho(?:'?s| is) the (?:[a-z-]+ ){1,3}?on[- ]?call\b`,
    String.raw`\b(?:is |are )?(?:anyone|anybody|someone|somebody) (?:on[- ]?call|on duty)\b`,
    String.raw`\b(?:can'?t|cannot|can not|unable to|struggling to|trying to|not able to) (?:raise|reach|contact|get hold of|get through to|get an answer from|get) (?:the |a |any )?(?:on[- ]?call|duty|control|skipper|sergeant|sgt|inspector|supervisor|ds|di|sio|fcc|comms|negotiator|tac ?ad)`,
    String.raw`\b(?:page|ring|call out|callout for|wake|get hold of|raise|reach) (?:the |a )?(?:on[- ]?call|duty)\b`,
    // Another service en route ("recovery en route", "ambulance en route") is that service's status, no ask of officers
    // (dev set 13 round, for dev sets 6 and 10): it stays a sign of a live matter (UNFOLDING), not a request.
    String.raw`\b(?:(?<!\b(?:recovery|ambulance|ambo|paramedics?|hems|fire|rescue|tow truck|breakdown|doctor|gp|nurse) )en route|stand by|standing by|rv (?:at|point|with)|rendezvous)\b`,
    String.raw`\b(?:do not|don'?t|please do not|please don'?t) self[- ]?deploy\b`,
    String.raw`\b(?:avoid the area|stay off the (?:channel|radio|talkgroup))\b`,
    String.raw`\bcheck (?:your|their) (?:beats?|areas?|patches)\b`,
    String.raw`\bkeep (?:the )?(?:channel|radio|talkgroup|airwaves?) clear\b`,
    String.raw`\bstay (?:out of|away from) the area\b`,
  ],
);

// Eleventh session: handing over an on-call duty is an on-call issue in itself, whenever the cover is for ("can someone
// swap and take the on-call phone from 22:00", "can anyone cover my Silver on-call"): the rota and the time to come that
// mark ordinary planning are what such a handover is about, so they do not count against it. Asking who is on call at
// some later date stays planning (the operational dev set: "who's on call over the bank holiday? ... spreadsheet").
// Fifteenth session: "do" with a determiner ("anyone free to do the on-call SIO cover from 6pm?").
export const ON_CALL_COVER =
  /\b(?:(?:cover(?:ing)?|swap(?:ping)?|tak(?:e|ing)|hold(?:ing)?|pick(?:ing)? up) (?:over )?(?:the |my |an? |your |his |her |their )?|(?:do|doing) (?:the|my|an?|your|his|her|their) )(?:[a-z-]+ ){0,2}?on[- ]?call\b(?! (?:allowance|payment|claim|polic|rota review)\w*)/;


// An everyday ask to colleagues to act, by its shape rather than its verb: a modal addressed to
// "anyone / someone / any officer", "we need to", "is anyone in the building", "can you try",
// somebody not answering. Operational only about a live matter (see operational-use.ts).
export const ACTION_ASK = atWordStarts(
  [
    String.raw`\b(?:need|needs|needed) (?:someone|somebody|anyone|anybody|a unit|officers) to\b`,
    String.raw`\b(?:we|i) (?:urgently |really |still |now )?(?:need|needs) (?:to|someone|somebody|a|an|the|one|more|some|another|extra|\d+)\b`,
    // Thirteenth session: the subject dropped, as quick messages open a clause, with the urgency in the same clause ("Need
    // someone with a catch pole at the park now", "..., need extra staff down here now"); without it a dropped-subject need
    // is as often a shift's plan ("need a relief at 0400").
    String.raw`(?<=(?:^|[.!?;:,\n–—-]) ?)(?:urgently |really |still )?need (?:to|someone|somebody|a|an|more|some|another|extra|help|\d+)\b(?=[^.!?\n]{0,60}\b(?:now|asap|urgently|immediately|straight away)\b)`,
    // Waiting for the resource asked for ("I'm stood off waiting for a unit, how long??").
    String.raw`\b(?:waiting|still waiting|wait(?:ing)? on) (?:for )?(?:a |an |the |any |some )?(?:units?|backup|back up|assistance|crews?|patrols?)\b`,
    // A modal and a resource in the plural with no determiner ("can ground units on the chase give them an RVP").
    String.raw`\b(?:can|could) (?:[a-z-]+ )?(?:units|patrols|crews|officers)\b`,
    // "is there a DS available", "is there anyone free": a resource asked for by whether it exists.
    String.raw`\bis there (?:a|an|any|anyone|anybody|someone) (?:[a-z-]+ ){0,3}?(?:available|free|spare|about|around)\b`,
    // "Anyone on?", "anyone trained in cell site still on?": who is on duty, asked at the end of a question.
    String.raw`\b(?:anyone|anybody) (?:[a-z-]+ ){0,4}?(?:still )?on\s*\?`,
    // Someone able to act: "is anyone closer able to go".
    String.raw`\b(?:anyone|anybody|someone|somebody)(?: [a-z-]+){0,4}? able to\b`,
    String.raw`\b(?:someone|somebody|anyone|anybody|teams?) (?:needed|required|wanted)\b`,
    // A modal addressed to an indefinite colleague, whatever the verb: "can anyone help", "could someone tell the van".
    String.raw`\b(?:can|could|will|would) (?:any|some|every)(?:one|body)\b(?! (?:please )?(?:recommend|suggest|advise|explain|tell me|point me|share|let me know|remind me|know)\b)`,
    String.raw`\b(?:can|could|will|would) (?:the|any|some|every|a|one) (?:[a-z\d-]+ ){0,3}?(?:officers?|units?|patrols?|crews?|supervisors?|sergeants?|sgts?|skippers?|inspectors?|one)\b`,
    // "can the on-call crime scene manager ring the DI": a modal, someone named by role, an action verb.
    String.raw`\b(?:can|could) (?:the|a|an|any|some) (?:[a-z-]+ ){0,4}?(?:ring|call|phone|contact|attend|assist|page|authorise|get to|head to|come (?:down|to|over))\b`,
    String.raw`\b(?:can|could) you (?:please )?(?:try|ring|call|chase|check|get|send|page|contact|find|tell|escalate)\b`,
    // Is anyone there to act: "anyone free to pick up", "is anyone from response in the station".
    String.raw`\b(?:anyone|anybody|someone|somebody|who(?:'s| is)?) (?:free|available|on nights|on lates|on earlies|who can)\b`,
    String.raw`\b(?:anyone|anybody|someone|somebody|any (?:[a-z-]+ ){0,3}?(?:officers?|units?|patrols?|crews?|staff)) (?:[a-z-]+ ){0,2}?(?:in|at|near) the (?:building|station|nick|area|vicinity)\b`,
    String.raw`\bany (?:[a-z-]+ ){1,2}?(?:free|available)\b`,
    String.raw`\b(?:make|making) (?:their|your|our) way\b`,
    String.raw`\b(?:can'?t|cannot|can not|unable to|struggling to|trying to|not able to) (?:raise|reach|contact|get hold of|get through to|get an answer from)\b`,
    String.raw`\b(?:no answer|not answering|isn'?t answering|not picking up|isn'?t picking up|not responding|isn'?t responding|(?:hasn'?t|haven'?t|has not|have not) (?:responded|answered|replied|called back|rung back))\b`,
    String.raw`\bno (?:[a-z-]+ ){0,4}?(?:answering|picking up|responding)\b`,
    String.raw`\b(?:still )?no (?:[a-z-]+ )?(?:supervisor|inspector|sergeant|skipper|cover|units?) (?:on|for|available|showing)\b`,
    String.raw`\bshout for\b`,
    String.raw`\b(?:please|pls|plz) (?:\w+ ){0,2}?(?:call|ring|attend|check|contact|circulate|avoid|keep|make|head|assist|respond|update|report to|stay away|hold at|search|move|coordinate|liaise)\b`,
    String.raw`\b(?:somebody|someone|anyone|anybody|everyone|everybody) (?:\w+ ){0,2}?(?:get|go|head|ring|call|check|attend|know the number|know who)\b`,
    String.raw`\b(?:circulate|circulated) to\b`,
    String.raw`\b(?:take over|needs relieving|need relieving|relief needed)\b`,
    // Twelfth session: a car or unit told to take or cover a position ("2nd car take the junction", "next unit cover the exit").
    String.raw`\b(?:\d(?:st|nd|rd|th)|second|third|fourth|next|another|other|spare) (?:car|unit|motor|bike|vehicle) (?:to )?(?:take|cover) the\b`,
    String.raw`\b(?:requested|wanted|needed) (?:to|at|in) (?:the )?[a-z]+`,
    // Fifteenth session: who can act ("who can go?", "who can come in?"), whether a resource is on duty ("is there a dog
    // handler on tonight who can", "are there any firearms-trained officers on duty"), a dispatch on a condition ("if
    // you're free head to the hospital"), and a resource told to act ("units from the east please attend", "PCSOs in
    // the town centre please stay away", "specials who are on tonight, please report to").
    String.raw`\b(?:anyone|anybody|someone|somebody) (?:got|have|has) (?:a|an|any|some|two|\d+) (?:[a-z-]+ ){0,3}?(?:spare|free|available)\b`,
    String.raw`\b(?:we'?re|we are|you'?re|you are) (?:needed|required|wanted) (?:now|urgently|asap|immediately|at|in)\b`,
    // Third round: capacity asked for, a hand asked for, anyone spare to act.
    String.raw`\b(?:does|do|has) (?:anyone|anybody|any team|any of you) (?:have|got) (?:the )?(?:capacity|time|availability) to\b`,
    String.raw`\bcould do with (?:a hand|some help|help|backup|back up|assistance|another (?:unit|car|crew|officer))\b`,
    String.raw`\b(?:anyone|anybody|someone|somebody) spare to\b`,
    String.raw`\b(?:can|could) (?:[a-z-]+ ){0,3}?spare (?:someone|somebody|anyone|a|an|one|two|\d+)\b`,
    String.raw`\bwho can (?:go|come|attend|get|take|help|cover|assist|stay|do|head|respond|convey|pop)\b`,
    String.raw`\b(?:is there|are there) (?:a|an|any|anyone|anybody) (?:[a-z-]+ ){0,3}?on (?:duty|call|tonight|today|nights|lates|earlies|shift|now)\b`,
    String.raw`\bif (?:you'?re|you are|anyone'?s|anyone is|anybody'?s) (?:free|available|nearby|close|about|clear),? (?:please |pls )?(?:head|go|attend|make|get|come|pop|start)\b`,
    String.raw`\b(?:units?|patrols?|crews?|officers|serials|pcsos|specials|everyone|everybody) (?:[a-z-]+ ){1,4}?(?:please|pls) (?:attend|make|head|respond|report|stay|hold|go|check in|remain)\b`,
    String.raw`\b(?:on the way|on their way),? please\b`,
    String.raw`\bwhere do (?:we|i) take\b`,
    String.raw`\bwho(?:'s| is) (?:picking up|taking|dealing with|authorising|in command)\b`,
  ],
);

// An everyday question for information ("does anyone know if", "who do I ring", "can anyone
// recommend"): operational only when the post also says the matter is happening now.
export const INFO_ASK = new RegExp(
  [
    String.raw`\bwho (?:else )?(?:do|can|should|shall) (?:we|i) [a-z]+`,
    String.raw`\b(?:does|do|has|have|is) (?:anyone|anybody) (?:know|got|seen|heard)\b`,
    String.raw`\b(?:can|could|would) (?:any|some)(?:one|body) (?:please )?(?:recommend|suggest|advise|explain|tell me|point me|share|let me know|remind me)\b`,
  ].join('|'),
);

// Unfolding incident: what a live job sounds like, as opposed to a time word alone.
export const UNFOLDING =
  /\b(?:deploying|on standby|en route|decamped|on the loose|at large|last seen|walking towards|heading (?:towards|to|for)|running towards|made off|ongoing|in progress|on scene|kicking off|just (?:been )?(?:reported|found|seen)|just had a report|(?:\d+|ten|twenty|thirty) (?:mins?|minutes) ago|still (?:outstanding|missing|at large|on scene))\b/;

// Happening now, said by the time: "now", "asap", "tonight", "urgent". Also what an office deadline says.
// Fifteenth session: a time minutes or an hour away ("in 10 mins", "in the next hour", "ETA 20", "10 mins out") and
// "until further notice", which only a running matter says.
const NOW_WORDS = String.raw`live|right now|now|currently|urgent(?:ly)?|asap|immediately|straight away|at the moment|tonight|this (?:morning|afternoon|evening)|in (?:the next )?(?:\d+|ten|five|fifteen|twenty|thirty|an?) (?:mins?|minutes|hours?)|eta|(?:\d+|ten|five|twenty) mins? (?:out|away)|until further notice`;

// Happening now, said by the scene: an event in progress or just past, in the progressive or perfect
// ("is here reporting", "has just walked in", "isn't picking up", "still inside", "an hour ago") or
// the words of a job unfolding. This a deadline cannot say.
const SCENE_WORDS = [
  // Fourteenth session: someone leaving on foot ("2 off on foot towards the canal", "made off on foot").
  String.raw`(?:off|away|fled|decamped|ran|running|legged it) on foot|deploying|deployed|on standby|on the way|en route|spilling|spilled (?:onto|into|out|over|on to)|for ages|escalating|decamped|wandered|on the loose|at large|last seen|walking towards|heading (?:towards|to|for)|running towards|made off`,
  String.raw`(?:\d+|an|one|two|three|few) hours? ago|in the (?:last|past) (?:few |\d+ |ten |twenty |thirty )?(?:mins?|minutes|hour)|(?:\d+|ten|twenty|thirty) (?:mins?|minutes) ago|just had|just (?:been )?(?:reported|found|seen|called)`,
  String.raw`ongoing|in progress|kicking off|developing|unfolding|contained|on scene|at the (?:address|scene)|on the line`,
  String.raw`still (?:no|not|on|in|at|outstanding|missing|at large|on scene|there|here|outside|inside)|still [a-z]+ing`,
  String.raw`(?:is|are|'s|'re) (?:still |now |back )?(?:outside|inside|here|there|in the building)`,
  String.raw`(?:has|have|'s|'ve) just|(?:not|nobody|no one|no-one) [a-z]+ing`,
  // Fifteenth session: someone being detained, restrained or chased as the post is written; a scene turning.
  String.raw`being (?:detained|restrained|held down|chased|followed|assaulted|attacked|threatened|thrown|smashed|kicked|beaten|punched|deployed)|getting (?:aggressive|violent|abusive|lairy)|just (?:ran|run|left|legged it|driven off|drove off|gone)|legging it|(?:done|doing|did) a runner|heading (?:down|up|along|into|onto|across|through|past)|gone to ground`,
  // Fifteenth session: how long it has gone on so far ("have been stood there 6 hours", "been waiting for two hours").
  String.raw`(?:been (?:on|here|there|at it)|stood|standing|sat|sitting|waiting) (?:there |here |outside |at the scene )?(?:for )?(?:\d+|an|two|three|four|five|six|several) (?:hours?|hrs)`,
  String.raw`(?:isn'?t|aren'?t) [a-z]+ing`,
  // A person doing something, as a scene is reported ("male smashing windows", "crowd getting bigger").
  String.raw`(?:male|female|man|woman|lad|boy|girl|crowd|fans|group|youths?|suspect|offender|driver|he|she|they)(?:'re|'s)? (?:is |are |still |now )?(?!being\b|going\b)[a-z]{2,}ing`,
].join('|');

export const SCENE = new RegExp(String.raw`\b(?:${SCENE_WORDS})\b`);
export const LIVE = new RegExp(String.raw`\b(?:${NOW_WORDS}|${SCENE_WORDS})\b`);
// LIVE matches exactly where NOW or SCENE does (an alternation matches where one of its branches does):
// the detector reads SCENE anyway, so it tests the short NOW list only when SCENE found nothing.
export const NOW = new RegExp(String.raw`\b(?:${NOW_WORDS})\b`);

// What a live police matter is called (incident types as call handlers grade them). Named matters
// say so by themselves; general words (job, scene, custody, incident) also name office things ("job
// adverts", "the custody whiteboard", "the incident recording app"), so they support a strong request only.
export const NAMED_INCIDENT =
  /\b(?:machete|prisoners?|detainees?|bedwatch|constant watch|self[- ]?harm(?:ing)?|trapped|mfh|cat a|acting suspiciously|at risk|child protection|firearms? (?:incident|job|officers|deployment)|armed|guns?|gunman|knife|knives|weapon|shots? fired|stabb(?:ing|ed)|shooting|bleeding|unconscious|overdose|misper|missing (?:person|child|teen(?:ager)?|male|female|man|woman|boy|girl|\d+ ?(?:(?:year|yr)s? old|yo|y\/o)\b|from)|gbh|abh|disorder|stolen (?:vehicle|car|van|bike|e-?bike|motorbike|moped|scooter|lorry|truck)|dangerous dogs?|dog attack|(?:loose|stray|escaped) (?:dogs?|horses?|cattle|cows|sheep|livestock)|dogs? (?:is |are )?(?:loose|attacking)|bitten|mauled|shoplift(?:er|ers|ing)|drug deal(?:s|ing|er)?|explosion|emergency button|dangerous driv(?:er|ing)|driv(?:en|ing) dangerously|road rage|run (?:me|us|him|her|them) off the road|ambulance|high[- ]risk|vulnerable|pursuit|rtc|collision|crash|fatal|(?:sudden|suspicious|unexplained) death|scream(?:s|ing)|wrong[- ]way (?:driver|vehicle)|concern for welfare|cfw|domestic|disturbance|fight(?:s|ing)?|squar(?:ing|ed) up|(?:with|carrying|has|had|got|pulled|brandishing|waving) an? blade|target (?:is |has |now )?(?:left|leaving|mobile|moving|heading|on foot|out of sight|in an? )|subject (?:is |has |now )(?:left|leaving|mobile|moving|heading|on foot|out of sight)|(?:have|has|'ve|we've|just) lost (?:him|her|them|the target|the subject)|assault(?:ed)?|robbery|burglary|break[- ]in|kidnap(?:ped|ping)?|abduct(?:ed|ion)|hostage|(?:\d+|two|three|four|five|six) (?:detained|arrested|in cuffs|fighting)|in (?:the )?(?:water|river|canal|sea)|foot chase|(?:it'?s|it is|is|are) going off|turning (?:nasty|ugly|violent)|getting (?:nasty|out of hand)|outnumbered|violent|rvp|rendezvous point|forward control point|lone (?:crew|officer|pcso|special|unit|female officer)|single[- ]crewed|constant obs|(?:dogs?|horses?|cattle|cows|sheep|livestock|pigs|deer) (?:are |is )?(?:loose|escaped|on the loose)|alarm (?:is )?(?:going off|going|sounding|activated|ringing)|(?:doors?|windows?|glass) (?:has been |have been |been |was |were )?smashed|smashed (?:the |a )?(?:door|window|glass)|burgled|welfare check|crowd trouble|(?:car|vehicle|person|someone|male|female|child|kids?|lorry|van) (?:is |are )?(?:stuck |stranded |trapped )?on the (?:tracks|railway|railway line)|trespass(?:er|ers|ing)? on the (?:tracks|railway|railway line)|(?:sit|stand|stay) (?:on|with|at) (?:a|the) (?:scene|cordon|body)|lost (?:child|girl|boy|kid|toddler)|(?:girl|boy|child|kid|toddler) (?:has )?lost (?:her|his|their) (?:mum|dad|parents?|mother|father|family)|(?:fire service|fire brigade|firefighters|paramedics?|ambo|coastguard|hospital|security) (?:need|needs|want|wants|are asking|is asking|have asked|has asked|asking|requesting|requested)|(?:sheep|cows|cattle|horses?|livestock|deer) (?:all over|on|in|across|blocking|through|over) the (?:[a-z-]+ )?(?:road|carriageway|motorway|dual carriageway|railway|line|track|fence|hedge)|(?:arvs?|afos?|firearms) (?:are |have )?(?:dealing|deal with|on scene|attending|deployed|going in)|missing (?:walker|hiker|climber|swimmer|pensioner|patient|resident|toddler|kid|student|elderly)|(?:nothing|no one|nobody|no-one|noone) (?:left )?to send|(?:an|two|three|\d+) immediates?(?= ?(?:[.,!?;]|in |at |on |outstanding|waiting|pending|$))|alarm activation|fire(?! exit| door| drill| safety| extinguisher| alarm test| service| station| brigade)|flood(?:ing)?|siege|suspicious package|bomb|cordon|lockdown|collapsed|threaten(?:ed|ing|s)?|kicking off|fail(?:ed|s)? to stop|expos(?:ing|ed) (?:himself|herself|themselves)|indecent exposure|officers? (?:needs|requires|requesting|requests) (?:urgent |immediate )?(?:assistance|help|backup)|threat to life|on the bridge|section \d+(?![.\d])|rape|999 calls?|silent 999|grade (?:1|one)s?|critical incident|major incident)\b/;
// A general word before a noun of the organisation names a place, a team or a thing ("the custody suite", "the
// search team", "CAD screens", "incident recording system"), not a matter happening.
const ORGANISATION_NOUN = String.raw`suites?|desks?|offices?|blocks?|staff|teams?|units?|departments?|dept|systems?|screens?|terminals?|apps?|training|courses?|range|licensing|adverts?|applications?|kit|stores?|rooms?|policy|manual|refurb\w*|recording|logs?|forms?`;
export const GENERAL_INCIDENT = new RegExp(
  String.raw`\b(?:custody|ops|firearms?|shots?|body|scene|search|suspect|breach|incident|job|cad|999|missing|drunk)\b(?! (?:${ORGANISATION_NOUN})\b)`,
);

// The resources a live request asks for (response units, specialist officers, supervisors): a post
// asking for these is about operational policing even when it does not name the incident. What a lookout is for
// ("keep an eye out for the post van", "look out for a white van") is the thing watched, not a resource asked for.
export const RESOURCE =
  /\b(?<!\b(?:eyes? out|look(?:ing)? ?out|watch(?:ing)? out|watch) for (?:(?:a|an|the|any|this|that|my|our) )?(?:[a-z-]+ ){0,3})(?:units?|patrols?|officers?|crews?|resources|backup|back up|ds|dc|sgt|sergeant|inspector|supervisors?|dog unit|dog handler|arv|firearms|negotiators?|polsa|pcsos?|specials|loggists?|psus?|callsigns?|scene guard|from response|response (?:officers?|teams?|units?|cars?|shift)|(?:anyone|anybody|someone|somebody) (?:near|nearby|close|in the area)|scs|drones?|npas|helicopter|vans?|van crews?|taser[- ]trained|scene watch|(?:escort|marked|unmarked|response|traffic|prisoner) vehicles?|(?:got|have|has) eyes on|pava|cs spray|spit (?:hoods?|guards?)|(?:leg|limb) restraints|batons?|defib(?:rillator)?|detention officers?|csis?)\b/;

// Urgency: with a general incident word, an everyday ask is about a job happening now.
export const URGENT = /\b(?:right now|asap|immediately|urgent(?:ly)?|straight away|as soon as possible|live (?:job|incident|search|operation))\b/;

// The duty structure itself: an everyday ask to or about these people is operational.
// The control room counts as the duty structure when it acts or is asked ("control room can't raise"),
// not as a place after a preposition ("the heating in the control room", "a visit to the control room").
export const DUTY_ROLE = /\b(?:on[- ]?call|duty (?:inspector|insp|sergeant|sgt|officer|superintendent|supt|di|ds|manager)|duty officer|(?<!(?:in|at|around|into|from|of|to) the )control room|force control|fcc)\b/;

// On-call and duty roles, and the control room.
export const ON_CALL =
  /\b(?:on duty (?:tonight|today|now|this (?:morning|afternoon|evening))|skipper|duty officer|on[- ]?call|duty (?:inspector|insp|sergeant|sgt|officer|superintendent|supt|di|ds|manager|solicitor|doctor|negotiator)|control room|force control|control|comms|fcc|call handlers?|tac(?:tical)? ?ad(?:viser|visor)?|sio|negotiators?|out of hours)\b/;

// Looking back: the matter is over, or the post thanks people for it.
export const PAST =
  /\b(?:(?<!\b(?:until|till|unless|when) )(?:has |have |now )?(?:cleared|reopened|stood down|resolved)|now (?:open|clear)(?: again)?|all clear|back open|yesterday|last (?:night|week|month|year|weekend|shift|summer|winter|spring|autumn)|earlier this (?:week|month|year)|(?:well done|thanks?|thank you|great work|credit|shout ?out(?! to (?:any|some)(?:one|body|1| units?))|congratulations|congrats|kudos|proud of|great job|good job|brilliant (?:work|job)|amazing (?:work|job)|fantastic (?:work|job|effort)|fair play|hats off|respect) (?:to|for|everyone|all|the|our|by)|was found|were found|has been found|found safe|was jailed|jailed|sentenced|convicted|court result|debrief|lessons learned|review of|anniversary|memorial|award)\b/;

// Planning, training, admin and staff events: the words of a rota, a course or a gathering, not a live
// job. A named day counts only where it is booked ahead ("for Saturday", "next Monday", "Thursday's
// briefing"): a bare day is as often when a live matter began ("missing since Saturday", "last seen Friday").
// Dev set 13 round: a day with a shift's start and end ("Friday 1400-1800") is a deployment booked ahead (a live
// matter has a start, not a planned finish), and a sheet or list to sign is how such shifts are filled.
export const PLANNING =
  /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day \d{4} ?[-–] ?\d{4}|sign (?:the|a|our) (?:sheet|list)|training|trained (?:on|in how)|course|courses|exercise|drill|scenario|simulation|simulated|tabletop|refresher|module|lms|rota|rotas|roster|schedule|next (?:week|month|year|quarter|shift)|from (?:january|february|march|april|may|june|july|august|september|october|november|december|monday|next (?:week|month|year|shift|quarter))|(?:for|this|next|by|until|cover|covering|every) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)'s|volunteers? (?:needed|wanted)|spreadsheet|licensing|put (?:your|their) names?|bank holidays?|availability|dates|sign[- ]?up|recruit(?:ing|ment)|allowance|annual leave|leave (?:requests?|forms?)|exams?|sign(?:s|ing)?(?: off)? (?:my|his|her|their|our|the) (?:[a-z]+ )?(?:overtime|expenses|timesheets?|claims?|leave)|swap|policy|procedure|guidance|template|op(?:eration|erational|s)? orders?|published|newsletter|conference|talk on|awareness|campaign|live ?stream(?:ed|ing)?|webinar|open day|ceremony|familiarisation|demonstrat(?:ed|ion)|workshop|seminar|charity|fundrais(?:er|ing)|raffle|quiz|consultation|meetings?(?! point)|party|do on|for (?:the next )?(?:a few|several|two|three|four|six|\d+) (?:weeks|months|years))\b/;

// A time still to come ("tomorrow", "this weekend", "on the 14th", the future tense "will" other than
// "will anyone...", which asks): weaker than
// rota words (a live matter can run into the weekend), so it only tips a borderline ask.
export const FUTURE =
  /\b(?:tomorrow(?:'s)?|this weekend|(?:this|over the|during the) (?:winter|summer|spring|autumn|year|quarter|festive period|cold snap|heatwave)|over the (?:holidays|christmas|new year|easter|summer)|later (?:this|today)|on the \d{1,2}(?:st|nd|rd|th)|on the day|will(?! (?:any|some|every)(?:one|body)\b| (?:a|any|some|the) \w+ (?:please|attend|assist)\b))\b/;

// Guidance and hypotheticals ("reminder", "if you ever need", "what would you do if", "lessons
// from") and staff-support talk: how to handle such matters in general, not one happening now.
export const GUIDANCE =
  /\b(?:reminder|remember (?:to|that)|what to do (?:when|if)|(?:when|whenever) you (?:can'?t|cannot|need|are|get)|a guide (?:on|to|for)|(?:top )?tips?|lessons? (?:from|learned|learnt)|how to|in the event of|if you (?:ever|can'?t|cannot|need to|are ever|get stuck)|what (?:would|should) you do|going forward|in future|wellbeing|welfare (?:line|support|team)|support line|occupational health|counselling|ptsd|anxiety|stress(?:ed)?|check in on|(?:some|any|extra) support)\b/;

// A question about how things work, not a request to act: "how do I", "explain how", "what's the
// process", "is there a guide", "are we allowed". The asker wants to learn the procedure.
export const PROCESS_QUESTION =
  /\b(?:how (?:do|does|can|should|would|are|is) (?:i|we|you|it|they|the|one)|(?:quick|general|policy|daft|silly) question|is it (?:ok|okay|alright|acceptable|allowed|fine|appropriate) to|am i (?:allowed|ok|okay) to|(?:can|may|should) (?:i|we) (?:use|post|share|put) |do (?:we|i|you|they) (?:still|even|always|ever|actually) (?:need|have to)|explain (?:how|what|why)|understand (?:how|what|why)|how (?:[a-z-]+ ){1,4}?works?|what(?:'s| is) the (?:process|procedure|protocol|rule)|who (?:decides|says|makes the call|authorises) (?:when|whether|if|how) |is there a (?:guide|process|procedure|number|list|policy)|are we (?:allowed|supposed|meant)|allowed to use|does it (?:have|need) to be|who (?:should|would|do) (?:we|i|you) (?:[a-z]+ ){1,4}?if (?:a|an|you|someone|somebody)\b)\b/;

// Reporting about the news rather than acting, including a public appeal passed on (written for
// the public: "anyone with information", "quoting incident", "call 101"), which asks the public, not colleagues.
export const NEWS = /\b(?:appealing for|appeal for (?:witnesses|information|help)|anyone with information|quoting (?:incident|log|reference|crime)|crimestoppers|can you help (?:us )?(?:find|trace|locate|identify)|call 101|reports? (?:a|an|that)|reported that|(?:has been|was|were|have been) charged|bbc|news|article|headline|according to|press release|in the media|media coverage|podcast|documentary|statistics?|figures show|sentinel|newspapers?|in the papers?)\b/;

// A narrative in the past tense ("was", "were", "had", "went"): a report of what happened ("being dealt with" is the
// present, so a participle after "being" does not count). Weak, because
// a live post also says "was last seen" or "was taken"; it tips only a borderline ask.
export const PAST_TENSE = /\b(?<!being )(?:was|were|had|went|did|came|attended|handled|dealt|found|took|told|saw|caught|recovered|rescued|located|searched)\b/;

// The poster's or the reader's own affairs ("my", "I want to", "wondering", "update your details",
// "check your licence"): a live request is about the job in hand, not someone's belongings, leave,
// wishes or paperwork. "Your" in the idioms of a live request ("keep your eyes open", "check your
// beats", "make your way") does not count. Weak, as one word can be either.
// Fifteenth session: "on my own" is an officer alone at a scene, not the poster's own affairs.
export const PERSONAL = /\b(?:my(?! own\b)|mine|(?:i|we) (?:want|would like|'d like)|wondering|your(?! (?:eyes|beats?|areas?|patch(?:es)?|way)\b))\b/;

// Sharing an experience ("anyone else find...", "anyone else stuck behind the crash this morning?",
// "anyone dealt with her before?"): chat among colleagues, not a request, unless it asks who else is
// free or near to help.
export const SHARED_EXPERIENCE =
  /\b(?:anyone|anybody) else\b(?! (?:free|available|about|around|near|nearby|on (?:duty|shift|call|nights|lates|earlies)|in the (?:area|building)|who can))|\bbefore\s*\?/;

// An invitation or a call for volunteers ("let me know if you're interested", "message me", "sign up"):
// the reader may take it up or not, which a live request never leaves open.
// Twentieth session (prec20): and an offer of food, drink or a game ("anyone on duty tonight fancy a curry after?", "up for
// a pint after lates?"): a social ask, whoever is on duty.
export const INVITATION =
  /\b(?:let me know|if (?:you're|you are|anyone is|anyone's) interested|interested in|message me|drop me a (?:line|message)|sign up|book (?:your|a) place|(?:fancy|fancies|up for) an? (?:[a-z]+ )?(?:curry|pint|drink|drinks|brew|cuppa|coffee|beer|meal|takeaway|kebab|pizza|chippy|breakfast|lunch|dinner|game|quiz|night out))\b/;

// Said in jest: laughter, a laughing or winking emoji, "asking for a friend", "only joking". A live
// request is never marked as a joke; police words in banter are ("need backup in the canteen lol").
export const HUMOUR =
  /\b(?:lol|lmao|rofl|(?:ha){2,}|(?:he){2,}|asking for a friend|(?:only|just) (?:joking|kidding)|jk|tongue in cheek)\b|[\u{1F602}\u{1F923}\u{1F606}\u{1F605}\u{1F61C}\u{1F609}\u{1F643}]/u;

// The office's own things (refreshments, office equipment and IT, the building's facilities): a post
// about them is banter or a facilities / IT matter, not a live job. Places where a scene can unfold
// (a coffee shop, a kitchen at an address) and what gets stolen (laptops, phones) are not in it.
export const OFFICE_LIFE =
  /\b(?:canteen|biscuits?|cakes?(?! shop)|coffee (?:machine|run|break)|kettle|mugs|sandwich(?:es)?|lunch break|vending machine|printers?|photocopier|toner|stapler|vpn|wi-?fi|password reset|heating|the lifts?|parking (?:space|permit)s?)\b/;

// What precedes an incident word that a fault or a risk might lead to, not one that is happening:
// "get it looked at before it causes a fire", "in case of a flood", "could start a fire".
export const HYPOTHETICAL_INCIDENT =
  /(?:\bbefore (?:it|that|this|they|someone|somebody|anyone|something) (?:[a-z']+ ){0,2}|\bin case (?:of |there'?s )|\b(?:could|might|may|would) (?:cause|start|lead to) )(?:a |an |another |any )?$/;

// Fourteenth session: an ask whose verb is work on the records ("can someone from the bureau merge them", "please update
// or speak to me", "can the duty sgt confirm it's on"): a crime or a prisoner named in such a post is the record's subject,
// not a matter to act on now, so the ask weighs against the post where nothing says the matter is happening now. Updating
// a person ("please update her", "update the family") is telling them, no records work.
export const RECORDS_ASK =
  /\b(?:merge|merging|(?:update|updating)(?! (?:her|him|me|us|the (?:family|families|mum|dad|parents|victim|caller)\b))|amend|amending|countersign|sign (?:it |them |this )?off|upload|crime (?:it|them|this)|file (?:it|them|this)|confirm (?:it'?s|it is|its|they'?re|they are) (?:on|been|done|recorded|crimed|filed))\b/;
// An ask for whoever happens to pass ("if you're passing", "if anyone's going past"): attention when convenient, no
// one sent now.
export const IN_PASSING = /\b(?:if|when) (?:you(?:'re| are)?|anyone(?:'s| is)?|anybody(?:'s| is)?|(?:any )?(?:units?|patrols?|officers?)(?: are)?) (?:passing|going past)\b/;
