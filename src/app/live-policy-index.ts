import { createPolicyIndex, type ApprovedExample, type PolicyDocument, type PolicyIndex, type PolicyIndexOptions } from '../policy';

/**
 * The policy index the bot answers from, rebuilt when an admin approves or rejects example
 * questions (learning from use). Routes hold this object; each call goes to the current index,
 * so a rebuild is atomic from their point of view. Rebuilding takes milliseconds (the word
 * vectors and clause vectors are reused).
 */
export interface LivePolicyIndex extends PolicyIndex {
  useExamples(examples: ApprovedExample[]): void;
}

export function createLivePolicyIndex(docs: PolicyDocument[], options: PolicyIndexOptions): LivePolicyIndex {
  let current = createPolicyIndex(docs, options);
  return {
    answer: (q, hints) => current.answer(q, hints),
    answerFromClause: (q, id) => current.answerFromClause(q, id),
    clause: (id) => current.clause(id),
    section: (id) => current.section(id),
    clauseForTopic: (t) => current.clauseForTopic(t),
    get documents() {
      return current.documents;
    },
    get clauseCount() {
      return current.clauseCount;
    },
    get encoderTexts() {
      return current.encoderTexts;
    },
    useExamples(examples) {
      current = createPolicyIndex(docs, { ...options, examples });
    },
  };
}
