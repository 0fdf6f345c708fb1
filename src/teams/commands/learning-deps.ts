import type { AnswerLearningDeps } from '../../answer-learning/answer-learning';
import { loadApprovedExamples } from '../../app/policy-examples';
import type { BotServices } from '../../app/services';

export function learningDeps(services: BotServices): AnswerLearningDeps {
  return {
    store: services.store,
    clock: services.clock,
    maskText: services.moderationDeps.maskText,
    reloadExamples: () => loadApprovedExamples(services.store, services.policy, services.logger),
  };
}
