import type { AnswerLearningDeps } from '../../answer-learning/answer-learning';
import type { BotServices } from '../bot-services';

/** What answer learning needs from the services. */
export type LearningServices = Pick<BotServices, 'store' | 'clock' | 'moderationDeps' | 'reloadExamples'>;

export function learningDeps(services: LearningServices): AnswerLearningDeps {
  return {
    store: services.store,
    clock: services.clock,
    maskText: services.moderationDeps.maskText,
    reloadExamples: () => services.reloadExamples(),
  };
}
