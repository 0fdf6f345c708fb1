/**
 * Retry-After is either delta-seconds ("2", Teams sometimes sends fractions) or an HTTP date
 * (RFC 9110 §10.2.3). Returns milliseconds from `nowMs`, or undefined if absent/unparseable.
 */
export function parseRetryAfter(header: string | null | undefined, nowMs: number): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}
