/**
 * Speed14e: a regex `\b(?:alt1|alt2|...)rest` rewritten so its alternatives are grouped by their first letter
 * (`\b(?:v(?:ictims?|ic)|s(?:uspects?|...)|...)rest`). Two alternatives opening with different letters never match at
 * the same position, and within a letter the alternatives keep their order, so the first alternative that matches at a
 * position is the same one: the regex reads exactly the same matches. Irregexp tries the alternatives one by one at each
 * position; grouped, a position tries one group (the role rule's ~150 alternatives, name-roles.ts).
 */
export function byFirstLetter(source: string): string {
  const open = '\\b(?:';
  if (!source.startsWith(open)) throw new Error('byFirstLetter: expected \\b(?:...)');
  const alternatives: string[] = [];
  let depth = 0;
  let current = '';
  let i = open.length;
  for (; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      current += c + source[++i];
      continue;
    }
    if (c === '[') {
      // A character class may hold '|' or ')' as plain characters.
      const close = source.indexOf(']', i + 1);
      current += source.slice(i, close + 1);
      i = close;
      continue;
    }
    if (c === ')' && depth === 0) break;
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === '|' && depth === 0) {
      alternatives.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  alternatives.push(current);
  const groups = new Map<string, string[]>();
  for (const alternative of alternatives) {
    // Only a literal lower-case letter opens a group: anything else (a class, a group, an escape) would need more care.
    if (!/^[a-z]/.test(alternative)) throw new Error(`byFirstLetter: alternative "${alternative}" opens with no letter`);
    const group = groups.get(alternative[0]) ?? [];
    group.push(alternative.slice(1));
    groups.set(alternative[0], group);
  }
  const grouped = [...groups].map(([letter, rests]) => `${letter}(?:${rests.join('|')})`).join('|');
  return `${open}${grouped})${source.slice(i + 1)}`;
}
