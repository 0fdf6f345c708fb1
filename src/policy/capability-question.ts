import { contentStems, normaliseWords, stem, STOP_WORDS } from './tokenise';
import type { QueryUnit } from './query-terms';

/**
 * A question that asks what a platform can do, how to do something, or whether something exists - a request a conduct
 * policy's rules answer only when a clause describes that very capability, procedure or thing (twentieth session;
 * docs/policy-answers.md). Four forms, read on the engine's normalised words (lower case, "'s" dropped):
 *
 * - **feature**: software as the subject of an action verb ("can yammer read posts out loud", "does teams let you
 *   schedule a message", "will facebook show who viewed the page"); not a passive ("can yammer be used for ...": a
 *   question about use, which the rules do answer);
 * - **way**: "is there a way / an option / a setting / a button to ...", "any way of ...", "is it possible to ...";
 * - **exists**: "is there a course / a crisis plan / a group for ...", "do we have a template ...", "does the force run
 *   a ..."; not a judgement noun ("is there a problem with me posting ...", "is there any harm in ...": a conduct
 *   question), nor the policy's own rules ("is there a rule on ...": hedge-would-not-answer.ts reads those);
 * - **howto**: "how do I / can we ... <verb>", "how to <verb>", "where do I find / can I get ...": a request for steps or
 *   a place (not "how do I know whether ...", "how can I make sure ...": conduct in other words).
 *
 * `asked` holds the content words of what is asked for (the verb and its object), so the caller can check whether the
 * clause the engine found speaks to them at all: "how do I set up a neighbourhood page" is answered by the clause on who
 * sets neighbourhood pages up; "how do I make the writing bigger on yammer" by none.
 */
export type CapabilityKind = 'feature' | 'setting' | 'fault' | 'way' | 'exists' | 'howto';

export interface CapabilityAsk {
  kind: CapabilityKind;
  /** The asked-for part's content words (normalised, stop words and the software names dropped), in order. */
  asked: string[];
  /**
   * The word that names the capability or thing: for a verb-first ask ("read posts out loud", "make the writing bigger")
   * its first content word that is not a light verb (make, get, do, ...); for "is there a crisis plan for floods" the
   * noun phrase's last word before a preposition ("plan").
   */
  head: string;
  /** The next content word after the head (a verb's object), if any. */
  object?: string;
  /** For a noun phrase ("is there a yammer crisis plan"): its other words, software names kept ("yammer", "crisis"). */
  modifiers?: string[];
}

/** Software and devices that can be the subject of a feature question. */
const SOFTWARE = '(yammer|viva engage|engage|teams|microsoft teams|facebook|twitter|x|instagram|tiktok|whatsapp|linkedin|youtube|outlook|snapchat|nextdoor|the (app|system|platform|intranet|browser|software|phone|laptop))';
const SOFTWARE_WORDS = new Set('yammer viva engage teams microsoft facebook twitter instagram tiktok whatsapp linkedin youtube outlook snapchat nextdoor app system platform intranet browser software'.split(' '));
/** Nouns after "is there a ..." that judge conduct rather than name a thing (the question is whether something is ok). */
const JUDGEMENT = '(problem|problems|issue|issues|harm|risk|risks|danger|reason|objection|objections|concern|concerns|difference|chance|need|point|wrong|rule|rules|policy|policies|line|guidance|requirement|requirements|restriction|restrictions|ban|limit|limits|guideline|guidelines|standard|provision|position|stance|exception|exceptions|penalty|consequence|consequences|anything|something|anyone|someone|one|way|option|setting|better)';
/** Verbs after "how do I" that ask how to judge or behave, not for steps. */
const JUDGING = '(know|tell|decide|judge|be|make sure|ensure|avoid|stay|keep|handle|deal|respond|reply|react|answer|approach|word|phrase|balance|protect|manage|come across)';
/** Verbs that carry little of the asked capability themselves ("make the writing bigger": the capability is "bigger"). */
const LIGHT = new Set('make get do have take give put go let keep use see try start turn find look work come back bk in on off up down away'.split(' '));
/** Words that end the asked part: a new clause or a second question ("... and do I need special software"). */
const CLAUSE_END = /\s(and|or|but|because|cos|as|if|so|when|since|while|then|also|otherwise|instead)\s/;
/** Heads of "is there a ..." that name a rule, a figure or a process: hedge-would-not-answer.ts's kind, not a thing. */
const RULE_NOUNS = new Set('position stance line provision mention reference statement rule rules standard standards deadline deadlines timescale timescales timeframe turnaround target targets limit limits time requirement requirements charge charges cost costs fee fees price list process procedure procedures workflow policy guidance guide protocol minimum maximum'.split(' '));
/**
 * Where "is there a <noun phrase>" ends: a preposition, a relative word, a verb-like joint, or the existential's
 * predicate ("is there a refresher running this spring", "any parking available").
 */
