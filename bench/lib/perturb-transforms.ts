/**
 * Rewrites people type around a value (bench/detect-perturb.ts): each transform takes a post,
 * the span of one labelled value and its type, and returns the rewritten post with the spans
 * where the value(s) now stand, or undefined when it does not apply (no separator to change,
 * no context word to abbreviate, ...). Type-appropriate: separators only where the format has
 * groups, abbreviations only of the context word the post has.
 */
export interface Perturbed {
  text: string;
  spans: Array<[number, number]>;
}
export interface Site {
  text: string;
  start: number;
  end: number;
  type: string;
  /** Another value of the same type found elsewhere (for the two-values transforms). */
  other?: string;
}
export type Transform = (s: Site) => Perturbed | undefined;

/** Replace [start, end) by `value` with `before`/`after` around it. */
function put(s: Site, value: string, before = '', after = '', from = s.start, to = s.end): Perturbed {
  const text = s.text.slice(0, from) + before + value + after + s.text.slice(to);
  const at = from + before.length;
  return { text, spans: [[at, at + value.length]] };
}
const val = (s: Site): string => s.text.slice(s.start, s.end);

/** Separators each type is written with (between its groups of digits or letters). */
const SEPARATORS: Record<string, string> = {
  phone: ' -.\u2013',
  nhs_number: ' -\u2013',
  bank_account: ' -.\u2013',
  nino: ' ',
  postcode: ' ',
  vehicle_registration: ' -',
  date_of_birth: '/.- \u2013',
  crime_reference: '/- \u2013',
  cro: '/-',
  pnc: '/-',
  payment_card: ' -',
  iban: ' ',
  driving_licence: ' ',
};
const GROUP_SEP = /(?<=[A-Za-z0-9])[ \-./\u2013](?=[A-Za-z0-9])/g;

function separator(sep: string): Transform {
  return (s) => {
    const allowed = SEPARATORS[s.type];
    if (!allowed || (sep && !allowed.includes(sep))) return undefined;
    const v = val(s);
    if (!GROUP_SEP.test(v)) return undefined;
    GROUP_SEP.lastIndex = 0;
    // a date keeps its separators between day, month and year only ("12 Sept 1988" has words)
    if (s.type === 'date_of_birth' && /[A-Za-z]/.test(v)) return undefined;
    if (s.type === 'phone' && v.startsWith('+') && sep === '') return undefined;
    const out = v.replace(GROUP_SEP, sep);
    GROUP_SEP.lastIndex = 0;
    return out === v ? undefined : put(s, out);
  };
}

const FULLWIDTH = (v: string): string => v.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));

