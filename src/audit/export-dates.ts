/**
 * Export timestamps come as ISO 8601 (Graph) or as "2019/06/10 14:41:23 +0000" style text
 * (Yammer). Both become ISO 8601 UTC; anything else is kept as it came, so nothing is invented.
 */
export function normaliseTimestamp(raw: string): string {
  const value = raw.trim();
  if (!value) return '';
  // "2019/06/10 14:41:23 +0000" or "2019-06-10 14:41:23 UTC": read directly (one per message, so kept cheap).
  const m = /^(\d{4})[-/](\d{2})[-/](\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?\s*(UTC|Z|[+-]\d{2}:?\d{2})?$/.exec(value);
  if (!m) {
    const direct = Date.parse(value);
    return Number.isNaN(direct) ? value : new Date(direct).toISOString();
  }
  const utc = !m[7] || m[7] === 'UTC' || m[7] === 'Z' || /^[+-]00:?00$/.test(m[7]);
  if (utc && Number(m[2]) <= 12 && Number(m[3]) <= 31 && Number(m[4]) < 24) return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.000Z`;
  const zone = utc ? 'Z' : `${m[7].slice(0, 3)}:${m[7].slice(-2)}`;
  const parsed = Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${zone}`);
  return Number.isNaN(parsed) ? value : new Date(parsed).toISOString();
}

/** The year a message was posted, or "unknown" when the date could not be read. */
export function yearOf(timestamp: string): string {
  const m = /^(\d{4})-/.exec(timestamp);
  return m ? m[1] : 'unknown';
}
