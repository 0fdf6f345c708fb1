import type { CaseWords } from '../policy';
import { MORE_PERSON_NOUNS, PERSON_NOUNS } from '../detection/detectors/health-person';
import { isStrongRoleWord } from '../detection/detectors/name-roles';
import { isCaseWord } from '../detection/detectors/case-words';

/**
 * The detection engine's words of police business, read for the policy engine (src/policy/case-words.ts, the port):
 * - a person in a case is a person noun of the health rules (health-person.ts: "victim", "detainee", "nominal",
 *   "offender") that the name rules read as a strong role (name-roles.ts: a lower-case name after it is a name), so
 *   kin, staff and everyday people ("mum", "colleague", "officer", "man") are not;
 * - intelligence is the police-business word of case-words.ts that names information itself ("intel",
 *   "intelligence"); the other case words name people, acts, places or records of a case, not what is shared.
 */
/** The forms of the case word "intel\\w*" that name the information (not "intelligent"). */
const INTELLIGENCE = new Set(['intel', 'intelligence']);

export function caseWordsFromDetection(): CaseWords {
  const persons = new Set([...PERSON_NOUNS, ...MORE_PERSON_NOUNS].filter((w) => !w.includes(' ') && isStrongRoleWord(w)));
  return {
    isCasePerson: (word) => persons.has(word),
    namesIntelligence: (word) => INTELLIGENCE.has(word) && isCaseWord(word),
  };
}
