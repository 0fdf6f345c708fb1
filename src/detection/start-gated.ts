import type { ScanContext } from './scan-context';

/**
 * Fifteenth session (speed): a regex tried only where a match can start. Where every alternative of a regex opens at a
 * word boundary with one of a known set of first words (a few also with a digit, or with an apostrophe: "'s", "'ve"),
 * the pre-pass's word starts of a cue family of those first words (cues.ts: one trie walk per word for every family) are
 * every position where the regex can match. The regex is tried at those positions only, as a sticky regex, in text
 * order; the first position that matches is where the unanchored search would have matched first (it tries positions
 * in order, and at each the same alternatives in the same order), so the match is the same. A start list may hold more
 * positions than needed (stems are read as prefixes), never fewer: each family is tested by sampling every alternative
 * of its regex (test/detection/speed-fifteenth-starts.test.ts).
 */
/** A regex tried only at given positions: the sticky copy of `re` (no other flag changes). */
export class StartGated {
  readonly sticky: RegExp;
  private compiled = false;
  constructor(
    readonly re: RegExp,
    /** The cue family whose words start every match (a family of first words). */
    readonly family: string,
    /** Whether a match can also start at a digit, or at an apostrophe. */
    readonly digits = false,
    readonly apostrophes = false,
  ) {
    this.sticky = new RegExp(re.source, re.flags.replace('g', '') + 'y');
  }

  /**
   * Sixteenth session (speed): the sticky regex, compiled to machine code by its first run. V8 compiles a regex first to
   * bytecode for its interpreter and to machine code at a later run, except when the first run reads a long subject (at
   * least 1,000 characters: V8's JSRegExp::kTierUpForSubjectLengthValue); so the first use reads COMPILE_SUBJECT. For
   * these large alternations the bytecode step was the dear one: operational use's request regex (5,600 characters) took
   * ~150-200 ms to its first answer through the bytecode step and ~16 ms straight to machine code; the action and named
   * incident regexes ~60-95 and ~33-45 ms against ~4 and ~3 ms (one process each, box at load ~10). Every gated regex
   * runs many times, so its bytecode was always thrown away. The run reads only position 0 of spaces, where no gated
   * regex can match (each starts at a word, digit or apostrophe), and changes how the regex is compiled, never what it matches.
   */
  ready(): RegExp {
    if (!this.compiled) {
      this.compiled = true;
      this.sticky.lastIndex = 0;
      this.sticky.exec(COMPILE_SUBJECT);
    }
    return this.sticky;
  }
}

/** A one-byte subject long enough for V8 to compile a regex's machine code at its first run (see StartGated.ready). */
export const COMPILE_SUBJECT = ' '.repeat(1000);

/**
 * Where regexes can start in one post's `text` (`ctx.lower`, or a copy with the same offsets: operational_use's head with
 * straight apostrophes): the pre-pass's word starts of each family, its digit starts, and the apostrophes (read on first use).
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
    const re = g.ready();
    const text = this.text;
    // Most reads have word starts only: one list, no merge.
    if (digits.length === 0 && marks.length === 0) {
      for (let w = 0; w < words.length; w++) {
        if (words[w] < from) continue;
        re.lastIndex = words[w];
        const m = re.exec(text);
        if (m !== null) return m;
      }
      return null;
    }
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

function positionsOf(text: string, c: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) out.push(i);
  return out;
}
