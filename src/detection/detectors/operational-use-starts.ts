import type { ScanContext } from '../scan-context';
import { ACTION_ASK, INFO_ASK, NAMED_INCIDENT, RESOURCE, SCENE, STRONG_REQUEST, UNFOLDING } from './operational-use-vocabulary';

/**
 * Fifteenth session (speed): operational_use's costliest regexes read only where a match can start. Each of them opens
 * every alternative at a word boundary with one of a known set of first words (a few also with a digit, or with an
 * apostrophe: "'s", "'re", "'ve"). The pre-pass already records where each cue family's words start (one trie walk per
 * word for all families), so a family of first words per regex gives every position where the regex can match; the
 * regex is then tried at those positions only, as a sticky regex, in text order. The first position that matches is
 * where the unanchored search would have matched first (it tries positions in order, and at each the same alternatives
 * in the same order), so the match is the same. A start list may hold more positions than needed (stems are read as
 * prefixes: "unit" also starts "unity"), never fewer: test/detection/speed-fifteenth-starts.test.ts samples every
 * alternative of every regex here and compares with the plain search on every dev corpus.
 *
 * The families (stems of three letters or more read as prefixes, shorter ones as whole words; cues.ts):
 */
export const OPERATIONAL_USE_START_CUES = {
  // STRONG_REQUEST
  opStrongAt: [
    'all', 'any', 'more', 'other', 'nearest', 'available', 'spare', 'unit', 'arv', 'dog', 'patrol', 'crew', 'need', 'requir',
    'request', 'officer', 'assistance', 'backup', 'back', 'duty', 'inspector', 'sergeant', 'sgt', 'supervisor', 'ds', 'dc',
    'interpreter', 'polsa', 'negotiator', 'advis', 'anyone', 'anybody', 'someone', 'somebody', 'whoever', 'take', 'taking',
    'have', 'has', 'got', 'lost', 'losing', 'hold', 'keep', 'look', 'be', 'eyes', 'if', 'who', 'is', 'are', 'can', 'unable',
    'struggling', 'trying', 'not', 'page', 'ring', 'call', 'wake', 'get', 'raise', 'reach', 'en', 'stand', 'rv', 'rendezvous',
    'do', 'don', 'please', 'avoid', 'stay', 'check',
  ],
  // ACTION_ASK (and a digit: "2nd car take the junction")
  opActionAt: [
    'need', 'we', 'i', 'urgently', 'really', 'still', 'waiting', 'wait', 'can', 'could', 'is', 'any', 'someone', 'somebody',
    'team', 'will', 'would', 'who', 'mak', 'unable', 'struggling', 'trying', 'not', 'no', 'isn', 'has', 'have', 'shout',
    'please', 'pls', 'plz', 'everyone', 'everybody', 'circulat', 'take', 'relief', 'second', 'third', 'fourth', 'next',
    'another', 'other', 'spare', 'request', 'wanted', 'on', 'where',
  ],
  // INFO_ASK
  opInfoAt: ['who', 'does', 'do', 'has', 'have', 'is', 'can', 'could', 'would'],
  // UNFOLDING (and a digit: "20 mins ago")
  opUnfoldingAt: [
    'deploying', 'on', 'en', 'decamped', 'at', 'last', 'walking', 'heading', 'running', 'made', 'ongoing', 'in', 'kicking', 'just',
    'ten', 'twenty', 'thirty', 'still',
  ],
  // SCENE (and a digit, and an apostrophe: "'s here", "'ve just")
  opSceneAt: [
    'off', 'away', 'fled', 'decamped', 'ran', 'running', 'legged', 'deploy', 'on', 'en', 'spill', 'for', 'escalating', 'wandered',
    'at', 'last', 'walking', 'heading', 'made', 'an', 'one', 'two', 'three', 'few', 'in', 'ten', 'twenty', 'thirty', 'just',
    'ongoing', 'kicking', 'developing', 'unfolding', 'contained', 'still', 'is', 'are', 'has', 'have', 'not', 'nobody', 'no',
    'isn', 'aren', 'male', 'female', 'man', 'woman', 'lad', 'boy', 'girl', 'crowd', 'fans', 'group', 'youth', 'suspect',
    'offender', 'driver', 'he', 'she', 'they',
  ],
  // NAMED_INCIDENT (and a digit: "999 calls", and an apostrophe: "'ve lost him")
  opNamedAt: [
    'machete', 'prisoner', 'detainee', 'bedwatch', 'constant', 'self', 'trapped', 'mfh', 'cat', 'acting', 'at', 'child', 'firearm',
    'armed', 'gun', 'knife', 'knives', 'weapon', 'shot', 'stabb', 'shooting', 'bleeding', 'unconscious', 'overdose', 'misper',
    'missing', 'gbh', 'abh', 'disorder', 'stolen', 'dangerous', 'dog', 'loose', 'stray', 'escaped', 'bitten', 'mauled', 'shoplift',
    'drug', 'explosion', 'emergency', 'driv', 'road', 'run', 'ambulance', 'high', 'vulnerable', 'pursuit', 'rtc', 'collision',
    'crash', 'fatal', 'sudden', 'suspicious', 'unexplained', 'scream', 'wrong', 'concern', 'cfw', 'domestic', 'disturbance', 'fight',
    'squar', 'with', 'carrying', 'has', 'had', 'got', 'pulled', 'brandishing', 'waving', 'target', 'subject', 'have', 'we', 'just',
    'assault', 'robbery', 'burglary', 'break', 'kidnap', 'abduct', 'hostage', 'alarm', 'fire', 'flood', 'siege', 'suspicious',
    'bomb', 'cordon', 'lockdown', 'collapsed', 'threat', 'kicking', 'fail', 'expos', 'indecent', 'officer', 'on', 'section', 'rape',
    'silent', 'grade', 'critical', 'major',
  ],
  // RESOURCE
  opResourceAt: [
    'unit', 'patrol', 'officer', 'crew', 'resources', 'backup', 'back', 'ds', 'dc', 'sgt', 'sergeant', 'inspector', 'supervisor',
    'dog', 'arv', 'firearms', 'negotiator', 'polsa', 'pcso', 'specials', 'loggist', 'psu', 'callsign', 'scene', 'from', 'response',
    'anyone', 'anybody', 'someone', 'somebody',
  ],
};

