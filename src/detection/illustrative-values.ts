/**
 * Twenty-first session (prec21): values reserved for examples, which the post itself calls an example. IT guidance and
 * how-to posts show addresses and numbers that belong to nobody: the documentation address blocks (RFC 5737:
 * 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24; RFC 3849: 2001:db8::/32), the domains reserved for examples (RFC 2606:
 * example.com, .org, .net, and names ending .example, .test, .invalid) and Ofcom's numbers for TV and radio drama
 * (01632 960xxx, 020 7946 0xxx, 0113 496 0xxx and the other cities', 07700 900xxx, ...); and an address on "Example"
 * Street, Road, ... as forms and training systems fill one in.
 * Writers also use these blocks as stand-ins for real values in operational posts ("suspect IP 203.0.113.47",
 * "rang her on 07700 900123"), and the dev sets label those, so the range alone decides nothing: a value is dropped only
 * when it is in a reserved range AND its sentence, or the sentence after it, calls it an example, a dummy, a
 * placeholder, documentation, fictional or not real ("the training example uses 198.51.100.1", "01632 960123. It's a
 * fictional Ofcom drama number"). "fake" and "test" are not such words: a fake bank site's address and a test box's
 * address are real ones.
 */
import type { Candidate } from './detectors/detector';

const IPV4_DOC = /^(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}(?::\d+)?(?:\/\d+)?$/;
const IPV6_DOC = /^\[?2001:0?db8(?::|$)/i;
const EMAIL_EXAMPLE = /@(?:[a-z0-9-]+\.)*(?:example\.(?:com|org|net)|[a-z0-9-]+\.(?:example|test|invalid))$/i;
/** Ofcom's drama ranges, as national digits (a leading +44 read as 0). */
const DRAMA_PHONE =
  /^(?:01632960|0(?:113|114|115|116|117|118|121|131|141|151|161)4960|02079460|02896496|02920180|01914980|07700900|08081570|09098790|03069990)\d{3}$/;

const EXAMPLE_STREET = /\bExample (?:Street|Road|Lane|Avenue|Close|Drive|Way|Place|Court|Crescent|Gardens|Terrace)\b/i;

/** Words that say a value is an example and belongs to nobody. */
// Words of prose only: not part of an address or a domain ("a.b@example.com", "www.example.org"), which would make every
// example.com address its own cue.
const CALLED_ILLUSTRATIVE =
  /(?<![@./\w-])(?:examples?|dummy|dummies|fictional|fictitious|made[- ]up|placeholders?|sandbox|documentation|specimen|drama numbers?|not (?:a |the )?real|isn'?t (?:a |the )?real)(?![\w@-]|\.[a-z0-9])/i;

function reserved(type: string, value: string): boolean {
  if (type === 'ip_address') return IPV4_DOC.test(value) || IPV6_DOC.test(value);
  if (type === 'email') return EMAIL_EXAMPLE.test(value);
  if (type === 'address') return EXAMPLE_STREET.test(value);
  if (type === 'phone') {
    const digits = value.replace(/\D/g, '');
    return DRAMA_PHONE.test(digits.startsWith('44') ? `0${digits.slice(2)}` : digits);
  }
  return false;
}

/** A sentence ends at . ! ? followed by a space, or at a line break. */
const END_AHEAD = /[.!?](?=\s)|\n/g;

/** The value's sentence and the next one (at most 240 characters each way). */
function sentenceAndNext(text: string, start: number, end: number): string {
  const lo = Math.max(0, start - 240);
  const before = text.slice(lo, start);
  const from = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '), before.lastIndexOf('\n'));
  const after = text.slice(end, end + 240);
  END_AHEAD.lastIndex = 0;
  let stop = after.length;
  let ends = 0;
  for (let m = END_AHEAD.exec(after); m; m = END_AHEAD.exec(after)) {
    if (++ends === 2) {
      stop = m.index;
      break;
    }
  }
  return before.slice(from + 1) + ' ' + after.slice(0, stop);
}

/** Whether the candidate is a reserved example value that its post calls an example. */
export function illustrativeValue(text: string, c: Candidate): boolean {
  if (c.type !== 'ip_address' && c.type !== 'email' && c.type !== 'phone' && c.type !== 'address') return false;
  if (!reserved(c.type, text.slice(c.start, c.end))) return false;
  return CALLED_ILLUSTRATIVE.test(sentenceAndNext(text, c.start, c.end));
}
