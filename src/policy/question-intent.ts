import { normaliseWords } from './tokenise';
import { directFormOfIndirectQuestion } from './indirect-question';
import { JUDGEMENT_ASKS, asksRequestAfterAnd, offersOnlyAsTheOther } from './two-part-ask';

/**
 * What kind of answer a question wants. Permission questions ("can I", "is it ok to") get
 * allowed / not_allowed / conditional from the clause's wording; fact questions ("who",
 * "how fast", "is Yammer private") get `info` whatever the clause's modality.
 */
export type Intent = 'permission' | 'obligation' | 'info';

export interface QuestionIntent {
  intent: Intent;
  /** The asker means to do it themselves ("myself", "on my own"), not through the named team. */
  selfDoing: boolean;
  /** The question proposes that the asker's side performs the act (sets up, creates, starts, runs something). */
  doesTheAct: boolean;
  /**
   * A wh-question and nothing else ("who runs the pages", "how should I share documents if not on Yammer"): what it asks
   * for is a person, time, place, amount or way, which no yes or no answers. False when it also asks a yes/no question
   * ("how do I follow them, can I?", "...which of us is right?").
   */
  whOnly: boolean;
}

const PIED_PIPING = new Set(['on', 'in', 'to', 'for', 'from', 'by', 'with', 'at', 'under', 'about', 'of', 'since', 'until']);
const WH = new Set(['who', 'what', 'when', 'where', 'which', 'why', 'how', 'whose', 'whom']);
const PERMISSION = [
  /\b(can|could|may|might|should|shall) (i|we)\b/,
  // "Can't I just do it myself?", "why cannot we ...": a negated modal before the asker asks for the permission it doubts.
  /\b(can not|cannot|could not|should not) (i|we)\b/,
  /\b(am i|are we|is it|are staff|are officers|are employees|is anyone) (allowed|permitted|ok|okay|alright|fine|acceptable|against)\b/,
  /\b(ok|okay|alright|fine|acceptable|allowed|permitted) (to|for|if)\b/,
  /\bam i able\b/,
  // "Is possible to use our page for ...", "is possible the page shows ...": a learner's "is it possible" before the asker's
  // own plan asks whether it may be done (nineteenth session). "Is it possible for colleagues to forward ..." is left alone.
  /(?<! it) is possible (to|that|for (me|us)|the|our|my|we|i) /,
  // "Is ok I put the link in the post?", "is fine we use the hall": the same learner's form without "it" before an approval
  // word and the asker (twenty-first session); "the room is fine for us" names no asker doing anything.
  /(?<! it| that| this| which| what) is (ok|okay|fine|alright|allowed|acceptable) (i|we|my|our) /,
  // "can yammer replace MySPI", "can the corporate page advertise jobs": asking whether a use is permitted.
  /^ (can|could|may|should) (?!(?:\w+ ){0,3}(be|get) (?!used\b)\w+(ed|en)\b)\w+/,
  /\bis it (a breach|against the rules|against policy|banned)\b/,
  // Asking for approval of a plan, however it is phrased ("- OK?", "that's fine isn't it", "any issue?").
  /\b(permissible|permitted|allowed|acceptable|alright|allowable)\b/,
  /\b(ok|okay|fine|alright) (is it|isn t it|right|yeah|surely)?\s*$/,
  /\b(any|a) (issue|issues|problem|problems)\s*$/,
  /\b(can|could|may|should) (he|she|they|our|my|the|a|an|this|that|these|those|staff|officers|employees|specials|volunteers|pcsos?)\b/,
  /\b(is that|would that be|would it be|is this) (ok|okay|fine|alright|allowed|acceptable|a problem)\b/,
  /\b(surely|isn t it|yeah|right)\s*$/,
  /\b(safe|wise|sensible|appropriate) (to|for)\b/,
  // Naming the policy's judgement in any form asks for it: "does the policy permit staff to...", "is X prohibited", "would
  // that be compliant", "within policy", "does it matter if".
  /\b(permit|permits|allow|allows|prohibit|prohibits|forbid|forbids) (me|us|staff|officers|employees|members|a|an|the|this|that|it|anyone|people)\b/,
  /\b(prohibited|forbidden|banned|compliant|non compliant|a breach|in breach|breaching|breach of|against (the )?(policy|rules)|within (the )?(policy|rules))\b/,
  /\bdoes it matter (if|that)\b/,
  // "does the policy permit Yammer from a home PC", "do the rules allow it": the policy's judgement asked for by name.
  /\b(policy|policies|rules|guidance|guidelines) (permit|allow|prohibit|forbid|ban|let)\b/,
  // Judging an act as improper: "would it be considered bad form to ...", "is that frowned upon", "I assume that is inappropriate".
  /\b(is|be|s|seen as|considered|deemed) (\w+ )?(bad form|frowned (on|upon)|inappropriate|improper|unprofessional)\b/,
  // One alternative is the judgement itself: "Links on Yammer. Fine, or same rule as files?"
  /\b(ok|okay|fine|alright|acceptable|allowed|permitted) or\b/,
  // Idioms that ask whether an act is proper: "would it be in order for the page to show comments", "is it within scope to
  // use the page for feedback", "do the pages have a remit to report results" (an act after "remit/scope ... to"; "are
  // volunteers within the scope of the policy" asks whom the policy covers, a fact).
  /\b(is|be|are) (it |that |this )?in order\b/,
  /\bor frowned (on|upon)\b/,
  /\b(remit|scope) (of (\w+ ){1,3})?to (?!the\b|a\b|an\b|our\b|my\b|your\b|their\b|its\b)\w+/,
  ...JUDGEMENT_ASKS,
];
const WH_PHRASE = / (who|what|when|where|which|why|how|whose|whom)( (do|does|did|can|could|should|would|will|is|are|am|was|were|must|shall|may|might|has|have))?( (i|we|you|they|he|she|it|staff|users|people))?(?= )/g;
// Yes/no questions about facts ("is Yammer private", "does the policy apply to specials").
const FACT_OPENERS = new Set(['is', 'are', 'does', 'do', 'did', 'has', 'have', 'will', 'would', 'was', 'were', 'any', 'can', 'could', 'may', 'might', 'should', 'shall', 'must']);
// "... how do I get it back", "... who do I ask": a fact question after a scene-setting clause.
const WH_INSIDE = /\b(how (do|can|does|did|would|should|long|many|much|often|quickly|soon)|who (do|can|should|does|is|are|will)|what (happens|is|are|do|does|should|can)|where (do|can|is|are|should)|when (do|does|will|should|can)|why (do|does|is|are|would|should))\b/;
// "... - who creates it?", "..., what should I do": a wh-question after a dash, comma or full stop.
const WH_AFTER_BREAK = /(^|[-–,.;:?!]\s*)(who|what|how|when|where|why|which|whose|whom)\b/;
// "can messages be forwarded", "could stuff end up public": asking what happens, not for permission.
// A judging verb is no passive fact: "would it be considered bad form to ..." asks for a judgement of the act.
const PASSIVE_FACT = /^ (can|could|may|will|would) (\w+ ){1,3}(be|get) (?!used\b|considered\b|deemed\b|regarded\b|thought\b)\w+(ed|en)\b|\b(end up|get out|be seen|be hacked|be leaked)\b/;
// An intensifier between the subject and "have to" / "need" leaves the obligation question ("do I really have to reply").
const INTENSIFIER = '(?:(?:really|actually|still|even|definitely|honestly|seriously|genuinely|always|necessarily|absolutely) )?';
const OBLIGATION = [/\b(am i|are we|are you|are staff|are officers|are employees) (\w+ )?(meant|supposed|expected|obliged) to\b/, new RegExp(`\\b(do|does) (i|we|my|our|you|staff|officers|it) ${INTENSIFIER}(need|have) to\\b`), /\b(must|have to|need to) (i|we)\b/, new RegExp(`\\bdo (i|we|you) ${INTENSIFIER}need (a|an|to|permission|approval)\\b`), /\bis (a|an|it) \w+ (required|needed|necessary|compulsory|mandatory)\b/, /\b(required|mandatory|compulsory)\b/];
// "Is it true that...", "is it correct that...": asking whether a statement holds is asking for a fact, whatever the
// statement is about ("is it correct that messages cannot be forwarded?").
const TRUTH_CHECK = /\b(is|isn t) (it |this |that )?(true|correct|the case|accurate|right) that\b/;
// "Someone told me every post gets checked", "I heard you have to get IT to put you back on", "am I right that the pages
// are run by comms": a reported claim asks whether it holds. A claim about a fact, or about what others must
// do, asks for a fact; a claim about what may be done ("told me we can use our gmail", "says I can't put my photo up"), or
// about what the asker must do ("the boss says we have to use the shared mailbox"), asks for the verdict on it.
// "Said" reports a claim only when the question then checks it ("... Is that right?"): "one of the lads said he'd knock a page
// up tonight" reports a plan.
// "My neighbour says the hall is like a barn. Is it?": an echo question (auxiliary and pronoun alone, "is it", "does it",
// "is that so") checks the claim before it, as "is that right?" does.
const ECHO = '(is|are|was|were|does|do|did|has|have|will|would) (it|that|this|he|she|they)( so| really| then)?';
const CLAIM_FRAME = new RegExp(
  String.raw`\b(told|tells|telling) (me|us)\b|\b(i|we) (have |had )?heard\b|\b(was|were|have been|been) told\b|\b(reckons|reckon|reckoned|claims|claimed|insists)\b|\b(am i|are we) (right|correct|wrong)\b|\b(says|said) (that )?(?=.*\b(right|true|correct|accurate|the case)\s*$)|\b(says|said) (that )?(?=.*\b${ECHO}\s*$)`,
);
const CLAIM_MAY = /\b(can|cannot|could|may|allowed|permitted|able|fine|ok|okay|alright|banned|prohibited|forbidden|should not|must not|not supposed|not meant)\b/;
const CLAIM_MUST = /\b(have to|has to|need to|needs to|must|got to|should|supposed to|meant to|required)\b/;
const CLAIM_ASKER = /\b(i|we|me|us|my|our|myself|ourselves)\b/;
// "..., is that right?", "Is he right?": checking the claim, not asking whether a plan is all right.
const CLAIM_TAG = /\b((is|are) (that|this|it|he|she|they) )?(right|true|correct|accurate|the case)\s*$/;
function reportsAFactClaim(text: string): boolean {
  const m = CLAIM_FRAME.exec(text);
  if (!m) return false;
  const claim = text.slice(m.index + m[0].length);
  return !CLAIM_MAY.test(claim) && !(CLAIM_ASKER.test(claim) && CLAIM_MUST.test(claim));
}
// Subjects whose actions the asker is not asking permission for.
const THIRD_PARTY_SUBJECT =
  /\b(can|could|may) (other users|others|other people|people|anyone|someone|they|users|it|the public|public|members of the public|outsiders|people outside|my (boss|manager|supervisor))\b/;
