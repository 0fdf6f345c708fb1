import type { TurnContext } from 'botbuilder';
import type { BotServices } from '../bot-services';

/** What the member checks use. */
export type TeamMembersDeps = Pick<BotServices, 'config' | 'logger' | 'roster' | 'moderationDeps' | 'kickDispatcher'>;
import { considerMember } from '../../membership/external-member-alerts';
import { alertExternalMembers } from '../../membership/membership-sweep';
import type { ConversationRef } from '../../ports/messenger';
import { RosterError } from '../../ports/team-roster';
import { readChannelData } from '../activity-schema';
import { placeOf, turnLogger } from '../turn-info';

function teamOf(context: TurnContext) {
  const channelData = readChannelData(context.activity.channelData);
  const place = placeOf(context);
  if (!place.teamId) return undefined;
  return { teamId: place.teamId, teamName: channelData.team?.name ?? null, serviceUrl: context.activity.serviceUrl, tenantId: place.tenantId };
}

function tenantOf(context: TurnContext, services: TeamMembersDeps): string | undefined {
  return services.config.bot.tenantId ?? placeOf(context).tenantId;
}

/**
 * membersAdded in a team (channelData.eventType 'teamMemberAdded'): each person added is looked up
 * in the roster (TeamsInfo.getMember's call) for their role and tenant, and an external one is
 * put to the moderators. The person who added them (the activity's `from`) is the team owner the
 * moderators may raise it with. A roster that cannot be read is logged and left to the daily check.
 */
export async function checkAddedMembers(context: TurnContext, services: TeamMembersDeps, added: ReadonlyArray<{ id: string }>): Promise<void> {
  const team = teamOf(context);
  if (!team) return;
  const activity = context.activity;
  const logger = turnLogger(context, services.logger);
  const ownerRef: ConversationRef | undefined = activity.from?.id
    ? { serviceUrl: activity.serviceUrl, conversationId: '', channelId: activity.channelId, tenantId: team.tenantId, botId: activity.recipient?.id, userId: activity.from.id, userAadObjectId: activity.from.aadObjectId?.toLowerCase(), conversationType: 'personal' }
    : undefined;
  for (const { id } of added) {
    let member;
    try {
      member = await services.roster.getMember(team, id);
    } catch (error) {
      logger.warn({ status: error instanceof RosterError ? error.status : undefined }, 'roster lookup of an added member failed; the daily check will look again');
      continue;
    }
    if (!member) continue;
    const result = await considerMember(services.moderationDeps, {
      team: { teamId: team.teamId, teamName: team.teamName }, member, source: 'member_added', tenantId: tenantOf(context, services),
      addedBy: ownerRef ? { name: activity.from.name ?? null, ref: ownerRef } : undefined,
    });
    logger.info({ outcome: result.outcome }, 'added team member checked');
    if (result.cardConversation) services.kickDispatcher(result.cardConversation);
  }
}

/** The bot was added to a team: everyone already in it is checked once, as the daily check would. */
export async function checkTeamOnInstall(context: TurnContext, services: TeamMembersDeps): Promise<void> {
  const team = teamOf(context);
  if (!team) return;
  const logger = turnLogger(context, services.logger);
  try {
    const members = await services.roster.listMembers(team);
    const result = await alertExternalMembers({ moderation: services.moderationDeps, roster: services.roster, tenantId: tenantOf(context, services) }, { ...team, watched: true }, members, 'bot_installed');
    logger.info({ members: members.length, alerted: result.alerted }, 'team roster checked on install');
    for (const conversation of result.conversations) services.kickDispatcher(conversation);
  } catch (error) {
    logger.warn({ status: error instanceof RosterError ? error.status : undefined }, 'roster of the new team could not be read; the daily check will look again');
  }
}
