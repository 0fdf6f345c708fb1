import { ACRONYMS, EVENT_NOUNS, PROPER_NOUNS, WORK_WORDS } from './lexicon';

/**
 * Just enough English to turn a topic into a status: base verbs to "-ing" forms ("review" ->
 * "reviewing"), "the" before a bare singular noun ("burglary project" -> "the burglary
 * project"), and finding the head noun of a phrase. No tagger: word lists and a few rules.
 */

export const DETERMINERS = new Set([
  'the', 'a', 'an', 'my', 'our', 'your', 'their', 'his', 'her', 'its', 'this', 'that', 'these', 'those',
  'some', 'any', 'all', 'each', 'every', 'no', 'another', 'both', 'several', 'many', 'few', 'lots', 'loads',
  'more', 'most', 'two', 'three', 'four', 'five', 'next', 'last', 'various', 'everyone', 'everything',
]);

/** Words that follow a verb (object or particle), so "review the plan" is a verb phrase. */
export const VERB_FOLLOWERS = new Set([
  ...DETERMINERS, 'up', 'out', 'through', 'over', 'into', 'together', 'off', 'back', 'around', 'round', 'it',
  'them', 'him', 'her', 'us', 'me', 'on', 'with', 'to', 'across', 'down', 'forward', 'ahead',
]);

export const BASE_VERBS = new Set([
  'review', 'sort', 'write', 'plan', 'organise', 'organize', 'prepare', 'update', 'finish', 'complete', 'draft',
  'build', 'set', 'look', 'put', 'arrange', 'deliver', 'run', 'test', 'check', 'develop', 'design', 'fix',
  'create', 'implement', 'train', 'recruit', 'audit', 'map', 'analyse', 'analyze', 'collate', 'compile',
  'present', 'coordinate', 'co-ordinate', 'support', 'lead', 'manage', 'chase', 'investigate', 'finalise',
  'finalize', 'refresh', 'tidy', 'scope', 'roll', 'launch', 'hand', 'book', 'schedule', 'research', 'evaluate',
  'assess', 'cover', 'process', 'rewrite', 'redesign', 'restructure', 'improve', 'streamline', 'clear',
  'tackle', 'prep', 'get', 'do', 'help', 'visit', 'interview', 'brief', 'mentor', 'tutor', 'read', 'sign',
  'pull', 'gather', 'collect', 'host', 'facilitate', 'chair', 'pilot', 'trial', 'promote', 'raise', 'reduce',
  'target', 'engage', 'consult', 'study', 'learn', 'teach', 'follow', 'close', 'open', 'start', 'begin',
  'shadow', 'backfill', 'source', 'procure', 'order', 'amend', 'rework', 'revamp', 'overhaul', 'migrate',
  'transfer', 'move', 'merge', 'link', 'share', 'discuss', 'find', 'make', 'fill', 'work', 'go', 'see',
]);

const GERUND_IRREGULAR: Record<string, string> = {
  run: 'running', plan: 'planning', set: 'setting', get: 'getting', put: 'putting', map: 'mapping',
  stop: 'stopping', chat: 'chatting', prep: 'prepping', drop: 'dropping', sit: 'sitting', swap: 'swapping',
  begin: 'beginning', audit: 'auditing', visit: 'visiting', edit: 'editing', see: 'seeing', be: 'being',
  shop: 'shopping', ship: 'shipping', scan: 'scanning', trial: 'trialling', model: 'modelling',
};

export function toGerund(verb: string): string {
  const lower = verb.toLowerCase();
  const irregular = GERUND_IRREGULAR[lower];
  if (irregular) return irregular;
  if (lower.endsWith('ie')) return `${lower.slice(0, -2)}ying`;
  if (/(?:ee|ye|oe)$/.test(lower)) return `${lower}ing`;
  if (lower.endsWith('e')) return `${lower.slice(0, -1)}ing`;
  return `${lower}ing`;
}

/** "-ing" words that are usually nouns: "the PACE training", "the briefing". */
export const ING_NOUNS = new Set([
  'training', 'briefing', 'meeting', 'building', 'offending', 'reoffending', 'policing', 'safeguarding',
  'sentencing', 'funding', 'housing', 'parking', 'spring', 'morning', 'evening', 'thing', 'something',
  'nothing', 'everything', 'string', 'ring', 'king', 'ceiling', 'wellbeing', 'well-being', 'learning',
  'shoplifting', 'profiling', 'vetting', 'debriefing', 'hearing', 'tasking', 'staffing', 'planning',
  'onboarding', 'mentoring', 'coaching', 'recording', 'reporting', 'listening', 'stalking', 'offering',
  'handling', 'marking', 'setting', 'booking', 'engagement', 'filing', 'landing', 'ceiling', 'wording',
]);

/** -ing nouns that take "the" ("the briefing"); the rest are uncountable ("PACE training"). */
const COUNTABLE_ING = new Set(['briefing', 'meeting', 'building', 'debriefing', 'hearing', 'recording', 'booking', 'landing']);

