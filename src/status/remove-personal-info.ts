import type { ScannerFinding } from './types';

/**
 * Rewrites a status without its personal information. Removing only the digits of
 * "ring me on 07700 900123" would leave "ring me on", so the whole phrase goes: a contact
 * lead-in ("ring me on", "my number is", "I live at") takes the rest of its clause with it,
 * a label ("Tel:", "crime ref") goes with its value, and a bare name or place takes its
 * preposition ("with Sarah Jones"). Then the sentence is tidied so it still reads well.
 */

// Phrases that introduce a way to contact or locate the person. Anchored at the end of the
// text just before a finding.
const CONTACT_LEAD_IN = new RegExp(
  String.raw`(?:\b(?:please|pls|plz|feel free to|do|or|and|just)\s+)*` +
    '(?:' +
    [
      String.raw`\b(?:ring|call|phone|text|txt|email|e-mail|mail|contact|reach|message|msg|whatsapp|dm|bell|buzz|ping|get hold of)\s+(?:me|us)`,
      String.raw`\bgive\s+(?:me|us)\s+a\s+(?:ring|call|bell|buzz|text|shout)`,
      String.raw`\bdrop\s+(?:me|us)\s+(?:a|an)\s+(?:line|email|e-mail|text|message|note)`,
      String.raw`\b(?:my|our)\s+(?:personal\s+|home\s+|work\s+|private\s+|new\s+)?(?:number|mobile|mob|phone|tel|telephone|email|e-mail|address|postcode|post code)(?:\s+(?:number|no|details|address))?(?:\s+(?:is|are|=))?`,
      String.raw`\b(?:i|we)\s+(?:live|living|lives|stay|am staying)\s+(?:at|in|on)`,
      String.raw`\b(?:i'?m|i am|we'?re|we are)\s+(?:at|on)`,
      String.raw`\b(?:find|visit)\s+(?:me|us)\s+(?:at|in)`,
      String.raw`\b(?:contact|reach|get)\s+(?:me|us)?\s*(?:on|at|via)`,
      String.raw`\b(?:on|via)\s+(?:whatsapp|mobile|my mobile)`,
    ].join('|') +
    ')' +
    String.raw`\s*(?:on|at|via|to|is|-|:)?\s*$`,
  'i',
);

// Labels that name the value after them; only the label goes, not the rest of the clause.
const LABEL = new RegExp(
  String.raw`\b(?:tel|telephone|mob|mobile|phone|email|e-mail|dob|d\.o\.b|reg|vrm|ni|nino|nhs(?:\s+no)?|iban|sort\s+code|acc(?:ount)?(?:\s+no)?|card(?:\s+no)?|passport(?:\s+no)?|licence(?:\s+no)?|ip|crime\s+ref(?:erence)?(?:\s+(?:no|number))?|ref(?:erence)?(?:\s+no)?|case\s+(?:no|number|ref)|pnc(?:\s+(?:id|no))?|cro(?:\s+no)?|log(?:\s+no)?|incident(?:\s+no)?|urn|marked|marking|graded|grading)\s*(?:[:#=-]|is|no\.?)?\s*$`,
  'i',
);

// Personal details named before their value ("born on", "my reg is"): the phrase goes with the
// value, but the rest of the clause is kept ("born on 01/02/1980 and working on the rota").
const DETAIL_LEAD_IN = new RegExp(
  String.raw`(?:\b(?:and|or)\s+)?(?:\b(?:i was\s+)?born\s*(?:on|in)?|\b(?:my|our)\s+(?:dob|date of birth|birthday|ni|national insurance|nhs|bank|account|sort code|card|reg|registration|car reg|car|passport|licence|driving licence|ip)(?:\s+(?:number|no|details|address))?(?:\s+(?:is|are|=))?)\s*(?::|-)?\s*$`,
  'i',
);

