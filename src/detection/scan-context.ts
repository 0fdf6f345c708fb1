import { FAMILIES_PER_WORD, prepass, type CueTable } from './cues';
import { findNumberRuns, type NumberRun } from './number-runs';
import { isCurrent, readSharedWords, type Words } from './words';
import { readTables, type TableLayout } from './table-cells';

/** What the pre-pass reads with, built once from the detector modules (registry.ts). */
export interface ScanTables {
  cues: CueTable;
  /** Hash filter over words detectors asked for (DetectorModule.terms). */
  terms?: Uint32Array;
}

/** The part of the configuration detectors read. */
export interface ScanSettings {
  allowedEmailDomains: readonly string[];
}

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * One post prepared once for all detectors: a single pre-pass over the characters
 * sets trigger flags, letter/digit boundaries and keyword cues (so detectors whose
 * trigger is absent cost nothing and the others only look near their cues), a
 * lower-cased copy serves context look-ups, and number runs are computed on first use.
 */
export class ScanContext {
  readonly lower: string;
  readonly hasDigit: boolean;
  readonly hasUpper: boolean;
  readonly hasLetter: boolean;
  /** A letter and a digit side by side ("WS15", "KX19", "453V", "GB29"): postcodes, plates, IBANs, licences need one. */
  readonly hasLetterDigit: boolean;
  /** Offsets where a letter and a digit meet ("WS|15", "45|3V"): where postcodes and plates can be. */
  readonly letterDigitPositions: number[];
  /** Offsets of a digit after a letter and one space ("mk |63"). */
  readonly letterSpaceDigitPositions: number[];
  /** How many '.' follow a digit: an IPv4 address needs three. */
  readonly digitDots: number;
  /** How many '/' follow a digit ("24/118734", "11/03"). */
  readonly digitSlashes: number;
  private readonly cueBits: number;
  /** The cue bits of families 31 to 61 (cues.ts, FAMILIES_PER_WORD). */
  private readonly cueBitsHigh: number;
  /** Word offsets per family index (those of the high word's families filled from highWords on first use). */
  private readonly cueStartLists: Array<number[] | undefined>;
  /** The pre-pass's words of high-word families: offset, then bits (cues.ts, Prepass.highWords). */
  private readonly highWords: number[];
  /** Word offsets whose hash may be a health term's first word or a body part (checked exactly by the health detector). */
  readonly termCandidates: number[];
  private runsCache?: NumberRun[];
  /** Offsets where a digit follows a non-digit (from the pre-pass; undefined for a post without letters). */
  readonly digitStarts?: number[];
  private runAfterLetterCache?: boolean;
  private wordsCache?: Words;
  private tableCache?: TableLayout;

  constructor(
    readonly text: string,
    readonly config: ScanSettings,
    private readonly tables: ScanTables,
    /**
     * Whether detectors may skip work on what the pre-pass found absent (EngineOptions.prefilter):
     * off, every gate inside a detector runs its regexes too, so the equivalence test covers them.
     */
    readonly prefilter = true,
  ) {
    // Text without letters (a wall of digits, spaces or '@') needs no word pass at all;
    // the native regex answers that far faster than the loop below.
    const letters = /[A-Za-z\u00C0-\uFFFF]/.test(text);
    let lowered = letters ? text.toLowerCase() : text;
    // A few characters change length when lower-cased ("İ"); offsets must line up with text.
    if (lowered.length !== text.length) lowered = text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
    this.lower = lowered;
    const pre = letters ? prepass(lowered, tables.cues, tables.terms) : undefined;
    this.termCandidates = pre ? pre.termCandidates : NONE;
    this.letterDigitPositions = pre ? pre.letterDigitPositions : NONE;
    this.letterSpaceDigitPositions = pre ? pre.letterSpaceDigitPositions : NONE;
    this.digitDots = pre ? pre.digitDots : 0;
    this.digitSlashes = pre ? pre.digitSlashes : 0;
    this.digitStarts = pre?.digitStarts;
    this.cueBits = pre ? pre.cueBits : 0;
    this.cueBitsHigh = pre ? pre.cueBitsHigh : 0;
    this.cueStartLists = pre ? pre.cueStarts : [];
    this.highWords = pre ? pre.highWords : NONE;
    const digit = pre ? pre.hasDigit : /\d/.test(text);
    this.hasDigit = digit;
    this.hasUpper = letters && /[A-Z]/.test(text);
    this.hasLetter = letters;
    this.hasLetterDigit = this.letterDigitPositions.length > 0;
  }

