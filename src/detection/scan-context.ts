import type { DetectionConfig } from './config';
import { findCues } from './cues';
import { findNumberRuns, type NumberRun } from './number-runs';

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * One post prepared once for all detectors: a single pre-pass over the characters
 * sets trigger flags (so detectors whose trigger is absent cost nothing), a lower-cased
 * copy serves context look-ups, and number runs are computed on first use.
 */
export class ScanContext {
  readonly lower: string;
  readonly hasDigit: boolean;
  readonly hasUpper: boolean;
  readonly hasLetter: boolean;
  /** A letter and a digit side by side ("WS15", "KX19", "453V", "GB29"): postcodes, plates, IBANs, licences need one. */
  readonly hasLetterDigit: boolean;
  private runsCache?: NumberRun[];
  private runAfterLetterCache?: boolean;
  private cuesCache?: number;

  constructor(
    readonly text: string,
    readonly config: DetectionConfig,
  ) {
    let digit = false;
    let upper = false;
    let lower = false;
    let letterDigit = false;
    let prevLetter = false;
    let prevDigit = false;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        digit = true;
        if (prevLetter) letterDigit = true;
        prevLetter = false;
        prevDigit = true;
      } else if (c >= 65 && c <= 90) {
        upper = prevLetter = true;
        if (prevDigit) letterDigit = true;
        prevDigit = false;
      } else if ((c >= 97 && c <= 122) || c > 191) {
        lower = prevLetter = true;
        if (prevDigit) letterDigit = true;
        prevDigit = false;
      } else {
        prevLetter = prevDigit = false;
      }
      if (letterDigit && upper && lower) break;
    }
    this.hasDigit = digit;
    this.hasUpper = upper;
    this.hasLetter = upper || lower;
    this.hasLetterDigit = letterDigit;
    this.lower = this.hasLetter ? text.toLowerCase() : text;
  }

  get runs(): NumberRun[] {
    if (!this.runsCache) this.runsCache = this.hasDigit ? findNumberRuns(this.text) : [];
    return this.runsCache;
  }

  /** True when the post has a word from the given Cue family (see cues.ts). */
  has(cue: number): boolean {
    if (this.cuesCache === undefined) this.cuesCache = this.hasLetter ? findCues(this.lower) : 0;
    return (this.cuesCache & cue) !== 0;
  }

  /**
   * True when some number run starts right after a letter (or a letter and a space):
   * the shape of NI numbers, IBANs and licence numbers ("NH 23 45 67", "GB29 NWBK 6016", "MORGA753116").
   */
  get hasRunAfterLetter(): boolean {
    if (this.runAfterLetterCache === undefined) {
      this.runAfterLetterCache = this.runs.some((r) => {
        const a = r.start > 0 ? this.text.charCodeAt(r.start - 1) : 0;
        const b = r.start > 1 ? this.text.charCodeAt(r.start - 2) : 0;
        return isLetter(a) || (a === 32 && isLetter(b));
      });
    }
    return this.runAfterLetterCache;
  }

  /** The lower-cased text just before `start` (up to `width` chars). */
  before(start: number, width = 40): string {
    return this.lower.slice(Math.max(0, start - width), start);
  }

  /** The lower-cased text just after `end` (up to `width` chars). */
  after(end: number, width = 40): string {
    return this.lower.slice(end, end + width);
  }

  /** True when `re` matches in the window around [start, end). */
  near(re: RegExp, start: number, end: number, width = 40): boolean {
    return re.test(this.before(start, width)) || re.test(this.after(end, width));
  }
}
