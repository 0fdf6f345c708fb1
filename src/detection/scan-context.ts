import type { DetectionConfig } from './config';
import { findNumberRuns, type NumberRun } from './number-runs';

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
  private runsCache?: NumberRun[];

  constructor(
    readonly text: string,
    readonly config: DetectionConfig,
  ) {
    let digit = false;
    let upper = false;
    let lower = false;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) digit = true;
      else if (c >= 65 && c <= 90) upper = true;
      else if ((c >= 97 && c <= 122) || c > 191) lower = true;
      if (digit && upper && lower) break;
    }
    this.hasDigit = digit;
    this.hasUpper = upper;
    this.hasLetter = upper || lower;
    this.lower = this.hasLetter ? text.toLowerCase() : text;
  }

  get runs(): NumberRun[] {
    if (!this.runsCache) this.runsCache = this.hasDigit ? findNumberRuns(this.text) : [];
    return this.runsCache;
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
