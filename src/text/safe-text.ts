/**
 * Text that can be stored and shown safely. PostgreSQL refuses U+0000 in text (22021/22P02) and a
 * lone UTF-16 surrogate is not valid UTF-8, so one such character would make a post impossible to
 * record. Cutting by UTF-16 unit can split an emoji into a lone surrogate, so cuts go by grapheme.
 */

const NUL = /\u0000/g;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops NUL and replaces each unpaired surrogate with U+FFFD. Anything else is kept as sent. */
export function sanitizeText(text: string): string {
  return text.replace(NUL, '').replace(LONE_SURROGATE, '\uFFFD');
}

/** sanitizeText on every string inside a parsed JSON value (keys too), leaving structure alone. */
export function sanitizeJson(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return sanitizeText(value);
  if (depth > 64 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => sanitizeJson(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[sanitizeText(key)] = sanitizeJson(item, depth + 1);
  return out;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * The longest prefix of whole graphemes that fits in maxUnits UTF-16 units (the unit lengths that
 * cards and columns count), so an emoji, a flag or a letter with its accent is never split.
 */
export function cutGraphemes(text: string, maxUnits: number): string {
  if (text.length <= maxUnits) return text;
  let end = 0;
  for (const { segment, index } of segmenter.segment(text)) {
    if (index + segment.length > maxUnits) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}

/** cutGraphemes with an ellipsis when something was cut; the result is at most maxUnits long. */
export function truncateGraphemes(text: string, maxUnits: number, ellipsis = '…'): string {
  if (text.length <= maxUnits) return text;
  return cutGraphemes(text, Math.max(0, maxUnits - ellipsis.length)) + ellipsis;
}