  get runs(): NumberRun[] {
    if (!this.runsCache) this.runsCache = this.hasDigit ? findNumberRuns(this.text, this.digitStarts) : [];
    return this.runsCache;
  }

  /** The words of the post (words.ts), read on first use by the rules that walk words: one pass for all of them. */
  get words(): Words {
    // Read into a buffer shared by all posts (no allocation per post); read again if another post's words replaced them.
    if (this.wordsCache === undefined || !isCurrent(this.wordsCache)) this.wordsCache = readSharedWords(this.text);
    return this.wordsCache;
  }

  /** True when the post has a word from the given cue family (declared by a detector module). */
  has(family: string): boolean {
    const i = this.tables.cues.index(family);
    return i < FAMILIES_PER_WORD ? (this.cueBits & (1 << i)) !== 0 : (this.cueBitsHigh & (1 << (i - FAMILIES_PER_WORD))) !== 0;
  }

  /** True when the post has a word from any of the families (their bits are OR-ed once per family list and kept). */
  hasAny(families: readonly string[]): boolean {
    const [low, high] = this.tables.cues.bits(families);
    return (this.cueBits & low) !== 0 || (this.cueBitsHigh & high) !== 0;
  }

  /** Offsets of the words of a cue family. */
  cueStarts(family: string): number[] {
    const i = this.tables.cues.index(family);
    if (i < FAMILIES_PER_WORD || this.cueStartLists[i] !== undefined) return this.cueStartLists[i] ?? NONE;
    const bit = 1 << (i - FAMILIES_PER_WORD);
    if ((this.cueBitsHigh & bit) === 0) return NONE;
    const starts: number[] = [];
    for (let k = 0; k < this.highWords.length; k += 2) if ((this.highWords[k + 1] & bit) !== 0) starts.push(this.highWords[k]);
    return (this.cueStartLists[i] = starts);
  }

  /** Offsets of every '/' (PNC IDs and CRO numbers hinge on one). */
  slashPositions(): number[] {
    const out: number[] = [];
    let i = this.text.indexOf('/');
    while (i >= 0) {
      out.push(i);
      i = this.text.indexOf('/', i + 1);
    }
    return out;
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

  /**
   * The label of the text before `start` as a form gives it: the header of the table column whose cell starts at
   * `start` ("sort code: " for a CSV column "sort_code", table-cells.ts), else the lower-cased text before it.
   */
  fieldBefore(start: number, width = 40): string {
    const header = this.tableLayout.labels.get(start);
    if (header !== undefined) return `${header}: `;
    // Fifteenth session: a system's field name joins its words by '_' ("crime_ref=...", "passport_no: ..."), read as
    // spaces as a table header's are (same length, so offsets hold).
    const before = this.before(start, width);
    return before.indexOf('_') < 0 ? before : before.replace(/_/g, ' ');
  }

  /** Whether a table's header cell starts at `start` (a column's title, table-cells.ts). */
  isTableHeaderCell(start: number): boolean {
    return this.tableLayout.headerStarts.has(start);
  }

  /** The post's tables, read on first use: one pass serves both the labels and the header cells. */
  private get tableLayout(): TableLayout {
    return (this.tableCache ??= readTables(this.text));
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

const NONE: number[] = [];