// Acts a policy reserves for a named team ("will be set up by the Web Communications Team"), in the active voice.
const ACT = /\b(i|we|me|us|our|my|he|she|they|myself|ourselves|admin|pcso|sergeant|sgt|inspector|officer|team)\b(?: \w+){0,3} (set(?:ting)? (?:\w+ )?up|creat(?:e|ing)|made|mak(?:e|ing)|start(?:ing)?|buil(?:d|ding|t)|launch(?:ing)?|open(?:ing)?)\b/;
// "Is there a rule on which address the page uses?", "is there a particular group that handles that?": asking whether
// something exists (a rule, a standard, a group, a way) asks for a fact. Unless what is asked about is an objection to
// the asker's plan ("is there any reason I can't...", "are there any restrictions on..."), which asks for a verdict.
const EXISTS = / (is|are) there (a|an|any|some) ((?:\w+ ){0,2}?)(\w+) /;
const OBJECTION = /^(reasons?|restrictions?|problems?|issues?|objections?|bans?|bars?|harm|limits?|prohibitions?)$/;
function asksWhetherExists(text: string): boolean {
  const m = EXISTS.exec(text);
  return !!m && ![...m[3].split(' '), m[4]].some((w) => OBJECTION.test(w));
}
// "Is there a rule on which address the page uses?", "is there guidance on how I reply": whether a rule exists on a wh-matter
// asks the wh-question itself (which address, how), which no yes or no answers.
const EXISTS_ON_WH = / (is|are) there (a|an|any|some) (\w+ ){1,3}?(on |about |for |as to |regarding |over )?(which|what|how|who|when|where|whether) /;
// The marks, emoji and spaces that close a message.
const TRAILING_MARKS = /[?!.\s\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D]+$/u;
const SELF_DOING = /\b(myself|ourselves|on my own|on our own|my own account|by myself|ourself)\b/;

