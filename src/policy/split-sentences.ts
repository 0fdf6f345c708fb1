/**
 * Splits a paragraph into sentences. Policy prose is formal, so a full stop followed by a
 * capital is a boundary unless the word before it is a known abbreviation.
 */
const ABBREVIATIONS = new Set([
  'e.g', 'eg', 'i.e', 'ie', 'etc', 'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'ext', 'approx', 'vs', 'inc', 'ltd', 'cf', 'insp', 'sgt', 'supt', 'ch', 'dept',
]);

const BOUNDARY = /([.!?])(["'”’)\]]*)\s+(?=["'“‘(]?[A-Z0-9])/g;

export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(BOUNDARY)) {
    const end = (match.index ?? 0) + match[1].length + match[2].length;
    const before = paragraph.slice(start, match.index);
    const lastWord = (before.split(/\s+/).pop() ?? '').toLowerCase().replace(/^[("'“]+/, '');
    if (match[1] === '.' && ABBREVIATIONS.has(lastWord)) continue;
    const sentence = paragraph.slice(start, end).trim();
    if (sentence) sentences.push(sentence);
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
