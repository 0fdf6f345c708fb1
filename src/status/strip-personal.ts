import type { Scanner } from './types';
import { removePersonalInfo } from './remove-personal-info';

/**
 * Scan, remove, scan again: removing one phrase can change what the engine sees (a name that
 * was part of an address, say), so repeat a few times. If the text still isn't clean after
 * that, give up and return '' rather than risk showing personal information.
 */
export function stripPersonal(text: string, scanner: Scanner, passes = 3): { text: string; removed: boolean } {
  let current = text;
  let removed = false;
  for (let i = 0; i < passes; i++) {
    const findings = scanner.scan({ text: current });
    if (findings.length === 0) return { text: current, removed };
    removed = true;
    current = removePersonalInfo(current, findings);
    if (current === '') return { text: '', removed };
  }
  return scanner.scan({ text: current }).length === 0 ? { text: current, removed } : { text: '', removed };
}

// Words that carry no topic on their own: "Working." or "Call." is not a status.
const EMPTY_WORDS = new Set([
  'i', "i'm", 'im', 'we', "we're", 'me', 'us', 'you', 'my', 'our', 'your', 'it', 'is', 'are', 'am', 'be', 'been',
  'was', 'the', 'a', 'an', 'and', 'or', 'but', 'so', 'on', 'at', 'in', 'to', 'for', 'with', 'of', 'from', 'by',
  'this', 'that', 'please', 'working', 'doing', 'busy', 'going', 'getting', 'trying', 'having', 'being',
  'currently', 'now', 'today', 'tomorrow', 'here', 'there', 'any', 'anyone', 'anybody', 'help', 'need',
  'needed', 'questions', 'question', 'call', 'ring', 'text', 'email', 'contact', 'number', 'details', 'free',
  'available', 'if', 'can', 'just', 'me.', 'thanks', 'cheers', 'ok', 'okay', 'hi', 'hello', 'hey',
]);

/** True when at least one word is more than glue: a topic is left to talk about. */
export function hasTopicWords(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z0-9][a-z0-9'&-]*/g) ?? [];
  return words.some((w) => w.length >= 2 && !EMPTY_WORDS.has(w));
}
