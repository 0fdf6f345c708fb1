/**
 * An exact, load-independent measure of regex work for `npm run bench:detect`: every RegExp
 * exec (test, match, replace and split go through it) is counted, with the characters the
 * engine advanced (from where the search started to the end of the match, or to the end of
 * the input when nothing matched). The same measure backs test/detection/linear-work.test.ts.
 */
export interface RegexWork {
  calls: number;
  chars: number;
}

export function regexWork(fn: () => void): RegexWork {
  const native = RegExp.prototype.exec;
  const work: RegexWork = { calls: 0, chars: 0 };
  RegExp.prototype.exec = function exec(this: RegExp, input: string): RegExpExecArray | null {
    const s = String(input);
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const m = native.call(this, s);
    work.calls++;
    if (this.sticky) work.chars += m ? m[0].length + 1 : 1;
    else work.chars += m ? m.index + m[0].length - from + 1 : s.length - from + 1;
    return m;
  };
  try {
    fn();
  } finally {
    RegExp.prototype.exec = native;
  }
  return work;
}