const MASS_NOUNS = new Set([
  'training', 'custody', 'response', 'policing', 'safeguarding', 'intelligence', 'data', 'evidence', 'research',
  'recruitment', 'vetting', 'wellbeing', 'guidance', 'performance', 'analysis', 'work', 'feedback',
  'information', 'planning', 'tasking', 'demand', 'crime', 'fraud', 'cyber', 'traffic', 'licensing',
  'disclosure', 'staffing', 'funding', 'housing', 'parking', 'learning', 'development', 'engagement',
  'communications', 'comms', 'admin', 'paperwork', 'correspondence', 'filing', 'neighbourhood', 'compliance',
  'governance', 'security', 'procurement', 'prevention', 'enforcement', 'investigation', 'leadership',
  'support', 'cover', 'overtime', 'prep', 'preparation', 'housekeeping', 'onboarding', 'mentoring', 'coaching',
  // Not mass nouns, but idiomatic without "the": "attending court", "in custody".
  'court', 'college', 'headquarters', 'hq',
]);

/** Adjectives and common words that start a noun phrase; safe to lower-case mid-sentence. */
const COMMON_STARTERS = new Set([
  'new', 'next', 'latest', 'old', 'annual', 'monthly', 'weekly', 'daily', 'quarterly', 'local', 'force',
  'final', 'draft', 'big', 'small', 'first', 'second', 'updated', 'revised', 'joint', 'internal', 'external',
  'national', 'regional', 'team', 'staff', 'officer', 'officers', 'another', 'some', 'more', 'lots',
]);

const PREPOSITIONS = new Set([
  'for', 'on', 'in', 'at', 'with', 'about', 'of', 're', 'to', 'from', 'by', 'into', 'over', 'under', 'around',
  'across', 'between', 'regarding', 'around', 'ahead', 'before', 'after', 'during', 'and', 'or', 'plus',
]);

const TRAILING_TIME = /\s+(?:tomorrow|today|tonight|later|soon|all (?:day|week|morning|afternoon)|this (?:week|weekend|morning|afternoon|evening|month)|next (?:week|month)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i;

const TIME_WORDS = new Set(['all', 'this', 'next', 'tomorrow', 'today', 'tonight', 'later', 'soon']);

/** A future time at the end ("next week", "tomorrow"): "Currently ..." would read wrongly. */
export function endsWithFutureTime(phrase: string): boolean {
  return /\b(?:tomorrow|tonight|later|soon|next (?:week|month)|(?:on|this|next) (?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i.test(phrase.trim());
}

export function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}

export function bare(word: string): string {
  return word.toLowerCase().replace(/^[^a-z0-9]+|[^a-z0-9'&-]+$/gi, '');
}

/** The noun the phrase is about: last word before the first preposition, ignoring "tomorrow". */
export function headNoun(phrase: string): string {
  const ws = words(phrase.replace(TRAILING_TIME, ''));
  let head = ws[0] ?? '';
  for (let i = 0; i < ws.length; i++) {
    const w = bare(ws[i] ?? '');
    if (i > 0 && (PREPOSITIONS.has(w) || TIME_WORDS.has(w))) break;
    head = w;
    if (/[,;:]$/.test(ws[i] ?? '')) break;
  }
  return bare(head).replace(/'s$/, '');
}

export function hasEventNoun(phrase: string): boolean {
  const head = headNoun(phrase);
  if (EVENT_NOUNS.has(head)) return true;
  // "the MARAC", "the NPCC conference on Monday": any event noun before a preposition counts.
  return words(phrase.replace(TRAILING_TIME, '')).some((w) => ['marac', 'mappa', 'conference', 'meeting', 'briefing', 'seminar', 'workshop', 'webinar', 'court'].includes(bare(w)));
}

/** Adds "the" where English needs one: "burglary project" -> "the burglary project". */
export function withArticle(np: string): string {
  const ws = words(np);
  const first = ws[0];
  if (first === undefined) return np;
  const firstBare = bare(first);
  if (DETERMINERS.has(firstBare) || /^\d/.test(firstBare) || /'s$/.test(firstBare)) return np;
  if (/^(?:op|operation)$/i.test(firstBare) && ws.length <= 2) return np;
  const head = headNoun(np);
  if (ws.length === 1 && /^[A-Z]/.test(first) && !ACRONYMS.has(firstBare)) return np;
  if (MASS_NOUNS.has(head)) return np;
  if (head.endsWith('ing') && !COUNTABLE_ING.has(head)) return np;
  if (/[^s]s$/.test(head) && !/(?:us|is|ss)$/.test(head)) return np;
  // A lone acronym is usually a subject area: "working on ASB", not "on the ASB".
  if (ws.length === 1 && ACRONYMS.has(firstBare)) return np;
  return `the ${np}`;
}

/** Lower-cases a sentence-initial capital that the phrase no longer needs mid-sentence. */
export function lowerFirstWord(phrase: string): string {
  const match = /^([A-Z][a-z'-]+)(\b.*)$/s.exec(phrase);
  if (!match) return phrase;
  const [, first = '', rest = ''] = match;
  const lower = first.toLowerCase();
  if (PROPER_NOUNS.has(lower) || /^(?:Op|Operation)$/.test(first)) return phrase;
  const common =
    DETERMINERS.has(lower) || COMMON_STARTERS.has(lower) || BASE_VERBS.has(lower) || WORK_WORDS.has(lower) ||
    EVENT_NOUNS.has(lower) || MASS_NOUNS.has(lower) || /(?:ing|ed)$/.test(lower) || PREPOSITIONS.has(lower);
  return common ? lower + rest : phrase;
}

export function capitaliseFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
