import { considerMember } from '../../membership/external-member-alerts';
import { alertExternalMembers } from '../../membership/membership-sweep';
import type { ModerationDeps } from '../../moderation/moderation-deps';
import type { ConversationRef } from '../../ports/messenger';
import { RosterError, type TeamRoster } from '../../ports/team-roster';
import { readChannelData, type InboundActivity } from '../activity-schema';
import type { KickDispatcher } from '../route-deps';
import { placeOf, type Turn } from '../turn-info';

/** What the member checks (people added to a team, everyone in a team the bot joins) use. */
export interface TeamMembersDeps {
  /** The organisation's own tenant (BOT_TENANT_ID); unset, the activity's tenant is used. */
  readonly tenantId?: string;
  /** Team rosters (Bot Framework roster API). */
  readonly roster: TeamRoster;
  /** The external-member alert use cases. */
  readonly moderationDeps: ModerationDeps;
  readonly kickDispatcher: KickDispatcher;
}

function teamOf(activity: InboundActivity) {
  const channelData = readChannelData(activity.channelData);
  const place = placeOf(activity);
  if (!place.teamId) return undefined;
  return { teamId: place.teamId, teamName: channelData.team?.name ?? null, serviceUrl: activity.serviceUrl, tenantId: place.tenantId };
}

function tenantOf(activity: InboundActivity, deps: TeamMembersDeps): string | undefined {
  return deps.tenantId ?? placeOf(activity).tenantId;
}

/**
 * membersAdded in a team (channelData.eventType 'teamMemberAdded'): each person added is looked up
 * in the roster (TeamsInfo.getMember's call) for their role and tenant, and an external one is
 * put to the moderators. The person who added them (the activity's `from`) is the team owner the
 * moderators may raise it with. A roster that cannot be read is logged and left to the daily check.
 */
export async function checkAddedMembers(turn: Turn, deps: TeamMembersDeps, added: ReadonlyArray<{ id: string }>): Promise<void> {
  const { activity, logger } = turn;
  const team = teamOf(activity);
  if (!team) return;
  const ownerRef: ConversationRef | undefined = activity.from?.id
    ? { serviceUrl: activity.serviceUrl, conversationId: '', channelId: activity.channelId, tenantId: team.tenantId, botId: activity.recipient?.id, userId: activity.from.id, userAadObjectId: activity.from.aadObjectId?.toLowerCase(), conversationType: 'personal' }
    : undefined;
  for (const { id } of added) {
    let member;
    try {
      member = await deps.roster.getMember(team, id);
    } catch (error) {
      logger.warn({ status: error instanceof RosterError ? error.status : undefined }, 'roster lookup of an added member failed; the daily check will look again');
      continue;
    }
    if (!member) continue;
    const result = await considerMember(deps.moderationDeps, {
      team: { teamId: team.teamId, teamName: team.teamName }, member, source: 'member_added', tenantId: tenantOf(activity, deps),
      addedBy: ownerRef ? { name: activity.from.name ?? null, ref: ownerRef } : undefined,
    });
    logger.info({ outcome: result.outcome }, 'added team member checked');
    if (result.cardConversation) deps.kickDispatcher(result.cardConversation);
  }
}

/** The bot was added to a team: everyone already in it is checked once, as the daily check would. */
export async function checkTeamOnInstall(turn: Turn, deps: TeamMembersDeps): Promise<void> {
  const { activity, logger } = turn;
  const team = teamOf(activity);
  if (!team) return;
  try {
    const members = await deps.roster.listMembers(team);
    const result = await alertExternalMembers({ moderation: deps.moderationDeps, roster: deps.roster, tenantId: tenantOf(activity, deps) }, { ...team, watched: true }, members, 'bot_installed');
    logger.info({ members: members.length, alerted: result.alerted }, 'team roster checked on install');
    for (const conversation of result.conversations) deps.kickDispatcher(conversation);
  } catch (error) {
    logger.warn({ status: error instanceof RosterError ? error.status : undefined }, 'roster of the new team could not be read; the daily check will look again');
  }
}
