/** Replaces each finding's span with its masked value, right to left so offsets stay valid. */
export function maskFindings(text: string, scanner: { scan(post: { text: string }): Array<{ start: number; end: number; masked: string }> }): string {
  let out = text;
  const spans = scanner.scan({ text }).filter((f) => f.end > f.start).sort((a, b) => b.start - a.start);
  let lastStart = Number.POSITIVE_INFINITY;
  for (const span of spans) {
    if (span.end > lastStart) continue;
    out = out.slice(0, span.start) + span.masked + out.slice(span.end);
    lastStart = span.start;
  }
  return out;
}