// Operational roles name a member of the public ("victim is Jane Whitfield"): the role goes too.
const ROLE_LEAD_IN = /(?:\b(?:the|a|our|my)\s+)?\b(?:victim|suspect|offender|witness|complainant|informant|nominal|ip|injured party|dp|detained person|prisoner|misper|missing person|subject|defendant|accused|casualty|patient|driver|passenger|neighbour|resident|occupant|owner|arrested|charged|interviewed|named as|known as|aka)(?:'s)?(?:\s+(?:is|was|named|called|being|=))?\s*[:,\-–]?\s*$/i;

// A single preposition before a bare value ("with Sarah Jones", "at 12 High Street").
const PREPOSITION = /\b(?:with|at|in|on|near|from|for|to|by|and|via|is|are|called|named|of)\s*[:,-]?\s*$/i;

const CLAUSE_END = /[.;!?\n]|,\s|\s[-–—]\s/g;
const CLAUSE_START = /[.;!?\n]|,\s|\s[-–—]\s/g;

interface Range {
  start: number;
  end: number;
}

export function removePersonalInfo(text: string, findings: readonly ScannerFinding[]): string {
  if (findings.length === 0) return text;
  const ranges = findings
    .filter((f) => f.end > f.start && f.start >= 0 && f.end <= text.length)
    .map((f) => removalRange(text, f))
    .sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  for (const range of mergeRanges(ranges)) {
    out += text.slice(cursor, range.start) + ' ';
    cursor = range.end;
  }
  out += text.slice(cursor);
  return tidyAfterRemoval(out);
}

function removalRange(text: string, finding: ScannerFinding): Range {
  const clauseStart = lastClauseBoundary(text, finding.start);
  const before = text.slice(clauseStart, finding.start);
  const contact = CONTACT_LEAD_IN.exec(before);
  if (contact) {
    // The clause is about contacting or locating the person: drop it to its end.
    return { start: clauseStart + contact.index, end: nextClauseBoundary(text, finding.end) };
  }
  // "I live at 12 High Street, ST16 2DJ": the lead-in may sit a comma earlier in the sentence.
  const sentenceStart = lastSentenceBoundary(text, finding.start);
  const address = ADDRESS_LEAD_IN.exec(text.slice(sentenceStart, finding.start));
  if (address) return { start: sentenceStart + address.index, end: nextClauseBoundary(text, finding.end) };
  const label = DETAIL_LEAD_IN.exec(before) ?? LABEL.exec(before) ?? ROLE_LEAD_IN.exec(before);
  if (label) {
    // "working on crime ref 12345/22": the preposition before the label goes too.
    const preposition = PREPOSITION.exec(before.slice(0, label.index));
    return { start: clauseStart + (preposition ? preposition.index : label.index), end: finding.end };
  }
  const preposition = PREPOSITION.exec(before);
  if (preposition) return { start: clauseStart + preposition.index, end: finding.end };
  return { start: finding.start, end: finding.end };
}

const ADDRESS_LEAD_IN = /\b(?:(?:i|we)\s+(?:live|living|lives|stay)\s+(?:at|in|on)|(?:my|our)\s+(?:home\s+)?address\s+is)\b/i;

function lastSentenceBoundary(text: string, position: number): number {
  const before = text.slice(0, position);
  const match = /[\s\S]*[.;!?\n](?=\s)/.exec(before);
  return match ? match[0].length : 0;
}

function lastClauseBoundary(text: string, position: number): number {
  let boundary = 0;
  CLAUSE_START.lastIndex = 0;
  for (let m = CLAUSE_START.exec(text); m !== null && m.index < position; m = CLAUSE_START.exec(text)) {
    const end = m.index + m[0].length;
    // A dot inside an email address or a number is not a clause boundary.
    if (m[0] === '.' && /\S/.test(text.charAt(m.index + 1))) continue;
    if (end <= position) boundary = end;
  }
  return boundary;
}

function nextClauseBoundary(text: string, position: number): number {
  CLAUSE_END.lastIndex = position;
  for (let m = CLAUSE_END.exec(text); m !== null; m = CLAUSE_END.exec(text)) {
    if (m[0] === '.' && /\S/.test(text.charAt(m.index + 1))) continue;
    return m.index;
  }
  return text.length;
}

function mergeRanges(ranges: Range[]): Range[] {
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

// Words that can't end a sentence once what followed them has gone.
const DANGLING = /\s*\b(?:and|or|but|so|then|also|plus|with|on|at|to|for|via|from|in|of|the|a|an|my|our|me|us|is|are|was|please|pls|called|named|near|by|if|as)\s*$/i;
const LEADING_JOIN = /^(?:and|or|but|so|also|plus|then)\b\s*/i;

/**
 * Fixes what removal leaves behind: doubled or orphaned punctuation, dangling "and"/"on",
 * a lower-case start, a missing full stop. Applied clause by clause so "plan, and ." works.
 */
export function tidyAfterRemoval(text: string): string {
  const parts = text.split(/([.;!?](?=\s|$)|,(?=\s|$)|\s[-–—](?=\s))/);
  const kept: Array<{ clause: string; punct: string }> = [];
  for (let i = 0; i < parts.length; i += 2) {
    let clause = (parts[i] ?? '').replace(/\s+/g, ' ').trim();
    let previous = '';
    while (previous !== clause) {
      previous = clause;
      clause = clause.replace(DANGLING, '').replace(/^[\s,.;:!?\-–—]+|[\s,;:\-–—]+$/g, '');
      if (kept.length === 0) clause = clause.replace(LEADING_JOIN, '');
    }
    if (clause !== '') kept.push({ clause, punct: (parts[i + 1] ?? '').trim() });
  }
  if (kept.length === 0) return '';
  const last = kept[kept.length - 1]!;
  // End with a full stop unless the last kept clause asked or exclaimed.
  last.punct = /^[!?]$/.test(last.punct) ? last.punct : '.';
  const out = kept
    .map(({ clause, punct }, i) => (i === kept.length - 1 ? clause + punct : /^[-–—]$/.test(punct) ? `${clause} ${punct} ` : `${clause}${punct || ','} `))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([.!?]\s+)([a-z])/g, (_m, gap: string, letter: string) => gap + letter.toUpperCase());
  return out.charAt(0).toUpperCase() + out.slice(1);
}
