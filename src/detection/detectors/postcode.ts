import { defineDetector, needs, type Candidate } from './detector';
import type { ScanContext } from '../scan-context';
import { eachMatchNear } from '../text-utils';
import { isValidPostcode } from '../validators/postcode';
import { endsAStreet } from './postcode-after-street';

/**
 * Full UK postcodes. The outward code alone ("ST16") names an area of thousands of
 * homes and is not personal, so the inward part (digit + two letters) is required.
 */
// Nineteenth session: two spaces between the halves too ("wf1  3ng"), as a thumb on a phone's space bar types them.
const CANDIDATE = /\b([A-Za-z]{1,2}\d[A-Za-z\d]?) {0,2}(\d[A-Za-z]{2})\b/g;

const NAMED_BEFORE = /\bpost ?codes?\b[\s:;,.#=-]*(?:is|was)?[\s:]*$/;

/**
 * A value set off as its own field between commas ("Harvey Doyle, bd227ql, dob ..."), or after an emoji for a home or
 * a place (🏠 🏡 📍 🏘: "🏠 ls62qr again!!", as "lives at" would say), is written as a postcode; inside a sentence
 * ("meet at st103lx") or opening one ("st47ln was the code on the form") it may be any code.
 */
const PLACE_EMOJI_BEFORE = /(?:🏠|🏡|📍|🏘)\uFE0F?[\s:]*$/u;
const AFTER_COMMA = /,\s*$/;
const FIELD_CLOSES = /^[ \t]*(?:[,;|\n]|$)/;
const FIELD_REACH = 16;

const LIVES_BEFORE = /\b(?:lives?|living|resides?|residing|address|addy|addr)\b[\s:]*(?:at|in|is)?[\s:]*$/;

export function detectPostcodes(ctx: ScanContext, out: Candidate[]): void {
  if (!ctx.hasDigit) return;
  eachMatchNear(CANDIDATE, ctx.text, ctx.letterDigitPositions, 4, 10, (m) => {
    const raw = m[0];
    if (!isValidPostcode(raw.replace('  ', ' '))) return;
    const upper = raw === raw.toUpperCase();
    const spaced = raw.includes(' ');
    // Named by its field ("postcode st47ln", "post code: st4 7ln"), a postcode is sure in any case or spacing.
    const named = NAMED_BEFORE.test(ctx.before(m.index, 16));
    if (raw.includes('  ') && !named && !twoSpacedAsTyped(ctx, raw, m.index)) return;
    // Where someone lives ("lives at st47ln", "addy is st47ln") names it as the field does; "meet at st103lx" does not.
    const placed = !upper && !spaced && (LIVES_BEFORE.test(ctx.before(m.index, 16)) || endsAStreet(ctx.before(m.index, 60)) || ownField(ctx, m.index, m.index + raw.length));
    const typed = !upper && !spaced && !placed && !named && typedPostcode(ctx, raw, m.index);
    const confidence = named ? 0.9 : upper ? (spaced ? 0.9 : 0.8) : spaced || placed || typed ? 0.6 : 0.4;
    out.push({ type: 'postcode', start: m.index, end: m.index + raw.length, confidence, rule: 'postcode.uk' });
  });
}

/**
 * Review of the nineteenth session: the two-space form is a thumb's slip, typed in lower case ("wf1  3ng"). In capitals or
 * mixed case two spaces are a table's or a list's padding before an ordinal or a code ("room B1  2nd floor", "gloves L9
 * 2PR", "FL12  4WD"), so only its field's name or an address right before it (lives at, a street) makes it a postcode
 * then; an ordinal ("b1  2nd") is never one in this form.
 */
const ORDINAL = /^(?:1st|2nd|3rd|[04-9]th)$/i;
function twoSpacedAsTyped(ctx: ScanContext, raw: string, start: number): boolean {
  if (ORDINAL.test(raw.slice(-3))) return false;
  if (raw === raw.toLowerCase()) return true;
  return LIVES_BEFORE.test(ctx.before(start, 16)) || endsAStreet(ctx.before(start, 60));
}

/**
 * Twentieth session: the lower-case unspaced postcode as a phone thumb types it ("chk hd21lb", "came back bt92hr", "at
 * ls123ab"). Its shape is strict (BS 7666's letter rules) and, when its letters are one of the UK's postcode areas as Royal
 * Mail lists them, no other code people type has it; so it counts without a field name or a home word, unless its own
 * sentence calls it a code or a form's ("st47ln was the code on the form") or a meeting point ("meet at st103lx": an
 * older decision, a place to gather is no one's home). An ordinal after the digit ("b12nd") is no inward code.
 */
const POSTCODE_AREAS: ReadonlySet<string> = new Set(
  ('ab al b ba bb bd bh bl bn br bs bt ca cb cf ch cm co cr ct cv cw da dd de dg dh dl dn dt dy e ec eh en ex fk fy g gl gu gy ha hd hg hp hr hs hu hx ig im ip iv je ' +
    'ka kt kw ky l la ld le ll ln ls lu m me mk ml n ne ng nn np nr nw ol ox pa pe ph pl po pr rg rh rm s sa se sg sk sl sm sn so sp sr ss st sw sy ' +
    'ta td tf tn tq tr ts tw ub w wa wc wd wf wn wr ws wv yo ze').split(' '),
);
const CODE_OR_MEETING = /\b(?:codes?|forms?|meet(?:ing)?|rv|rendezvous|muster)\b/;
function typedPostcode(ctx: ScanContext, raw: string, start: number): boolean {
  if (raw !== raw.toLowerCase() || ORDINAL.test(raw.slice(-3))) return false;
  if (!POSTCODE_AREAS.has(/^[a-z]+/.exec(raw)![0])) return false;
  const before = ctx.lower.slice(Math.max(0, start - 40), start).replace(/^[^]*[.!?\n]\s/, '');
  const after = ctx.lower.slice(start + raw.length, start + raw.length + 30).replace(/[.!?\n][^]*$/, '');
  return !CODE_OR_MEETING.test(before) && !CODE_OR_MEETING.test(after);
}

function ownField(ctx: ScanContext, start: number, end: number): boolean {
  const before = ctx.before(start, FIELD_REACH);
  if (PLACE_EMOJI_BEFORE.test(before)) return true;
  // The post's end closes the field; the window's end does not (hence the whole rest when it is short).
  const after = ctx.after(end, FIELD_REACH);
  return AFTER_COMMA.test(before) && FIELD_CLOSES.test(end + FIELD_REACH >= ctx.text.length ? after : after + 'x');
}

/** The postcode detector: its types, cue words and entry point (collected by registry.ts). */
export const postcodeDetector = defineDetector({
  id: 'postcode',
  types: {
    postcode: { label: 'a postcode', severity: 'medium', topic: 'personal_information', mask: [2, 1] },
  },
  needs: needs.letterDigit,
  run: detectPostcodes,
});
