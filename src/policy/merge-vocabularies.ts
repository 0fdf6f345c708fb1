import { EMPTY_VOCABULARY, type Vocabulary } from './vocabulary';

/** Several policies searched together share one vocabulary: the union of their files. */
export function mergeVocabularies(list: (Vocabulary | undefined)[]): Vocabulary {
  const present = list.filter((v): v is Vocabulary => v !== undefined);
  if (present.length === 0) return EMPTY_VOCABULARY;
  if (present.length === 1) return present[0];
  return {
    terms: present.flatMap((v) => v.terms),
    subject: present.flatMap((v) => v.subject),
    outsideSubject: present.flatMap((v) => v.outsideSubject),
    weak: present.flatMap((v) => v.weak),
    topics: Object.assign({}, ...present.map((v) => v.topics).reverse()),
  };
}