// "A colleague says I should have emailed it instead. Which of us is right?": "who / which of us is right" asks for no
// person; it asks the reader to judge between claims, as "is that right?" does, so the claims decide what is asked (the
// reported-claim rules: a claim about what the asker should do asks for a verdict, a claim about a fact for the fact).
const JUDGES_BETWEEN_CLAIMS = / (who|which)( one)?( of (us|you|them|the two|those))? (is|s|was) (right|correct|wrong|in the right)\s*$/;

// "If I leave the force, does my account stay open?": the question is the main clause after the comma.
const SUBORDINATE_OPENING = /^\s*(if|when|once|after|before|since|while|whenever|now that|given that|as soon as)\b[^,?]*,\s*(.+)$/i;

// "Corporate page inbox - shared or someone's own?", "I'm new - is anyone checking our posts, or is it left to us?": statements
// and a dashed lead-in set the scene; the question is the part that ends in the first "?".
// An abbreviation's full stop ("e.g. a home PC") ends no sentence.
const SCENE_BREAK = /(?<!\b\w)[.!]\s+|\s[-–—:]+\s/;
function askingSentence(question: string): string {
  const ask = question.indexOf('?');
  if (ask < 0) return question;
  const parts = question.slice(0, ask + 1).split(SCENE_BREAK).filter((p) => normaliseWords(p).length);
  // "can we have our own account - or is that not a thing?", "share a link... or is that not our place?": a part opening
  // with "or" offers the other answer to the question before it, and belongs to it.
  let at = parts.length - 1;
  while (at > 0 && /^\s*or\b/i.test(parts[at])) at--;
  return parts.slice(at).join(' ') || question;
}

