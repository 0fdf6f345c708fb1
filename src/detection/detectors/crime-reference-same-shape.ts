import type { Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { countDigits, eachMatch } from '../text-utils';

/**
 * Eleventh session: once a post has shown a crime reference, another token of exactly its shape is a reference too,
 * wherever it stands ("The crime number is 4/3312/96, but half the statements are filed under a different one
 * (4/3318/96)"): a post that discusses one case number often quotes a second, typed the same way, without repeating the
 * label. The shape keeps the reference's letters and separators and each digit's place, so a date ("4/11/96") or a
 * different kind of number is not taken. Only distinctive shapes count: a separator and five digits or more.
 */
const MAX_SHAPES = 4;

/**
 * The shape regexes compiled so far, by source (a post's shapes recur across posts: "\d\d/\d{5}/\d\d"), so a post with
 * a reference compiles none it has seen before. Bounded: cleared when full. eachMatch resets lastIndex before each use.
 */
const COMPILED = new Map<string, RegExp>();
const MAX_COMPILED = 256;
function shapeRegex(source: string): RegExp {
  let re = COMPILED.get(source);
  if (!re) {
    if (COMPILED.size >= MAX_COMPILED) COMPILED.clear();
    re = new RegExp(`(?<![\\w/*-])${source}(?![\\w/*-])`, 'gi');
    COMPILED.set(source, re);
  }
  return re;
}

export function sameShapeReferences(ctx: ScanContext, out: Candidate[]): void {
  // One loop over the candidates, no filtered copy (most posts have no crime reference, so no shape and no Map).
  let shapes: Map<string, RegExp> | undefined;
  for (let i = 0, n = out.length; i < n; i++) {
    const c = out[i];
    if (c.type !== 'crime_reference') continue;
    const tok = ctx.text.slice(c.start, c.end);
    if (!/[/*-]/.test(tok) || countDigits(tok) < 5 || (shapes !== undefined && shapes.size >= MAX_SHAPES)) continue;
    shapes ??= new Map<string, RegExp>();
    const source = tok.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&').replace(/\d/g, '\\d');
    if (!shapes.has(source)) shapes.set(source, shapeRegex(source));
  }
  if (!shapes) return;
  for (const re of shapes.values()) {
    eachMatch(re, ctx.text, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((c) => c.type === 'crime_reference' && c.start < end && start < c.end)) return;
      out.push({ type: 'crime_reference', start, end, confidence: 0.8, rule: 'crime_reference.same_shape' });
    });
  }
}
