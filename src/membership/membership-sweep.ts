import type { ModerationDeps } from '../moderation/moderation-deps';
import type { ExternalMemberSource } from '../ports/member-checks';
import { RosterError, type RosterMember, type TeamRoster } from '../ports/team-roster';
import { considerMember } from './external-member-alerts';
import { knownTeams, type KnownTeam } from './known-teams';
import { findLeavers, removeLeaverRoles, tooManyAtOnce } from './leavers';

/** The last roster check's outcome, shown on the settings card (a failure must be visible there). */
export const MEMBERSHIP_CHECK_KEY = 'membership.lastCheck';

export interface MembershipCheckStatus {
  at: string;
  /** False when any roster could not be read, or revocation was held back. */
  ok: boolean;
  teamsRead: number;
  failures: Array<{ teamName: string | null; status: number | null; problem: string }>;
  /** Why no role was removed although leavers were found (or rosters failed). */
  heldBack?: string;
  leaversRemoved: number;
  externalAlerted: number;
}

export interface SweepDeps {
  moderation: ModerationDeps;
  roster: TeamRoster;
  /** The bot's tenant from configuration; otherwise the tenant each team was met in. */
  tenantId?: string;
}

/** Checks every member of one team for external people (bot installed, daily sweep). Returns how many alerts went out. */
export async function alertExternalMembers(deps: SweepDeps, team: KnownTeam, members: readonly RosterMember[], source: ExternalMemberSource): Promise<{ alerted: number; conversations: string[] }> {
  let alerted = 0;
  const conversations = new Set<string>();
  for (const member of members) {
    const result = await considerMember(deps.moderation, { team: { teamId: team.teamId, teamName: team.teamName ?? null }, member, source, tenantId: deps.tenantId ?? team.tenantId });
    if (result.outcome === 'alerted') {
      alerted += 1;
      if (result.cardConversation) conversations.add(result.cardConversation);
    }
  }
  return { alerted, conversations: [...conversations] };
}

function problemOf(error: unknown): { status: number | null; problem: string } {
  if (error instanceof RosterError) return { status: error.status ?? null, problem: error.status === 403 ? 'the bot may not read this team (403)' : error.message.slice(0, 200) };
  return { status: null, problem: 'the roster could not be read' };
}

/**
 * The daily check. Reads the roster of every team the bot knows; alerts on external members of
 * teams with watched channels; and removes the roles of holders who are in none of the rosters.
 * Revocation needs every roster: one that failed (403, outage) might be the only one holding a
 * role holder, so then nothing is revoked and the failure is recorded for the settings card.
 */
export async function runMembershipSweep(deps: SweepDeps): Promise<MembershipCheckStatus & { conversations: string[] }> {
  const { store, clock } = deps.moderation;
  const teams = await knownTeams(store);
  const failures: MembershipCheckStatus['failures'] = [];
  const present = new Set<string>();
  const conversations = new Set<string>();
  let externalAlerted = 0;
  let teamsRead = 0;
  for (const team of teams) {
    let members: RosterMember[];
    try {
      members = await deps.roster.listMembers(team);
    } catch (error) {
      failures.push({ teamName: team.teamName ?? null, ...problemOf(error) });
      continue;
    }
    // A team always has at least its owner: an empty roster is a broken answer, not an empty team.
    if (members.length === 0) {
      failures.push({ teamName: team.teamName ?? null, status: null, problem: 'the roster came back empty' });
      continue;
    }
    teamsRead += 1;
    for (const member of members) if (member.aadObjectId) present.add(member.aadObjectId.toLowerCase());
    if (team.watched && !(await store.externalMembers.isTeamAllowed(team.teamId))) {
      const result = await alertExternalMembers(deps, team, members, 'sweep');
      externalAlerted += result.alerted;
      result.conversations.forEach((c) => conversations.add(c));
    }
  }

  let heldBack: string | undefined;
  let leaversRemoved = 0;
  if (teams.length === 0) heldBack = 'the bot knows no team to read a roster from (watch a channel or set the moderators\' channel)';
  else if (failures.length > 0) heldBack = 'a roster could not be read, so no role was removed';
  else {
    const granted = await store.roles.list();
    const leavers = findLeavers(granted, present);
    if (tooManyAtOnce(leavers.length, new Set(granted.map((g) => g.userId)).size)) {
      heldBack = `${leavers.length} role holders were missing at once, which looks like an incomplete roster; no role was removed. Check them and use "revoke" by hand.`;
    } else {
      for (const leaver of leavers) if ((await removeLeaverRoles(deps.moderation, leaver)).length) leaversRemoved += 1;
    }
  }

  const status: MembershipCheckStatus = { at: clock.now().toISOString(), ok: failures.length === 0 && !heldBack, teamsRead, failures, ...(heldBack ? { heldBack } : {}), leaversRemoved, externalAlerted };
  await store.settings.set(MEMBERSHIP_CHECK_KEY, status, 'system');
  await store.audit.append({ actorId: 'system', actorName: 'Policy bot', action: 'membership.check', target: null, details: { ok: status.ok, teamsRead, failures: failures.length, leaversRemoved, externalAlerted }, at: clock.now() });
  return { ...status, conversations: [...conversations] };
}
