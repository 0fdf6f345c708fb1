/**
 * Representative strings a regex matches, one or more per branch: every alternative of
 * every group is taken at least once, optional parts both present and absent, character
 * classes by a representative character (each character of a small class). Enough to
 * check that a prefilter's cue words cover every way a detector's regex can match.
 * Covers the syntax the detectors use: literals, groups, lookarounds (matched as empty),
 * classes, escapes, quantifiers. Not a general regex engine.
 */
const CAP = 4000;

type Node = () => string[];

export function regexSamples(re: RegExp): string[] {
  const src = re.source;
  let i = 0;

  function disjunction(): string[] {
    const out = [...sequence()];
    while (src[i] === '|') {
      i++;
      out.push(...sequence());
    }
    return [...new Set(out)];
  }

  function sequence(): string[] {
    let acc = [''];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') acc = combine(acc, quantified());
    return acc;
  }

  /** The full product while it stays small; past CAP, each variant of each side at least once. */
  function combine(a: string[], b: string[]): string[] {
    if (a.length * b.length <= CAP) return a.flatMap((x) => b.map((y) => x + y));
    const n = Math.max(a.length, b.length);
    return Array.from({ length: n }, (_, k) => a[k % a.length] + b[k % b.length]);
  }

  function quantified(): string[] {
    const atomic = atom();
    let min = 1;
    let max = 1;
    const q = /^(?:\?|\*|\+|\{(\d+)(?:(,)(\d*))?\})\??/.exec(src.slice(i));
    if (q) {
      i += q[0].length;
      const head = q[0][0];
      if (head === '?') [min, max] = [0, 1];
      else if (head === '*') [min, max] = [0, 2];
      else if (head === '+') [min, max] = [1, 2];
      else {
        min = Number(q[1]);
        max = q[2] ? (q[3] ? Number(q[3]) : min + 1) : min;
      }
    }
    const variants = atomic();
    const out: string[] = [];
    for (const copies of new Set([min, Math.min(max, min + 1)])) {
      let acc = [''];
      for (let k = 0; k < copies; k++) acc = combine(acc, variants);
      out.push(...acc);
    }
    return [...new Set(out)];
  }

  function atom(): Node {
    const c = src[i];
    if (c === '(') {
      i++;
      const look = /^\?(?:=|!|<=|<!)/.exec(src.slice(i));
      if (look) {
        i += look[0].length;
        disjunction();
        i++; // ')'
        return () => [''];
      }
      if (src.startsWith('?:', i)) i += 2;
      const inner = disjunction();
      i++; // ')'
      return () => inner;
    }
    if (c === '[') return charClass();
    if (c === '\\') {
      const e = src[i + 1];
      i += 2;
      if (e === 'b' || e === 'B') return () => [''];
      if (e === 'd') return () => ['5'];
      if (e === 'w') return () => ['x'];
      if (e === 's') return () => [' '];
      if (e === 'D' || e === 'W' || e === 'S') return () => [e === 'S' ? 'x' : ' '];
      return () => [e];
    }
    i++;
    if (c === '^' || c === '$') return () => [''];
    if (c === '.') return () => [' '];
    return () => [c];
  }

  function charClass(): Node {
    i++; // '['
    const negated = src[i] === '^';
    if (negated) i++;
    const chars: string[] = [];
    let ranges = false;
    while (src[i] !== ']') {
      let ch = src[i];
      if (ch === '\\') {
        const e = src[i + 1];
        ch = e === 'd' ? '5' : e === 'w' ? 'x' : e === 's' ? ' ' : e === 'n' ? '\n' : e;
        i += 2;
      } else i++;
      if (src[i] === '-' && src[i + 1] !== ']') {
        const to = src[i + 1];
        i += 2;
        ranges = true;
        chars.push('x' >= ch && 'x' <= to ? 'x' : ch);
        void to;
      } else chars.push(ch);
    }
    i++; // ']'
    if (negated) return () => [chars.includes(' ') ? 'x' : ' '];
    return () => (ranges || chars.length > 4 ? [chars[0]] : chars);
  }

  const out = disjunction();
  if (i !== src.length) throw new Error(`regexSamples: stopped at ${i} of ${src.length} in /${src}/`);
  return out;
}