const NP_END = new Set(('for to of on about in at with from by that which who where when i we you they can could should would will is are ' +
  'available running coming happening going planned scheduled underway open free left needed required this next').split(' '));

/** Verbs of cost, belonging or scope: "does yammer cost anything" asks a fact a clause can state, not a capability. */
const STATIVE = '(cost|belong|count|matter|mean|need|require|apply|include|cover|fall|come under|contain|replace|count)';
/** "whether", or "if" after a verb of asking ("asked if there is a crisis plan"; not the conditional "if there is a big incident, ..."). */
const ASKING = '(whether|(asked|ask|asking|know|knows|wondering|wonder|wondered|check|checking|see|find out|tell me|sure) if)';

const FORMS: ReadonlyArray<[CapabilityKind, RegExp]> = [
  // Not after a wh-word ("what benefits does yammer bring", "how does yammer decide"): that asks what the policy says.
  ['feature', new RegExp(`^(?!.*\\b(what|how|which|why|who|where|when)\\b.*\\b(can|could|does|do|will|would) ${SOFTWARE}).*\\b(can|could|does|do|will|would) ${SOFTWARE} (?!(be|been|not|have been|${STATIVE}|\\w+s|\\w+ed)\\b)(?<asked>\\w+\\b.*)`)],
  ['feature', new RegExp(`\\bis ${SOFTWARE} able to (?<asked>.*)`)],
  // A person making the software do something, with a verb of settings and devices ("can i pin yammer to the taskbar",
  // "can i get yammer to stop emailing me", "can i make the text bigger on teams"): not "can i put the crest on facebook".
  ['setting', new RegExp(`\\b(can|could|do|would|will) (i|we|you|users|staff|people) (?<asked>(pin|install|sync|mute|unmute|enable|disable|resize|zoom|translate|turn (on|off)|switch (on|off)|get ${SOFTWARE} to)\\b.*)`)],
  // A fault report: "is yammer down", "why is facebook blocked on the force pcs", "teams keeps crashing".
  ['fault', new RegExp(`\\b${SOFTWARE} (is |are )?(not |still )?(?<asked>(down|working|loading|load|crashing|crashed|blocked|broken|slow|freezing|keeps|keep)\\b.*)`)],
  ['way', /\b(is|are) there (a|an|any) (\w+ )?(way|option|setting|button|feature|function|facility|shortcut|tool) (to|of|for|that|which|so) (?<asked>.*)/],
  ['way', /\bany (\w+ )?(way|option|setting|button|feature|shortcut) (to|of) (?<asked>.*)/],
  ['way', /\bis it possible (for (\w+ ){1,3})?to (?<asked>.*)/],
  ['exists', new RegExp(`\\b((is|are) there|${ASKING} there (is |are )?) ?(a|an|any|some) (?!${JUDGEMENT}\\b)(?<asked>.*)`)],
  ['exists', new RegExp(`\\b${ASKING} (we|the force|the organisation|police) (has|have|got|runs|run) (a|an|any|its own|our own) (?<asked>.*)`)],
  ['exists', /\b(do|does|have) (we|you|they|the force|the organisation|(\w+ )?police) (have|got|run|offer|provide|hold|keep) (a|an|any|some) (?<asked>.*)/],
  ['howto', new RegExp(`\\bhow (do|can|should) (i|we|you|one) (?!${JUDGING}\\b)(?<asked>.*)`)],
  ['howto', new RegExp(`\\bhow (would|could) (i|we) (?!${JUDGING}\\b)(?<asked>.*)`)],
  // "how to" opening the sentence only: inside one it is the content of a page or a post ("telling people how to reach the team").
  ['howto', new RegExp(`^ (so |and |but |ok |right )?how to (?!${JUDGING}\\b)(?<asked>.*)`)],
  ['howto', /\bwhere (do|can|would|should|could) (i|we|you) (?<asked>(find|get|see|look|download|access|change|go|sign|apply|book|register|set)\b.*)/],
];

/** Terms of address and sign-offs ("how do i get back on hun x"): not what is asked for. */
const ADDRESS = new Set('hun hon mate pal love luv x xx xxx ta boss guv sarge ma am sir'.split(' '));
/** A question about the policy document itself ("is there a named owner of this policy"): its header answers it. */
const ABOUT_THE_DOCUMENT = /\b(this|the|our|that) (\w+ media )?(policy|policies|guidance|guidelines|document)\b/;
/** A pronoun object: "how do i undo it" acts on something named elsewhere in the question. */
const PRONOUN = new Set('it them this that these those him her one'.split(' '));
const content = (w: string) => w !== '' && !STOP_WORDS.has(w) && !SOFTWARE_WORDS.has(w) && !ADDRESS.has(w) && !/^\d+$/.test(w);

