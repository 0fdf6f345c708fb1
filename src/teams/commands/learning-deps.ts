import type { AnswerLearningDeps } from '../../answer-learning/answer-learning';
import type { BotServices } from '../bot-services';

export function learningDeps(services: BotServices): AnswerLearningDeps {
  return {
    store: services.store,
    clock: services.clock,
    maskText: services.moderationDeps.maskText,
    reloadExamples: () => services.reloadExamples(),
  };
}
