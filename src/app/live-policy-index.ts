import { createPolicyIndex, type Answer, type ApprovedExample, type PolicyDocument, type PolicyIndex, type PolicyIndexOptions } from '../policy';
import type { SentenceEncoder } from '../language/sentence-encoder';

/**
 * The policy index the bot answers from, rebuilt when an admin approves or rejects example
 * questions (learning from use). Routes hold this object; each call goes to the current index,
 * so a rebuild is atomic from their point of view. Rebuilding takes milliseconds (the word
 * vectors and clause vectors are reused).
 *
 * `ask` is how the bot answers: the index on its own, and, only for a question it would refuse
 * while not plainly off-topic, the sentence encoder's opinion first (docs/policy-answers.md).
 */
export interface LivePolicyIndex extends PolicyIndex {
  useExamples(examples: ApprovedExample[]): void;
  /** Attach the sentence encoder once it has loaded (it loads after the bot starts listening). */
  useSentenceEncoder(encoder: SentenceEncoder): void;
  ask(question: string): Promise<Answer>;
}

export function createLivePolicyIndex(docs: PolicyDocument[], options: PolicyIndexOptions): LivePolicyIndex {
  let current = createPolicyIndex(docs, options);
  let encoder: SentenceEncoder | undefined;
  return {
    answer: (q, hints) => current.answer(q, hints),
    needsSentenceEncoder: (q) => current.needsSentenceEncoder(q),
    prepareAnswer: (q) => current.prepareAnswer(q),
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
    useSentenceEncoder(e) {
      encoder = e;
    },
    ask: (q) => askWithEncoder(current, encoder, q),
  };
}

/**
 * The index's answer, with the encoder consulted only when the index would otherwise refuse. The question is ranked
 * once (`prepareAnswer`: asking `needsSentenceEncoder` and then `answer` ranked it twice), and the encoder computes
 * only the cosines the answer reads (before a refusal, the clauses': not the 3,000 example questions').
 */
export async function askWithEncoder(index: PolicyIndex, encoder: SentenceEncoder | undefined, question: string): Promise<Answer> {
  const pending = index.prepareAnswer(question);
  if (!encoder || !pending.needsSentenceEncoder) return pending.answer();
  return pending.answer({ sentenceSimilarity: await encoder.similarities(question, pending.encoderTextsRead) });
}
