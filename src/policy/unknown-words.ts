import type { ClauseWithContext } from './clause-context';
import type { QueryUnit } from './query-terms';
import { contentStems } from './tokenise';

/**
 * Which of a question's ideas the policy itself has words for. A query unit is known when the vocabulary read it as a
 * concept or expanded it to policy words, or when one of its stems occurs in a clause, its lead-in or its section
 * title. Example questions do not count: they are written by other people and carry words of their own (a scenario's
 * "sergeant", "payslip"), which is why the search's own IDF, built over them too, cannot tell this.
 */
export function createPolicyWords(entries: ClauseWithContext[]): (units: QueryUnit[]) => { unknownShare: number; units: number } {
  const stems = new Set<string>();
  for (const e of entries) for (const s of contentStems(`${e.clause.text} ${e.leadIn ?? ''} ${e.clause.sectionTitle}`)) stems.add(s);
  const known = (u: QueryUnit) => u.concept || u.added.length > 0 || u.own.some((s) => stems.has(s));
  return (units) => {
    const counted = units.filter((u) => !u.offTopic);
    if (!counted.length) return { unknownShare: 0, units: 0 };
    return { unknownShare: counted.filter((u) => !known(u)).length / counted.length, units: counted.length };
  };
}