/** Where the word before the value starts (skipping ':', '#', '-', spaces). */
function prevWordStart(s: Site): number | undefined {
  let i = s.start;
  while (i > 0 && /[\s:#\-.]/.test(s.text[i - 1])) i--;
  const end = i;
  while (i > 0 && /[A-Za-z/.]/.test(s.text[i - 1])) i--;
  return end > i ? i : undefined;
}

/** Long forms of context words and the short form people type; the pattern must end right before the value. */
const ABBREVIATIONS: Array<[RegExp, string, string[]]> = [
  [/\b(?:crime reference number|crime reference|crime number|crime ref)\b(?=[\s:#.-]{0,4}$)/i, 'crn', ['crime_reference']],
  [/\b(?:reference number|reference|ref no)\b(?=[\s:#.-]{0,4}$)/i, 'ref', ['crime_reference', 'cro', 'pnc']],
  [/\b(?:incident number|incident)\b(?=[\s:#.-]{0,4}$)/i, 'inc', ['crime_reference']],
  [/\b(?:occurrence number|occurrence)\b(?=[\s:#.-]{0,4}$)/i, 'occ', ['crime_reference']],
  [/\b(?:log number|log no)\b(?=[\s:#.-]{0,4}$)/i, 'log', ['crime_reference']],
  [/\b(?:telephone number|phone number|telephone|phone|number)\b(?=[\s:#.-]{0,4}$)/i, 'tel', ['phone']],
  [/\b(?:mobile number|mobile)\b(?=[\s:#.-]{0,4}$)/i, 'mob', ['phone']],
  [/\b(?:date of birth|d\.o\.b\.?|born)(?=[\s:#.-]{0,4}$)/i, 'dob', ['date_of_birth']],
  [/\b(?:registration number|registration|reg no|vrm)\b(?=[\s:#.-]{0,4}$)/i, 'reg', ['vehicle_registration']],
  [/\b(?:passport number|passport no|passport)\b(?=[\s:#.-]{0,4}$)/i, 'pp', ['passport']],
  [/\b(?:account number|account no|account|acc no|acct)\b(?=[\s:#.-]{0,4}$)/i, 'a/c', ['bank_account']],
  [/\b(?:sort code|sortcode)\b(?=[\s:#.-]{0,4}$)/i, 's/c', ['bank_account']],
  [/\b(?:national insurance number|national insurance|ni number)\b(?=[\s:#.-]{0,4}$)/i, 'ni', ['nino']],
];

function abbreviate(s: Site): Perturbed | undefined {
  const from = Math.max(0, s.start - 40);
  const before = s.text.slice(from, s.start);
  for (const [re, short, types] of ABBREVIATIONS) {
    if (!types.includes(s.type)) continue;
    const m = re.exec(before);
    if (!m) continue;
    const a = from + m.index;
    const b = a + m[0].length;
    const text = s.text.slice(0, a) + short + s.text.slice(b);
    const shift = short.length - m[0].length;
    return { text, spans: [[s.start + shift, s.end + shift]] };
  }
  return undefined;
}

/** The context word moved after the value: "tel 0770..." -> "0770... (tel)". */
function labelAfter(s: Site): Perturbed | undefined {
  const a = prevWordStart(s);
  if (a === undefined) return undefined;
  const label = s.text.slice(a, s.start).replace(/[\s:#\-.]+$/, '');
  if (!/^[A-Za-z/.]{2,}$/.test(label)) return undefined;
  const v = val(s);
  const text = s.text.slice(0, a) + v + ' (' + label + ')' + s.text.slice(s.end);
  return { text, spans: [[a, a + v.length]] };
}

function caseOf(s: Site, upper: boolean, what: 'value' | 'context'): Perturbed | undefined {
  const f = (x: string): string => (upper ? x.toUpperCase() : x.toLowerCase());
  if (what === 'value') {
    const v = val(s);
    return f(v) === v ? undefined : put(s, f(v));
  }
  const a = prevWordStart(s);
  if (a === undefined) return undefined;
  const ctx = s.text.slice(a, s.start);
  if (f(ctx) === ctx) return undefined;
  const text = s.text.slice(0, a) + f(ctx) + s.text.slice(s.start);
  return { text, spans: [[s.start, s.end]] };
}

function twoValues(joiner: string): Transform {
  return (s) => {
    if (!s.other || s.other === val(s)) return undefined;
    const v = val(s);
    const text = s.text.slice(0, s.start) + v + joiner + s.other + s.text.slice(s.end);
    const b = s.start + v.length + joiner.length;
    return { text, spans: [[s.start, s.start + v.length], [b, b + s.other.length]] };
  };
}

/** Replaces the space (if any) right before and after the value by `sp`. */
function spaces(sp: string): Transform {
  return (s) => {
    const a = s.start > 0 && s.text[s.start - 1] === ' ';
    const b = s.text[s.end] === ' ';
    if (!a && !b) return undefined;
    const text = s.text.slice(0, s.start - (a ? 1 : 0)) + (a ? sp : '') + val(s) + (b ? sp : '') + s.text.slice(s.end + (b ? 1 : 0));
    const shift = a ? sp.length - 1 : 0;
    return { text, spans: [[s.start + shift, s.end + shift]] };
  };
}

/** A character typed right after the value (kept before whatever followed). */
const followed = (c: string): Transform => (s) => put(s, val(s), '', c);

export const TRANSFORMS: Record<string, Transform> = {
  'value lower': (s) => caseOf(s, false, 'value'),
  'value upper': (s) => caseOf(s, true, 'value'),
  'context lower': (s) => caseOf(s, false, 'context'),
  'context upper': (s) => caseOf(s, true, 'context'),
  'sep space': separator(' '),
  'sep none': separator(''),
  'sep hyphen': separator('-'),
  'sep slash': separator('/'),
  'sep dot': separator('.'),
  'sep en-dash': separator('\u2013'),
  'sep nbsp (inside)': (s) => (val(s).includes(' ') ? put(s, val(s).replace(/ /g, '\u00a0')) : undefined),
  // the value's sentence (or line) opens the post
  'post starts at its sentence': (s) => {
    let a = s.start;
    while (a > 0 && s.text[a - 1] !== '\n' && !(/[.!?]/.test(s.text[a - 2] ?? '') && /\s/.test(s.text[a - 1]))) a--;
    if (a === 0) return undefined;
    return { text: s.text.slice(a), spans: [[s.start - a, s.end - a]] };
  },
  'post ends at value': (s) => (s.end === s.text.length ? undefined : { text: s.text.slice(0, s.end), spans: [[s.start, s.end]] }),
  '(value)': (s) => put(s, val(s), '(', ')'),
  '[value]': (s) => put(s, val(s), '[', ']'),
  '"value"': (s) => put(s, val(s), '"', '"'),
  '\u201cvalue\u201d': (s) => put(s, val(s), '\u201c', '\u201d'),
  '**value**': (s) => put(s, val(s), '**', '**'),
  '`value`': (s) => put(s, val(s), '`', '`'),
  '<value>': (s) => put(s, val(s), '<', '>'),
  '[value](link)': (s) => put(s, val(s), '[', '](#)'),
  '#value': (s) => (/\s/.test(val(s)) ? undefined : put(s, val(s), '#')),
  'value emoji': followed(' \ud83d\udc4d'),
  'value+emoji': followed('\ud83d\ude4f'),
  'value?': followed('?'),
  'value!': followed('!'),
  'value..': followed('..'),
  'value:': followed(':'),
  'value newline': followed('\n'),
  'nbsp around': spaces('\u00a0'),
  'narrow nbsp around': spaces('\u202f'),
  'zwsp around': (s) => put(s, val(s), '\u200b', '\u200b'),
  'fullwidth digits': (s) => (/[0-9]/.test(val(s)) ? put(s, FULLWIDTH(val(s))) : undefined),
  'context abbreviated': abbreviate,
  'context after value': labelAfter,
  'x and y': twoValues(' and '),
  'x / y': twoValues(' / '),
  'x,y': twoValues(','),
};

export const CORE_EXCLUDED = new Set(['person_name', 'health', 'operational_use']);