export type StartFamily = keyof typeof OPERATIONAL_USE_START_CUES;

/** A regex tried only at given positions: the sticky copy of `re` (no other flag changes). */
export class StartGated {
  readonly sticky: RegExp;
  constructor(
    readonly re: RegExp,
    readonly family: StartFamily,
    /** Whether a match can also start at a digit, or at an apostrophe. */
    readonly digits = false,
    readonly apostrophes = false,
  ) {
    this.sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y');
  }
}

/**
 * Where the regexes can start in one post (operational_use's head of `ctx.lower`, which has the same offsets): the
 * pre-pass's word starts of each family, its digit starts, and the apostrophes (read on first use).
 */
export class PostStarts {
  private apostrophes?: number[];
  constructor(
    private readonly ctx: ScanContext,
    private readonly text: string,
  ) {}

  /** The first match of `g` at or after `from` (the unanchored search's answer), or null. */
  exec(g: StartGated, from = 0): RegExpExecArray | null {
    const words = this.ctx.cueStarts(g.family);
    const digits = g.digits ? this.ctx.digitStarts ?? NONE : NONE;
    const marks = g.apostrophes ? (this.apostrophes ??= positionsOf(this.text, "'")) : NONE;
    const re = g.sticky;
    const text = this.text;
    let i = 0;
    let j = 0;
    let k = 0;
    // Three sorted lists read in one merged order; a position in two lists is tried once.
    for (;;) {
      const a = i < words.length ? words[i] : Infinity;
      const b = j < digits.length ? digits[j] : Infinity;
      const c = k < marks.length ? marks[k] : Infinity;
      const p = Math.min(a, b, c);
      if (p === Infinity) return null;
      if (a === p) i++;
      if (b === p) j++;
      if (c === p) k++;
      if (p < from) continue;
      re.lastIndex = p;
      const m = re.exec(text);
      if (m !== null) return m;
    }
  }

  test(g: StartGated): boolean {
    return this.exec(g) !== null;
  }
}

const NONE: readonly number[] = [];

/** The regexes read this way (operational-use-passage.ts), each with its family and other starts. */
export const STRONG_AT = new StartGated(STRONG_REQUEST, 'opStrongAt');
export const ACTION_AT = new StartGated(ACTION_ASK, 'opActionAt', true);
export const INFO_AT = new StartGated(INFO_ASK, 'opInfoAt');
export const UNFOLDING_AT = new StartGated(UNFOLDING, 'opUnfoldingAt', true);
export const SCENE_AT = new StartGated(SCENE, 'opSceneAt', true, true);
export const NAMED_AT = new StartGated(NAMED_INCIDENT, 'opNamedAt', true, true);
export const RESOURCE_AT = new StartGated(RESOURCE, 'opResourceAt');
export const OPERATIONAL_USE_STARTS: readonly StartGated[] = [STRONG_AT, ACTION_AT, INFO_AT, UNFOLDING_AT, SCENE_AT, NAMED_AT, RESOURCE_AT];

function positionsOf(text: string, c: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) out.push(i);
  return out;
}
