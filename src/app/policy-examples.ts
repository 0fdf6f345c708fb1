import type { Logger } from '../ports/logger';
import type { Store } from '../ports/store';
import type { LivePolicyIndex } from './live-policy-index';

/**
 * Approved "Not helpful" choices become example questions the retriever matches. Called at
 * start and after every review decision, so an approval takes effect on the next question.
 * A store that cannot be read leaves the current index as it is: answers still work.
 */
export async function loadApprovedExamples(store: Pick<Store, 'answerExamples'>, policy: LivePolicyIndex, logger: Logger): Promise<number> {
  try {
    const pairs = await store.answerExamples.approvedPairs();
    policy.useExamples(pairs.map((p) => ({ question: p.question, clauseId: p.clauseId })));
    return pairs.length;
  } catch (error) {
    logger.warn({ err: error }, 'approved example questions could not be loaded; answering without them');
    return 0;
  }
}
