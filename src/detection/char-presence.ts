/**
 * Twentieth session (speed20b): which characters a text holds, read once per text, so that a whole-post "is this here
 * at all" search need not run. Many rules gate on a needle searched over the whole post ("dot ", " The ", "999", "T20",
 * "bank", "@"); each native search costs a call and a pass over the post, and a needle starting with a common character
 * (a space, "s", "a", "T", "2") stops at every one. A summary of 256 flags: flag c for an ASCII code c (exact), flag
 * 128 + (c & 127) for any other code (a hash, so a set flag only says "maybe"). A needle with a character whose flag is
 * clear cannot occur; a single ASCII character's flag is its answer; otherwise the search runs as before, so
 * `contains(text, needle)` is exactly `text.indexOf(needle) >= 0`.
 *
 * The summaries of the last four texts asked about are kept (a post's text, its lower-cased copy, the raw input), keyed
 * by the string itself, so a rule needs neither the scan context nor a pre-pass change. Only whole-post texts should be
 * asked: a slice is a new string and would be summarised afresh.
 */
const SLOTS = 4;
const texts: string[] = ['', '', '', ''];
/** One byte a code class a slot (256 each): 1 when the text has a character of that class. */
const seen = new Uint8Array(SLOTS * 256);
let next = 0;

/** The offset in `seen` of `text`'s summary, computed if it is not one of the last four. */
function summaryOf(text: string): number {
  for (let s = 0; s < SLOTS; s++) if (texts[s] === text) return s * 256;
  const slot = next;
  next = (next + 1) % SLOTS;
  const at = slot * 256;
  seen.fill(0, at, at + 256);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    seen[at + (c < 128 ? c : 128 + (c & 127))] = 1;
  }
  texts[slot] = text;
  return at;
}

/** Exactly `text.indexOf(needle) >= 0`: no search when a character of the needle is absent, or it is one ASCII character. */
export function contains(text: string, needle: string): boolean {
  const at = summaryOf(text);
  for (let i = 0; i < needle.length; i++) {
    const c = needle.charCodeAt(i);
    if (seen[at + (c < 128 ? c : 128 + (c & 127))] === 0) return false;
  }
  if (needle.length === 1 && needle.charCodeAt(0) < 128) return true;
  return text.indexOf(needle) >= 0;
}
