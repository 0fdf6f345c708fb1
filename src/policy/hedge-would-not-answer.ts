import { normaliseWords } from './tokenise';

/**
 * Questions that an unsure answer ("I'm not sure I have understood... the closest clause says ...") does not answer.
 * When the engine is unsure it quotes the closest rule with "Did you mean...". For a yes/no question about conduct that
 * still helps: the asker learns the nearest rule and can judge. Two kinds of question it does not help, and for them
 * out-of-scope-judge.ts refuses on the none class's lean (`unhedgeableAt`) instead of its certainty (`abstainAt`):
 *
 * - a request for a **procedure, place, person or figure** ("how do I change ...", "where can I find ...", "who do I ask
 *   about ...", "what's the process for ...", "how many hours ..."): a conduct policy's clauses are rules; a rule about
 *   Yammer profiles quoted back to "how do I reset my Yammer password" answers nothing, nor does a rule without a number
 *   answer "how many", while the refusal names who to contact. A question about
 *   the policy document itself ("who do I contact about this policy") is left out: the policy's header answers it;
 * - a question **whether the policy addresses something** ("does the policy say anything about ...", "is there a rule
 *   on ...", "any force line on ..."): the asker already suspects it may not; when no clause answers it well, "the
 *   policy does not cover this" is the honest reply, and a hesitant quote of a neighbouring rule suggests it does.
 *
 * Read on the engine's normalised words (lower case, "'s" dropped: "what's" -> "what"), so shorthand and punctuation do
 * not matter.
 */
const PROCEDURE = [
  // "how do I change", "how can we apply", "how should I go about": a request for steps (not "how do I know whether").
  /\bhow (do|can|should|would|could) (i|we|you|staff|officers|they)\b(?! (know|tell|decide|judge|be sure)\b)/,
  // "how does it get approved", "how do placements get signed off".
  /\bhow (do|does) (\w+ ){1,3}get \w+(ed|en)\b/,
  // "where do I find", "where can we get", "where I find" (non-native word order).
  /\bwhere (do|can|should|would) (i|we)\b/,
  /\bwhere (i|we) (can |could )?(find|get|apply|go|look|see|download)\b/,
  // "who do I ask / contact / speak to", "who handles / approves / deals with", "who in payroll processes".
  /\bwho (do|should|can) (i|we) (ask|contact|speak|talk|see|ring|call|email|go|approach|report)\b/,
  /\bwho (at|in|from) (\w+ ){1,4}(handles|approves|deals|processes|signs|authorises|authorizes|manages|arranges|organises)\b/,
  /\bwho (handles|approves|deals with|processes|signs off|authorises|authorizes|arranges|organises)\b/,
  // "what's the process / procedure / form for" ("what's" is read as "what").
  /\bwhat (is )?the (\w+ )?(process|procedure|form|steps)\b/,
  // A figure: "how many hours", "how long do we keep", "how often", "how soon" - a rule without that figure is no answer.
  /\bhow (many|much|long|often|soon|quickly)\b/,
];
const ABOUT_THE_DOCUMENT = /\b(policy|policies|guidance|guidelines)\b/;

const WHETHER_ADDRESSED = [
  // "does the policy say / cover / mention / set out ...", asked as a yes/no question (not "what does the policy say").
  /(?<!\b(what|how|where|who|which|why|when|whom) )\b(does|do|will|would) (the|this|our|any) (policy|policies|guidance|document) (say|cover|mention|set|tell|address|include|deal|specify|state)\b/,
  // The same question with the document as the one that has, gives or contains the thing (sixteenth session): "does the
  // policy give us a house style", "does it offer any support", "does it contain a provision on ...", "make any reference
  // to". Not after a wh-word and its noun ("what examples does the policy give", "which platforms does it have in mind").
  /(?<!\b(what|how|where|who|which|why|when|whom) (\w+ ){0,4})\b(does|do|will|would) (the|this|our|any) (policy|policies|guidance|document) (give|offer|contain|provide|have|make|lay|touch)\b/,
  /(?<!\b(what|how|where|who|which|why|when|whom|does|do|will|would) )\b(the |this )?policy (say|says|cover|covers|mention|mentions|set|sets|tell|tells|address|addresses) (anything|something|how|whether|what)\b/,
  // "is there a rule / a force line / any guidance / a minimum ... on ...".
  // Sixteenth session: the other names of a written rule (a style guide, a provision, a stance, a protocol).
  /\b(is|are) there (a|an|any) (\w+ ){0,2}(rule|rules|policy|line|guidance|requirement|requirements|matrix|standard|guideline|guidelines|minimum|maximum|limit|guide|provision|position|stance|protocol|procedure|framework)\b/,
  // "is there anything in the policy about ...", "is there any mention in this guidance of ..." (sixteenth session).
  /\b(is|are) there (anything|something|any \w+) (in|within) (the|this|our) (policy|policies|guidance|document)\b/,
  // "is that covered in this policy anywhere?", "are texts to residents covered by the policy?" (sixteenth session).
  /\b(is|are) (\w+ ){1,6}(covered|mentioned|addressed|included) (by|in) (the|this|our|any) (policy|policies|guidance|document)\b/,
  // "any policy line on that?", "any force guidance on ...".
  /\bany (\w+ )?(policy|force) (line|rule|rules|guidance|position)\b/,
];

export function asksForProcedure(question: string): boolean {
  const text = ` ${normaliseWords(question).join(' ')} `;
  if (ABOUT_THE_DOCUMENT.test(text)) return false;
  return PROCEDURE.some((p) => p.test(text));
}

export function asksWhetherPolicyAddresses(question: string): boolean {
  const text = ` ${normaliseWords(question).join(' ')} `;
  return WHETHER_ADDRESSED.some((p) => p.test(text));
}

/** Either kind: a hedged closest-clause answer would not answer it. */
export function hedgeWouldNotAnswer(question: string): boolean {
  return asksForProcedure(question) || asksWhetherPolicyAddresses(question);
}
