import { feedbackThanksCard } from '../../cards/answer-card';
import { sectionCard } from '../../cards/section-card';
import type { CardActionHandler } from './card-action-context';

export const showSection: CardActionHandler<'policy.section'> = async ({ services, action }) => {
  const clause = services.policy.clause(action.clauseId);
  const section = clause ? services.policy.section(clause.sectionId) : undefined;
  if (!clause || !section) return { kind: 'error', status: 404, text: "Sorry, I couldn't find that part of the policy. It may have been updated; please ask again." };
  const expired = services.policy.documents.find((doc) => doc.id === clause.documentId)?.metadata;
  const expiryNote = expired?.expired ? 'This policy is marked as expired; check with the policy owner for the current version.' : undefined;
  return { kind: 'card', card: sectionCard(section, clause.id, expiryNote) };
};

export const recordFeedback: CardActionHandler<'policy.feedback'> = async ({ services, action, logger }) => {
  // Only the clause, the verdict and the vote: no question text and no user id, by design.
  await services.store.feedback.record({ clauseId: action.clauseId ?? 'none', verdict: action.verdict, helpful: action.helpful, at: services.clock.now() });
  logger.info({ clauseId: action.clauseId, helpful: action.helpful }, 'answer feedback recorded');
  return { kind: 'card', card: feedbackThanksCard(action.helpful ? 'Glad that helped.' : "Sorry that didn't help. The policy team reviews answers marked unhelpful.") };
};
