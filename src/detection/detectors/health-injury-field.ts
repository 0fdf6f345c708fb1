import type { ScanContext } from '../scan-context';
import type { Candidate } from './detector';

/**
 * A record's injuries field (dev set 12 round): "Injuries: fractured eye socket, bruising | Suspect: ...", "Injuries:
 * bleed on brain". What a record lists under its injuries label is by definition someone's injuries, in whatever words
 * the officer typed, so every item of the field counts, not only the words of the health vocabulary (which the
 * general health-field rule of health-frames.ts reads). The label must open a line or a field ('|', ';') and be
 * followed by a colon; items are split at commas and the field ends at '|', ';' or the line's end. "None", "nil",
 * "n/a", "unknown" and "no injuries" are no injury. Read from each "injur" the native search finds: no regex pass.
 */
const LABEL_AFTER = /^injur(?:y|ies)(?: sustained| noted)?\s*:\s*/;
const NO_INJURY = /^(?:none|nil|no\b|n\/?a\b|nk\b|unknown|not known|tbc|nothing)/;

export function injuryFieldItems(ctx: ScanContext, out: Candidate[]): void {
  const { lower } = ctx;
  for (let p = lower.indexOf('injur'); p >= 0; p = lower.indexOf('injur', p + 5)) {
    if (!opensField(lower, p)) continue;
    const label = LABEL_AFTER.exec(lower.slice(p, p + 30));
    if (!label) continue;
    let i = p + label[0].length;
    const limit = Math.min(lower.length, i + 160);
    while (i < limit) {
      let e = i;
      while (e < limit && !isFieldEnd(lower.charCodeAt(e)) && lower.charCodeAt(e) !== 44) e++;
      let s = i;
      while (s < e && lower.charCodeAt(s) === 32) s++;
      let t = e;
      while (t > s && (lower.charCodeAt(t - 1) === 32 || lower.charCodeAt(t - 1) === 46)) t--;
      if (t - s >= 3 && !NO_INJURY.test(lower.slice(s, t))) out.push({ type: 'health', start: s, end: t, confidence: 0.75, rule: 'health.injury_field' });
      if (e >= limit || isFieldEnd(lower.charCodeAt(e))) break;
      i = e + 1;
    }
  }
}

const isFieldEnd = (c: number): boolean => c === 124 || c === 59 || c === 10;

/** Only spaces or a bullet between the field's start (the post's, a line's, '|' or ';') and `p`. */
function opensField(lower: string, p: number): boolean {
  let i = p - 1;
  while (i >= 0) {
    const c = lower.charCodeAt(i);
    if (isFieldEnd(c)) return true;
    if (c !== 32 && c !== 9 && c !== 45 && c !== 42 && c !== 0x2022) return false;
    i--;
  }
  return true;
}