function headOf(kind: CapabilityKind, askedText: string): Omit<CapabilityAsk, 'kind'> | undefined {
  const words = askedText.split(' ').filter(Boolean);
  const asked = words.filter(content);
  if (!asked.length) return undefined;
  if (kind === 'fault') return { asked, head: asked[0] };
  if (kind === 'exists') {
    const end = words.findIndex((w) => NP_END.has(w));
    const phrase = (end < 0 ? words : words.slice(0, end)).filter(content);
    const head = phrase[phrase.length - 1] ?? asked[0];
    // "is there a deadline / a set turnaround / a charge": a rule or a figure, which a clause states or does not.
    const np = (end < 0 ? words : words.slice(0, end)).filter((w) => w && !STOP_WORDS.has(w) && !/^\d+$/.test(w));
    // A participle before the noun says what state the thing is in ("a documented advantage", "a named contact"), not
    // what it is: the clause need not repeat it.
    return RULE_NOUNS.has(head) ? undefined : { asked, head, modifiers: np.filter((w) => w !== head && !/(ed|en)$/.test(w)) };
  }
  // Only light words ("how do i get back in"): what is asked is not in the words; no reading.
  const at = asked.findIndex((w) => !LIGHT.has(w));
  if (at < 0) return undefined;
  // Only a verb and a pronoun ("undo it", "fix this"): the thing acted on is named elsewhere; no reading.
  if (asked.length === 1 && at === 0 && PRONOUN.has(words[words.indexOf(asked[0]) + 1] ?? '')) return undefined;
  return { asked, head: asked[at], object: asked[at + 1] };
}

/** The first sentence of the question that asks in one of the forms, with what it asks for. */
export function capabilityAsk(question: string): CapabilityAsk | undefined {
  if (ABOUT_THE_DOCUMENT.test(` ${normaliseWords(question).join(' ')} `)) return undefined;
  for (const sentence of question.split(/[?!;:]|\.(\s|$)|\s[-–—]\s/)) {
    if (!sentence?.trim()) continue;
    const text = ` ${normaliseWords(sentence).join(' ')} `;
    for (const [kind, form] of FORMS) {
      const m = form.exec(text);
      if (!m?.groups) continue;
      const read = headOf(kind, ` ${m.groups.asked} `.split(CLAUSE_END)[0]);
      if (read) return { kind, ...read };
    }
  }
  return undefined;
}

/**
 * Whether the clause the engine found speaks to what is asked: `keys` 1 reads the head alone, 2 the head and its object
 * ("book" and "car" in "how do I book a pool car") or a noun phrase's every word ("tiktok account", "crisis plan"). A word is spoken to when one of the question's units the clause
 * answers (`mask`: bits by unit position, the first 31 units; clause-search.ts) carries it, through the vocabulary too.
 */
export function clauseSpeaksTo(ask: CapabilityAsk, units: readonly QueryUnit[], mask: number, keys = 2): boolean {
  const answered = new Set(units.flatMap((u, k) => (k < 31 && (mask >> k) & 1 ? u.label.split(' ') : [])));
  const words = keys >= 2 ? [ask.head, ...(ask.object ? [ask.object] : []), ...(ask.modifiers ?? [])] : [ask.head];
  return words.every((w) => answered.has(w));
}

/** A capability, procedure or existence ask (`capabilityAsk`) the closest clause does not speak to. */
export function asksUndescribed(question: string, units: readonly QueryUnit[], mask: number, keys = 2): boolean {
  const ask = capabilityAsk(question);
  return ask !== undefined && !clauseSpeaksTo(ask, units, mask, keys);
}

/**
 * The reading as the index applies it: an ask the closest clause (`mask`: the lexical top hit's answered units; `closest`:
 * its index in `clauseTexts`, whose own words are read too, hyphenated words joined) does not speak to, and - with `anyClause` - whose key words (stemmed; hyphenated words read joined too: "un-suspend") no
 * single clause of the policy holds all of: the policy then describes no such capability or thing anywhere.
 */
export function createCapabilityReader(clauseTexts: readonly string[]) {
  let stems: Set<string>[] | undefined;
  const clauseStems = () => (stems ??= clauseTexts.map((t) => new Set([...contentStems(t), ...contentStems(t.replace(/(\w)-(\w)/g, '$1$2'))])));
  return (question: string, units: readonly QueryUnit[], mask: number, keys: number, anyClause: boolean, closest?: number): boolean => {
    const ask = capabilityAsk(question);
    if (!ask || clauseSpeaksTo(ask, units, mask, keys)) return false;
    const wanted = (keys >= 2 ? [ask.head, ...(ask.object ? [ask.object] : []), ...(ask.modifiers ?? [])] : [ask.head]).map(stem);
    // The search splits "un-suspend" into two words, so its answered units can miss a word the closest clause does
    // write ("how do I get my account unsuspended" against "... to un-suspend their account"): read its own words too.
    if (closest !== undefined && closest < clauseTexts.length && wanted.every((w) => clauseStems()[closest].has(w))) return false;
    if (!anyClause) return true;
    return !clauseStems().some((c) => wanted.every((w) => c.has(w)));
  };
}
