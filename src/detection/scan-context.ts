import type { DetectionConfig } from './config';
import { findNumberRuns, type NumberRun } from './number-runs';

/**
 * One post prepared once for all detectors: lower-cased copy for context look-ups,
 * cheap trigger flags, and number runs computed on first use.
 */
export class ScanContext {
  readonly lower: string;
  readonly hasDigit: boolean;
  private runsCache?: NumberRun[];

  constructor(
    readonly text: string,
    readonly config: DetectionConfig,
  ) {
    this.lower = text.toLowerCase();
    this.hasDigit = /\d/.test(text);
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