/**
 * A wh-phrase inside the message ("..., how do I get it back"). Not when it stands only in a statement before an asking
 * sentence that itself asks for permission ("I want to put the stock list in our group so people can see what is in.
 * Fine?"): there it opens a relative clause, and the asking sentence says what is asked. Before a fact question ("I'm
 * worried about what happens to my account. Does it stay active?") the statement still reads as asking what happens.
 */
function whInside(question: string, text: string): boolean {
  if (!WH_INSIDE.test(text)) return false;
  const asking = askingSentence(question);
  const at = question.indexOf(asking);
  if (question.indexOf('?') < 0 || at <= 0) return true;
  const from = ` ${normaliseWords(question.slice(at)).join(' ')} `;
  const ask = ` ${normaliseWords(asking).join(' ')} `;
  return WH_INSIDE.test(from) || !PERMISSION.some((r) => r.test(ask)) || /^ (can|could|would|will) you\b/.test(ask);
}

/**
 * An alternative question ("shared or someone's own?", "is Yammer free, or does my department pay?") offers the reader
 * a choice, and is answered by saying which holds, not by yes or no: a fact question. Unless the part that asks is itself
 * a request for permission or a question of obligation ("can I use X or Y?", "do I have to use my work email, or will my
 * Hotmail do?"), which a verdict answers.
 */
function asksWhichOfTwo(question: string): boolean {
  const asking = ` ${normaliseWords(askingSentence(question)).join(' ')} `;
  // "yes or no?", "... or not?" ask the polar question itself.
  // "... or nah?", "... or frowned upon?": the other alternative is "no", a judgement of the plan, not a second thing.
  return / or (?!not |no |nah |naw |nope |frowned )/.test(asking) && !/ yes or no /.test(asking) && !PERMISSION.some((r) => r.test(asking)) && !OBLIGATION.some((r) => r.test(asking));
}

