import type { PartnerTeam } from '../ports/member-checks';
import type { Store } from '../ports/store';
import { MEMBERSHIP_CHECK_KEY, type MembershipCheckStatus } from './membership-sweep';
import { partnerDomains } from './partner-domains';

/** What the admins' settings card shows about membership checks. */
export interface MembershipSettingsView {
  partnerDomains: string[];
  partnerTeams: Array<Pick<PartnerTeam, 'teamId' | 'teamName' | 'reason'>>;
  /** The last daily roster check; undefined before the first. */
  lastCheck?: MembershipCheckStatus;
}

export async function loadMembershipSettings(store: Pick<Store, 'settings' | 'externalMembers'>): Promise<MembershipSettingsView> {
  const [domains, teams, lastCheck] = await Promise.all([partnerDomains(store), store.externalMembers.listAllowedTeams(), store.settings.get<MembershipCheckStatus>(MEMBERSHIP_CHECK_KEY)]);
  return { partnerDomains: domains, partnerTeams: teams.map((t) => ({ teamId: t.teamId, teamName: t.teamName, reason: t.reason })), ...(lastCheck ? { lastCheck } : {}) };
}
