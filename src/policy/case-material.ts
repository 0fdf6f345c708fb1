import { STOP_WORDS } from './tokenise';
import type { ClauseWithContext } from './clause-context';
import { modalityOf } from './clause-modality';
import type { CaseWords } from './case-words';

/**
 * What a question proposes to post is itself case material: information about a particular person in a police case
 * ("the suspect's details", "CCTV stills of the suspect", "a detainee's medical condition", "victim details"), or
 * intelligence ("discuss intelligence about an upcoming op"). Which words name such a person or intelligence is the
 * detection engine's reading (CaseWords), not chosen here.
 *
 * A role word counts only for a particular person: after a determiner ("a nominal", "the victim") as the head of its
 * phrase, before a possessive ("the suspect's"), or naming whose particulars ("victim details"). A role word modifying
 * another noun ("a group for witness care officers", "a link to the Victim Support website") names staff or a service,
 * not a person in a case. Intelligence counts as the head of its phrase ("intel on", "intelligence about", "op
 * intel?"), not as a modifier ("the intel bureau staff").
 */
/** Words that pick out one person or a known few. */
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'our', 'my', 'his', 'her', 'their', 'your']);

/** Nouns that name information itself: the security paragraph's "information", and a person's particulars. */
const PARTICULARS = new Set(['information', 'info', 'details', 'detail', 'data', 'particulars']);

interface Word {
  text: string;
  /** The possessive ending written after it ("'s", or "'" after a plural), or ''. */
  possessive: string;
  capital: boolean;
}

/** The question's words, each with the possessive ending that followed it and whether it was written capitalised. */
function wordsOf(question: string): Word[] {
  const out: Word[] = [];
  for (const m of question.replace(/[’‘`]/g, "'").matchAll(/([A-Za-z]+)('s\b|'(?![A-Za-z]))?/g)) {
    const ending = m[2] === "'s" || (m[2] === "'" && /s$/i.test(m[1])) ? m[2] : '';
    out.push({ text: m[1].toLowerCase(), possessive: ending, capital: /^[A-Z][a-z]/.test(m[1]) });
  }
  return out;
}

function singular(word: string): string[] {
  return [word, word.replace(/s$/, ''), word.replace(/es$/, ''), word.replace(/ies$/, 'y')];
}

function isCasePerson(words: CaseWords, word: string): boolean {
  return singular(word).some((w) => words.isCasePerson(w));
}

/** Whether the word is the head of its phrase: the question ends, or a function word or a pause follows it. */
function headAt(words: Word[], i: number): boolean {
  const next = words[i + 1];
  return next === undefined || STOP_WORDS.has(next.text);
}

/** The case material a question names, or undefined: the words it is read from, for tests and dev traces. */
export function caseMaterialIn(question: string, caseWords: CaseWords): string | undefined {
  const words = wordsOf(question);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const prev = words[i - 1];
    const next = words[i + 1];
    if (isCasePerson(caseWords, w.text)) {
      // A capitalised role word beside another capitalised word is a name ("Victim Support"), not a person.
      const named = w.capital && ((next?.capital ?? false) || (prev?.capital ?? false)) && i > 0;
      if (named) continue;
      if (w.possessive) return `${w.text}${w.possessive}`;
      if (next && PARTICULARS.has(next.text)) return `${w.text} ${next.text}`;
      if (prev && DETERMINERS.has(prev.text) && headAt(words, i)) return `${prev.text} ${w.text}`;
      continue;
    }
    if (caseWords.namesIntelligence(w.text) && !w.possessive && headAt(words, i)) return w.text;
  }
  return undefined;
}

/**
 * A section's warning that what is posted leaves the organisation's hands: a sentence (not a list item) naming
 * confidentiality, the public domain, or content not in its control ("it is hosted by a third party over the internet
 * and therefore the confidentiality and integrity cannot be assured", "all content ... posted to the Yammer site is not
 * in the control of the Force", "information could end up in the public domain").
 */
const WARNING = /\bconfidential|\bpublic domain\b|\bnot in (?:the )?control\b/i;
/** Of a section's warnings, the one about what is posted answers a proposal to post. */
const ABOUT_POSTING = /\bposted\b/i;

/**
 * A permission question proposing to post case material, answered from a clause that does not forbid it ("Employees are
 * encouraged to set up new groups", "Simple and direct way for staff to ask and answer questions"): the section's
 * warning answers it instead, and the answer is no. A clause that already forbids ("should refrain from uploading
 * files") stays the answer: it refuses for its own reason.
 */
export function createCaseMaterialCheck(entries: ClauseWithContext[], caseWords: CaseWords | undefined): (question: string, chosen: number, intent: string) => number | undefined {
  const warningOf = new Map<string, number>();
  entries.forEach((e, i) => {
    if (e.clause.kind !== 'sentence' || !WARNING.test(e.clause.text)) return;
    const key = `${e.clause.documentId}\u0000${e.clause.sectionId}`;
    const held = warningOf.get(key);
    if (held === undefined || (!ABOUT_POSTING.test(entries[held].clause.text) && ABOUT_POSTING.test(e.clause.text))) warningOf.set(key, i);
  });
  return (question, chosen, intent) => {
    if (!caseWords || intent !== 'permission') return undefined;
    const c = entries[chosen].clause;
    const warning = warningOf.get(`${c.documentId}\u0000${c.sectionId}`);
    if (warning === undefined || WARNING.test(c.text) || modalityOf(c.text).includes('prohibit')) return undefined;
    return caseMaterialIn(question, caseWords) ? warning : undefined;
  };
}
