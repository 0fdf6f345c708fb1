import type { Clock } from '../../ports/clock';
import type { Repositories } from '../../ports/store';
import type { InTransaction, SqlClient } from '../sql-client';
import { activitiesRepo } from './activities-repo';
import { auditLogRepo } from './audit-log-repo';
import { conversationRefsRepo } from './conversation-refs-repo';
import { answerExamplesRepo } from './answer-examples-repo';
import { dipSamplesRepo } from './dip-samples-repo';
import { externalMembersRepo } from './external-members-repo';
import { operationalNudgesRepo } from './operational-nudges-repo';
import { feedbackRepo } from './feedback-repo';
import { flagActionsRepo } from './flag-actions-repo';
import { flagIntakeRepo } from './flag-intake-repo';
import { flagsRepo } from './flags-repo';
import { jobsRepo } from './jobs-repo';
import { outboxRepo } from './outbox-repo';
import { placeNamesRepo } from './place-names-repo';
import { postContentRepo } from './post-content-repo';
import { postsRepo } from './posts-repo';
import { rolesRepo } from './roles-repo';
import { settingsRepo } from './settings-repo';
import { watchedChannelsRepo } from './watched-channels-repo';

/** The same repositories over any client: the store's own (autocommit) or a transaction's. */
export function createRepositories(c: SqlClient, clock: Clock, inTransaction: InTransaction = (fn) => fn(c)): Repositories {
  return {
    placeNames: placeNamesRepo(c),
    flagIntake: flagIntakeRepo(c, clock),
    settings: settingsRepo(c, clock),
    watchedChannels: watchedChannelsRepo(c, clock),
    roles: rolesRepo(c, clock),
    conversationRefs: conversationRefsRepo(c, clock),
    posts: postsRepo(c, clock),
    flags: flagsRepo(c, clock),
    flagActions: flagActionsRepo(c, clock),
    postContent: postContentRepo(c, clock),
    audit: auditLogRepo(c, clock),
    outbox: outboxRepo(c, clock, inTransaction),
    activities: activitiesRepo(c, clock),
    feedback: feedbackRepo(c, clock),
    answerExamples: answerExamplesRepo(c, clock),
    jobs: jobsRepo(c, clock),
    dipSamples: dipSamplesRepo(c, clock),
    operationalNudges: operationalNudgesRepo(c, clock),
    externalMembers: externalMembersRepo(c, clock),
  };
}
