import type { StatusIntent } from './types';
import {
  BASE_VERBS, ING_NOUNS, VERB_FOLLOWERS, bare, hasEventNoun, lowerFirstWord, toGerund, withArticle, words,
} from './grammar';

/**
 * Turns a cleaned topic into a phrase the templates can use, and picks up what the person
 * asked for on the way ("..., need help!!" -> ask for experience).
 *
 * - vp:    "reviewing the ASB plan"       -> "Currently reviewing the ASB plan."
 * - np:    "the burglary project"         -> "Currently working on the burglary project."
 * - event: "the NPCC conference"          -> "Attending the NPCC conference, ..."
 * - done:  "finished the custody audit"   -> "Recently finished the custody audit."
 */
export type PhraseKind = 'vp' | 'np' | 'event' | 'done';

export interface TopicPhrase {
  kind: PhraseKind;
  /** vp: gerund phrase; np/event: noun phrase with article; done: past-tense phrase. */
  text: string;
  /** What the phrase is about, usable after a preposition ("advice on <about>"). */
  about: string;
}

export interface ParsedTopic {
  phrase: TopicPhrase;
  cue?: StatusIntent;
}

const COLLAB_CUE = /\b(?:collaborat\w*|team up|get involved|join (?:me|us|in)|volunteers?|(?:looking for|need|needs|seeking|want|after)\s+(?:some\s+|more\s+)?(?:colleagues|people|volunteers|collaborators|helpers|partners|others|a team|team members)|anyone (?:want|wants|fancy|interested|keen)|interested in (?:joining|helping))\b/i;
const ASK_CUE = /(?:^(?:(?:i|we)\s+)?(?:need|needs|needed|want|would like|looking for|seeking|after|welcome|appreciate|could use|could do with)\s+(?:some\s+|any\s+)?(?:help|advice|input|ideas|tips|experience|pointers|thoughts|suggestions)|^(?:any|some)\s+(?:help|advice|ideas|tips|thoughts|input|pointers|experience|suggestions)\b|^(?:can|could|does|do|has|have|is|would)\s+(?:any|some)(?:one|body)\b|^(?:anyone|anybody|who)\b|^help\b|\b(?:help|advice|input)\s+(?:needed|wanted|welcome|appreciated|please)\b|\?$)/i;
const ASK_TOPIC = /\b(?:help|advice|advise|experience|ideas|tips|thoughts|pointers|input|suggestions|recommendations|insight|knowledge|know|knows|done|tried)\s+(?:with|on|of|about|for|re|regarding|around|in)\s+(.+)$/i;
const COLLAB_TOPIC = /\b(?:collaborat\w*|help|work|working|join|joining|involved|interested|team up|colleagues|people|volunteers|collaborators|helpers|partners|others)\s+(?:on|with|in|for)\s+(.+)$/i;
const HOW_TO = /\b(?:know\s+)?how\s+(?:to|do\s+(?:i|we|you)|can\s+(?:i|we))\s+(.+)$/i;
const QUESTION_LEAD = /^(?:what'?s the best way to|best way to|where can (?:i|we) find|who knows about|is there)\s+/i;
const DEICTIC = /^(?:this|that|it|these|those)(?:\s+(?:topic|one|area|stuff|thing|subject|work))?$/i;
const PROGRESS_ONLY = /^(?:(?:it'?s|it is|things are|all)\s+)?(?:going well|nearly (?:done|finished|there)|almost (?:done|finished|there)|on track|progressing(?: well)?|(?:good|great|some|real) progress(?: so far)?|will (?:keep you (?:posted|updated)|update|share)\w*.*|happy to share.*|more soon)$/i;
const PROGRESS_LEAD = /^(?:making|made|good|great|some)\s+(?:good\s+|great\s+|real\s+|some\s+)?progress\s+(?:on|with)\s+(.+)$/i;

const SUBJECT = /^(?:i'm|i am|im|we're|we are|i've been|we've been|i have been|we have been|i'll be|we'll be|i will be|we will be|i was|we were|(?:(?:the|my|our)\s+)?team (?:is|are|has been|have been|will be)|i|we)\s+/i;
// "got an Op Falcon brief later": having an event is attending it.
const HAVE = /^(?:(?:i|we)(?:'ve| have)?\s+)?(?:got|have got|have|has)\s+(?=(?:a|an|the|my|our|some)\s)/i;
const AUX = /^(?:am|are|is|been|have been|has been|will be|was|were|still|also|now|busy|today|this week|this morning|this afternoon)\s+/i;
const MODAL = /^(?:need to|needs to|have to|has to|got to|must|should|want to|wants to|would like to|hope to|plan to|going to|about to|aim to|will|gonna)\s+(\S+)(.*)$/i;
const EVENT_LEAD = /^(?:attending|attend|going to|off to|heading (?:off )?to|on (?:my|the) way to|at|in|joining|join|dialling into|dialing into|sitting in on|sitting on|be at|be attending|prepping for|preparing for|getting ready for|presenting at|speaking at)\s+(.+)$/i;
const DONE_LEAD = /^(?:(?:i|we)(?:'ve| have)\s+|have\s+|has\s+)?(finished|completed|launched|delivered|wrapped up|rolled out|signed off|submitted|published|finalised|finalized|sorted|passed|closed|cleared|went live with|gone live with)\s+(.+)$/i;

// Splits after sentence punctuation but keeps it on the clause, so a question still ends in "?".
const SPLIT = /(?<=[.!?;])\s+|,\s+|\s+[-–—]\s+|\s+(?:and|but|so)\s+(?=(?:i\s+|we\s+)?(?:need|want|would|looking|any|anyone|anybody|could|can|does|has|if|happy|keen|will|nearly|almost|making progress|it'?s going)\b)/i;

export function parseTopic(cleaned: string): ParsedTopic | undefined {
  let cue: StatusIntent | undefined;
  const topicClauses: string[] = [];
  for (const raw of cleaned.split(SPLIT)) {
    const clause = raw.trim().replace(/[.,;:!]+$/, '').replace(/\?+$/, '?');
    if (clause === '') continue;
    if (COLLAB_CUE.test(clause)) {
      cue = 'collaborators';
      const embedded = COLLAB_TOPIC.exec(clause)?.[1];
      if (embedded && !COLLAB_CUE.test(embedded)) topicClauses.push(embedded);
      continue;
    }
    const question = /\?$/.test(clause);
    if (ASK_CUE.test(clause.replace(/\?$/, '')) || question) {
      cue ??= 'ask_experience';
      const bareClause = clause.replace(/\?$/, '');
      const embedded = (HOW_TO.exec(bareClause)?.[1] ?? ASK_TOPIC.exec(bareClause)?.[1])?.trim();
      // "Does anybody have any experience of this topic?" refers back; it adds no topic.
      if (embedded && !DEICTIC.test(embedded)) topicClauses.push(embedded);
      else if (!embedded && !ASK_CUE.test(bareClause)) topicClauses.push(bareClause.replace(QUESTION_LEAD, ''));
      continue;
    }
    if (PROGRESS_ONLY.test(clause)) {
      cue ??= 'share_progress';
      continue;
    }
    const progress = PROGRESS_LEAD.exec(clause);
    if (progress?.[1]) {
      cue ??= 'share_progress';
      topicClauses.push(progress[1]);
      continue;
    }
    topicClauses.push(clause);
  }
  const [main, ...rest] = topicClauses;
  if (main === undefined) return undefined;
  const phrase = parsePhrase(main, rest);
  if (phrase === undefined) return undefined;
  if (cue === undefined && phrase.kind === 'done') cue = 'share_progress';
  return { phrase, ...(cue ? { cue } : {}) };
}

function parsePhrase(main: string, rest: string[]): TopicPhrase | undefined {
  let text = stripSubject(main);
  const tail = rest.length > 0 ? `, ${rest.join(', ')}` : '';
  if (text === '') return undefined;

  const done = DONE_LEAD.exec(text);
  if (done?.[1] && done[2]) {
    const object = lowerFirstWord(done[2]) + tail;
    return { kind: 'done', text: `${done[1].toLowerCase()} ${object}`, about: object };
  }

  const modal = MODAL.exec(text);
  if (modal?.[1]) {
    const verb = bare(modal[1]);
    const lead = text.slice(0, text.length - modal[1].length - (modal[2]?.length ?? 0)).trim().toLowerCase();
    if (lead === 'going to' && !BASE_VERBS.has(verb)) {
      // "going to the NPCC conference": an event, handled below.
    } else if (BASE_VERBS.has(verb) || !VERB_FOLLOWERS.has(verb)) {
      const vp = `${lead === 'going to' ? 'preparing to ' + verb : toGerund(verb)}${modal[2] ?? ''}`;
      return verbPhrase(vp + tail);
    }
  }

  const event = EVENT_LEAD.exec(text);
  // "presenting at the NPCC conference" keeps its verb: presenting is not just attending.
  if (event?.[1] && /^(?:presenting|speaking|prepping|preparing|getting)/i.test(text)) return verbPhrase(lowerFirstWord(text) + tail);
  if (event?.[1]) {
    const target = lowerFirstWord(event[1]);
    const lead = text.slice(0, text.length - event[1].length).trim().toLowerCase();
    if (hasEventNoun(target) || /^(?:attend|joining|join|dial|sitting|be attending)/.test(lead)) {
      const np = withArticle(target) + tail;
      return { kind: 'event', text: np, about: np };
    }
    if (/^(?:at|in)$/.test(lead)) text = event[1];
  }

  const ws = words(text);
  const first = bare(ws[0] ?? '');
  const next = bare(ws[1] ?? '');
  if (first.length >= 5 && first.endsWith('ing') && (!ING_NOUNS.has(first) || VERB_FOLLOWERS.has(next))) {
    return verbPhrase(lowerFirstWord(text) + tail);
  }
  if (BASE_VERBS.has(first) && ws.length > 1 && VERB_FOLLOWERS.has(next)) {
    return verbPhrase(toGerund(first) + text.slice((ws[0] ?? '').length) + tail);
  }

  const np = withArticle(lowerFirstWord(text)) + tail;
  if (hasEventNoun(text)) return { kind: 'event', text: np, about: np };
  return { kind: 'np', text: np, about: np };
}

function verbPhrase(vp: string): TopicPhrase {
  // "advice on working on the rota" reads badly; what it is about is "the rota".
  const about = /^(?:working|busy) on (.+)$/i.exec(vp)?.[1] ?? vp;
  return { kind: 'vp', text: vp, about };
}

function stripSubject(text: string): string {
  let out = text.trim();
  let previous = '';
  while (previous !== out) {
    previous = out;
    out = out.replace(SUBJECT, '').replace(AUX, '').replace(HAVE, '').trim();
  }
  return out;
}
