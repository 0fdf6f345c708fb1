/**
 * Ports for the membership rules of issue 16 (external members in teams, leavers losing roles).
 * Kept out of store.ts so the store can be split per port without touching these.
 * Domain-only: no driver imports.
 */
import type { ConversationRef } from './messenger';

interface Period {
  from: Date;
  to: Date;
}

/** How an external member came to the bot's attention. */
export type ExternalMemberSource = 'member_added' | 'bot_installed' | 'sweep';
/** Why the member counts as external: a guest account, or an account from another tenant. */
export type ExternalReason = 'guest' | 'other_tenant';
export type ExternalAlertState = 'open' | 'expected' | 'raised';

/**
 * One external member found in one team. Only what the moderators' card shows: the display name
 * and the domain, never the full address or the account id beyond the key that dedupes alerts.
 */
export interface ExternalMemberAlert {
  /** "X-" + 8 Crockford base32 chars. */
  id: string;
  teamId: string;
  teamName: string | null;
  /** The member's Entra object id when Teams gave one, else their Teams id: one alert per member per team. */
  memberKey: string;
  memberName: string | null;
  memberDomain: string | null;
  reason: ExternalReason;
  source: ExternalMemberSource;
  detectedAt: Date;
  /** Who added them (from the membersAdded activity): in Teams only team owners add guests. Null when found by a sweep. */
  addedByName: string | null;
  /** How to reach the person who added them privately (a 1:1 ref, opened on delivery). */
  ownerRef: ConversationRef | null;
  state: ExternalAlertState;
  decidedAt: Date | null;
  decidedBy: string | null;
  decidedByName: string | null;
  decisionReason: string | null;
  cardOutboxId: number | null;
}

export type NewExternalMemberAlert = Pick<ExternalMemberAlert, 'teamId' | 'teamName' | 'memberKey' | 'memberName' | 'memberDomain' | 'reason' | 'source' | 'addedByName' | 'ownerRef'> & { detectedAt?: Date };

export interface PartnerTeam {
  teamId: string;
  teamName: string | null;
  reason: string;
  allowedBy: string;
  allowedByName: string | null;
  allowedAt: Date;
}

export interface ExternalMemberCounts {
  /** Alerts raised in the period. */
  alerted: number;
  /** Of those, marked expected (partner team) by a moderator. */
  expected: number;
  /** Of those, raised with the team owner. */
  raised: number;
}

export interface ExternalMembersRepo {
  /** Records an alert unless this member of this team was alerted before; undefined when nothing was written. */
  record(input: NewExternalMemberAlert): Promise<ExternalMemberAlert | undefined>;
  get(id: string): Promise<ExternalMemberAlert | undefined>;
  /** Open -> expected/raised, once: false (no change) when someone else decided first. */
  decide(id: string, outcome: { state: 'expected' | 'raised'; by: string; byName: string | null; reason?: string | null; at?: Date }): Promise<boolean>;
  setCardOutboxId(id: string, outboxId: number): Promise<void>;
  counts(period: Period): Promise<ExternalMemberCounts>;
  /** Upsert of a team a moderator said is a partner team (its external members are expected). */
  allowTeam(input: Omit<PartnerTeam, 'allowedAt'> & { allowedAt?: Date }): Promise<void>;
  isTeamAllowed(teamId: string): Promise<boolean>;
  listAllowedTeams(): Promise<PartnerTeam[]>;
}