/** The first word of the question's main clause: a leading "if/when/once ..., " clause is scene-setting. */
// "Question: does this policy cover ...", "Situation: ... Question: can she join?": what follows the label "Question:" is the
// question, and its first word is the opener.
const QUESTION_LABEL = /^(?:.*[.!?]\s+)?(?:question|q)\s*:\s*/i;

function mainClauseOpener(labelled: string): string | undefined {
  const question = labelled.replace(QUESTION_LABEL, '');
  const m = SUBORDINATE_OPENING.exec(question);
  return normaliseWords(m ? m[2] : question)[0];
}

/**
 * The question's main clause: after a leading "if/when/once ..., " clause ("When I set up my profile, is it ok to..."),
 * whose "when" is a conjunction, not a question word. "When do we reply, and to whom?" inverts subject and auxiliary
 * after "when": that is a question, and there is no leading clause to skip.
 */
function mainClause(question: string): string {
  const m = SUBORDINATE_OPENING.exec(question);
  if (!m || /^\s*when\s+(do|does|did|is|are|was|were|can|could|should|will|would|must|shall|may|might|has|have)\b/i.test(question)) return question;
  return m[2];
}

// "Can CID have its own Twitter account? Who'd set it up?", "Could I have my own page, and how would it be set up?": a yes/no
// question asked first, then a wh-question about how the thing would come about. The first question is what is asked; so
// too when the wh-word opens a relative clause ("can I forward it to an examiner who isn't on our network"). "Can you tell
// me who ..." asks the reader for a fact, not for permission.
const APPROVAL_ASKED = /\b(permitted|allowed|ok|okay|acceptable|alright|fine|permissible)\b/;
const WH_BREAK = /[?!.;]|,\s*(?:and\s+|but\s+|or\s+)?(?=(?:who|what|how|when|where|which|whose|whom)\b)/i;
function opensWithYesNoPermission(main: string): boolean {
  // Statements before it set the scene ("I manage a civilian department. Can we have our own page, and how do we get one?").
  const sentences = main.split(/(?<=[.!?])\s+/);
  let at = 0;
  while (at < sentences.length - 1 && /\.\s*$/.test(sentences[at]) && !WH.has(normaliseWords(sentences[at])[0] ?? '')) at++;
  const first = normaliseWords(sentences.slice(at).join(' ').split(WH_BREAK)[0]);
  const text = ` ${first.join(' ')} `;
  // "Is that permitted, and how would it be arranged": an approval word asked of the plan opens it as a modal does.
  if (['is', 'am', 'are', 'would'].includes(first[0] ?? '') && APPROVAL_ASKED.test(text)) return true;
  return ['can', 'could', 'may'].includes(first[0] ?? '') && first[1] !== 'you' && PERMISSION.some((r) => r.test(text));
}

/**
 * "Why can't I just make our own page?": a why-question about the asker's own act, with a negated modal, challenges a refusal
 * and asks for the permission. "Who sets up the page? Can I not just do it myself": a wh-question followed by the asker's
 * yes/no request is answered by the verdict on the request.
 */
const CHALLENGE = / why (can not|cannot|could not|should not|can (i|we) not|could (i|we) not) (i|we)\b/;
function asksPermissionAfter(question: string): boolean {
  // After the first "?", or after a dash: "why do I have to email five people - can't I just ask on the forum?"
  const ask = question.search(/\?|\s[-–—]+\s/);
  if (ask < 0) return false;
  return question
    .slice(ask + 1)
    .split(/(?<=[?!.])\s+|\s[-–—]+\s/)
    .some((s) => /^ (and |but |so )?(can|could|may|might|can not|cannot|could not) (i|we)\b/.test(` ${normaliseWords(s).join(' ')} `));
}

