/**
 * Twentieth session (speed20b): which characters a text holds, read once per text, so that a whole-post "is this here
 * at all" search need not run. Many rules gate on a needle searched over the whole post ("dot ", " The ", "999", "T20",
 * "bank", "@"); each native search costs a call and a pass over the post, and a needle starting with a common character
 * (a space, "s", "a", "T", "2") stops at every one. A 256-bit summary: bit c for an ASCII code c (exact), bit
 * 128 + (c & 127) for any other code (a hash, so a set bit only says "maybe"). A needle with a character whose bit is
 * clear cannot occur; a single ASCII character's bit is its answer; otherwise the search runs as before, so
 * `contains(text, needle)` is exactly `text.indexOf(needle) >= 0`.
 *
 * The summaries of the last four texts asked about are kept (a post's text, its lower-cased copy, the raw input), keyed
 * by the string itself, so a rule needs neither the scan context nor a pre-pass change. Only whole-post texts should be
 * asked: a slice is a new string and would be summarised afresh.
 */
const SLOTS = 4;
const texts: string[] = ['', '', '', ''];
const masks = new Int32Array(SLOTS * 8);
let next = 0;

/** The offset in `masks` of `text`'s summary, computed if it is not one of the last four. */
function summaryOf(text: string): number {
  for (let s = 0; s < SLOTS; s++) if (texts[s] === text) return s * 8;
  const slot = next;
  next = (next + 1) % SLOTS;
  const at = slot * 8;
  let m0 = 0, m1 = 0, m2 = 0, m3 = 0, m4 = 0, m5 = 0, m6 = 0, m7 = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = c < 128 ? c : 128 + (c & 127);
    const bit = 1 << (k & 31);
    switch (k >> 5) {
      case 0: m0 |= bit; break;
      case 1: m1 |= bit; break;
      case 2: m2 |= bit; break;
      case 3: m3 |= bit; break;
      case 4: m4 |= bit; break;
      case 5: m5 |= bit; break;
      case 6: m6 |= bit; break;
      default: m7 |= bit;
    }
  }
  masks[at] = m0; masks[at + 1] = m1; masks[at + 2] = m2; masks[at + 3] = m3;
  masks[at + 4] = m4; masks[at + 5] = m5; masks[at + 6] = m6; masks[at + 7] = m7;
  texts[slot] = text;
  return at;
}

/** Exactly `text.indexOf(needle) >= 0`: no search when a character of the needle is absent, or it is one ASCII character. */
export function contains(text: string, needle: string): boolean {
  const at = summaryOf(text);
  for (let i = 0; i < needle.length; i++) {
    const c = needle.charCodeAt(i);
    const k = c < 128 ? c : 128 + (c & 127);
    if ((masks[at + (k >> 5)] & (1 << (k & 31))) === 0) return false;
  }
  if (needle.length === 1 && needle.charCodeAt(0) < 128) return true;
  return text.indexOf(needle) >= 0;
}
