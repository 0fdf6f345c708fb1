import type { Role } from '../moderation/role';
import type { Citation } from '../policy';
import { adaptiveCard, heading, paragraph, plainText, quote, subtle, type AdaptiveCard } from './card-kit';

/** The private note a moderator sends the team owner about an external member. Name and domain only. */
export function ownerNoteCard(view: { teamName: string | null; memberName: string | null; memberDomain: string | null; clause?: Citation }): AdaptiveCard {
  const team = plainText(view.teamName ?? 'your team');
  const who = `${plainText(view.memberName ?? 'Someone')}${view.memberDomain ? ` (${plainText(view.memberDomain)})` : ''}`;
  return adaptiveCard(
    [
      heading(`About a member of ${team}`),
      paragraph(`${who} was added to ${team} and is from outside the force. The moderators asked me to check this with you.`),
      ...(view.clause ? [quote(view.clause.text, `Social media policy, section ${view.clause.section} (clause ${view.clause.clauseId})`)] : []),
      paragraph('If this is a team working with a partner organisation, please tell the moderators; otherwise please remove the member.'),
      subtle('Only you can see this note.'),
    ],
    { fallbackText: `${view.memberName ?? 'Someone'} from outside the force was added to ${view.teamName ?? 'your team'}. Please check this against the social media policy.` },
  );
}

const ROLE_NAMES: Record<Role, string> = { admin: 'admin', moderator: 'moderator', psd: 'Professional Standards' };

/** Tells the admins (in the moderators' channel) that a leaver's roles were removed. */
export function leaverRolesRemovedCard(view: { name: string | null; roles: Role[]; clause?: Citation }): AdaptiveCard {
  const roles = view.roles.map((r) => ROLE_NAMES[r]).join(', ');
  const who = plainText(view.name ?? 'A role holder');
  return adaptiveCard(
    [
      heading('Role removed: no longer in the organisation'),
      paragraph(`${who} is no longer a member of the organisation's directory (checked against the team rosters), so their ${roles} role${view.roles.length > 1 ? 's were' : ' was'} removed.`),
      ...(view.clause ? [quote(view.clause.text, `Social media policy, section ${view.clause.section} (clause ${view.clause.clauseId})`)] : []),
      subtle('Recorded in the audit log. If this is wrong, an admin can grant the role again.'),
    ],
    { fallbackText: `${view.name ?? 'A role holder'} left the organisation; their ${roles} role(s) were removed.` },
  );
}