export function questionIntent(question: string): QuestionIntent {
  const words = normaliseWords(question);
  const direct = directFormOfIndirectQuestion(question);
  if (direct) return { ...questionIntent(direct), whOnly: false, ...actsOf(` ${words.join(' ')} `) };
  const text = ` ${words.join(' ')} `;
  // A sign-off after the last "?" ("Is it? Cheers", "... right? Ta") is no part of what the claim check reads.
  const checked = ` ${normaliseWords(withoutSignOff(question)).join(' ')} `;
  const main = mainClause(question);
  const opening = normaliseWords(main);
  // "On what basis...", "To whom...", "For how long...": a preposition carried before the wh-word still opens a wh-question.
  const startsWh =
    !JUDGES_BETWEEN_CLAIMS.test(text) &&
    (WH.has(opening[0] ?? '') || (PIED_PIPING.has(opening[0] ?? '') && WH.has(opening[1] ?? '')) || whInside(question, text) || WH_AFTER_BREAK.test(main.toLowerCase())) &&
    !opensWithYesNoPermission(main) &&
    !CHALLENGE.test(text);
  // A bare topic ("yammer cost", "leavers access") asks what the policy says; a bare "X on Y"
  // ("court results on the ward page") asks whether X may go on Y.
  // Repeated marks and a closing emoji ("yammer = basically work twitter?? 🤔") end the one question; they are not a second one.
  const terse = words.length <= 6 && !/[?]/.test(question.replace(TRAILING_MARKS, '')) && !/\b(i|we|my|our|can|could|may|should)\b/.test(text);
  const choice = asksWhichOfTwo(question);
  // A wh-question or a choice, then the asker's own request ("Who sets it up? Can I not just do it myself"): the request asks.
  // "..., or only at work?": the restriction as the other alternative asks whether the first may be done (two-part-ask.ts).
  const onlyOther = choice && offersOnlyAsTheOther(` ${normaliseWords(askingSentence(question)).join(' ')} `);
  const laterRequest = ((startsWh || choice) && asksPermissionAfter(main)) || CHALLENGE.test(text) || (startsWh && asksRequestAfterAnd(main)) || onlyOther;
  let intent: Intent = 'info';
  if (laterRequest) intent = 'permission';
  else if (startsWh) intent = 'info';
  else if (OBLIGATION.some((r) => r.test(text))) intent = 'obligation';
  else if (THIRD_PARTY_SUBJECT.test(text) || PASSIVE_FACT.test(text) || TRUTH_CHECK.test(text)) intent = 'info';
  else if (asksWhetherExists(text) && !PERMISSION.some((r) => r.test(text))) intent = 'info';
  else if (reportsAFactClaim(checked) && !PERMISSION.some((r) => r.test(checked.replace(CLAIM_TAG, ' ')))) intent = 'info';
  else if (choice) intent = 'info';
  else if (PERMISSION.some((r) => r.test(text))) intent = 'permission';
  else if (terse) intent = / (on|onto) /.test(text) ? 'permission' : 'info';
  // A statement of a plan or a bare topic ("court results on the ward page") asks whether it is OK;
  // a question opening "is/are/does/can..." without permission words asks for a fact.
  else if (!FACT_OPENERS.has(mainClauseOpener(question) ?? '')) intent = 'permission';
  // Leave out the wh-question's own words (the wh-word with its auxiliary and subject, "how should I", "who can") and
  // look for a yes/no question in what is left.
  const rest = text.replace(WH_PHRASE, ' ');
  return {
    // A choice between two ("shared or someone's own?") is no more answered by yes or no than a wh-question is.
    whOnly: !laterRequest && ((startsWh && !PERMISSION.some((r) => r.test(rest))) || (choice && intent === 'info') || (intent === 'info' && EXISTS_ON_WH.test(text))),
    intent,
    ...actsOf(text),
  };
}

/** The message up to its last "?" when no more than three words follow it ("Is it? Cheers, Jo"); else the message. */
function withoutSignOff(question: string): string {
  const end = question.lastIndexOf('?');
  return end >= 0 && normaliseWords(question.slice(end + 1)).length <= 3 ? question.slice(0, end + 1) : question;
}

/** Who the question proposes does the act: the asker themselves, or the asker's side doing what a team is given. */
function actsOf(text: string): Pick<QuestionIntent, 'selfDoing' | 'doesTheAct'> {
  return { selfDoing: SELF_DOING.test(text), doesTheAct: ACT.test(text) && !/\b(have|get|got|request|ask for|apply for)\b/.test(text) };
}
