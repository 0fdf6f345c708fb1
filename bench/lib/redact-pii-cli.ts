/**
 * redact-pii in the CLI shape, for `npm run bench:detect`: JSON lines in, one JSON line of
 * findings out, through the same line loop as `policy-bot scan --json` (the same build of it: see engine.ts), so the only
 * difference between the two processes is the detector.
 */
import { redactPii } from './detect-peers';
import { jsonLines } from './engine';

const { mapLines } = jsonLines;

const peer = redactPii();
void mapLines(process.stdin, process.stdout, (line) => {
  const { text } = JSON.parse(line) as { text: string };
  return JSON.stringify({ findings: peer.detect(text).map((s) => ({ ...s, text: text.slice(s.start, s.end) })) });
});
