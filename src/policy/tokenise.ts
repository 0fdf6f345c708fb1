import { stemmer } from 'stemmer';

/**
 * Shared text analysis for clauses and questions: lower-case, expand contractions and
 * phone shorthand, split on non-alphanumerics, drop stop words, Porter-stem.
 */

// Staff type on phones; a handful of shorthands carry meaning the stemmer cannot recover.
const SHORTHAND: Record<string, string> = {
  r: 'are', u: 'you', ur: 'your', cn: 'can', cud: 'could', ppl: 'people', pls: 'please', plz: 'please',
  im: 'i am', ive: 'i have', whats: 'what is', wats: 'what is', wot: 'what', thats: 'that is', theyre: 'they are',
  dont: 'do not', cant: 'can not', wont: 'will not', shouldnt: 'should not', isnt: 'is not', arent: 'are not',
  grp: 'group', grps: 'groups', msg: 'message', msgs: 'messages', vid: 'video', vids: 'videos', pic: 'picture',
  pics: 'pictures', dept: 'department', comms: 'communications', info: 'information', b4: 'before', '2day': 'today',
  tmrw: 'tomorrow', thru: 'through', abt: 'about',
};

export const STOP_WORDS = new Set(
  (
    'a about above after again all also am an and any anyone anything are as at be because been before being ' +
    'between both but by can could did do does doing done each either even for from further get got had has have having he her ' +
    'here hers herself him himself his how i if in into is it its itself just let like lol me might more most much must my myself no nor ' +
    'not now of off ok okay on once one only or other our ours ourselves out over own please pls really same shall she should ' +
    'so some such than that the their theirs them themselves then there these they this those through to too under until up us ' +
    'very was way we were what when where which while who whom whose why will with would yes yet you your yours yourself yourselves ' +
    'allowed alright fine able thing things stuff actually basically just maybe am need needs want go going ' +
    // "the following guidelines" is list glue, but Porter would make it "follow" (a Yammer feature).
    'following etc eg ie via may during instead without within across around towards among per unless whether else ' +
    // Conversational glue any chat message carries (greetings, hedges), not specific to any policy.
    'hi hello hey thanks thank cheers lol guys mate folks anyway actually basically really quick quickly wondering wonder'
  ).split(' '),
);

export function normaliseWords(text: string): string[] {
  const words = text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\bcan't\b/g, 'can not')
    .replace(/\bwon't\b/g, 'will not')
    .replace(/n't\b/g, ' not')
    .replace(/'(s|re|ve|ll|d|m)\b/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.flatMap((w) => (SHORTHAND[w] ?? w).split(' '));
}

// Porter maps "community" and "communication" to one stem; in this domain they mean different things
// (an external community versus the comms department), so keep them apart.
// Porter also strips "-ful" from "useful", leaving the stem of "use" (in nearly every question and clause).
const STEM_OVERRIDES: Record<string, string> = { community: 'communiti', communities: 'communiti', useful: 'useful', usefulness: 'useful' };

const stemCache = new Map<string, string>(Object.entries(STEM_OVERRIDES));

export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = stemmer(word);
    stemCache.set(word, s);
  }
  return s;
}

/** Content stems of a text, in order, duplicates kept (BM25 needs term frequency). */
export function contentStems(text: string): string[] {
  return normaliseWords(text)
    .filter((w) => !STOP_WORDS.has(w))
    .map(stem);
}
