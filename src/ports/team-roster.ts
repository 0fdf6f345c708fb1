/**
 * Team roster port: who is in a team, as Teams says (the Bot Framework roster API that
 * TeamsInfo.getMember / getPagedMembers call). Domain-only: the HTTP implementation is
 * src/connector/team-roster-client.ts.
 */

/** Where a team's roster is read: the team id and the service URL Teams gave with it. */
export interface TeamAddress {
  teamId: string;
  serviceUrl: string;
  teamName?: string | null;
}

/** A roster entry (TeamsChannelAccount). Fields are optional because Teams omits them for some kinds of account. */
export interface RosterMember {
  /** Teams id ("29:..."). */
  id: string;
  /** Entra object id (the REST API calls it objectId). */
  aadObjectId?: string;
  name?: string;
  email?: string;
  userPrincipalName?: string;
  tenantId?: string;
  /** 'user' | 'guest' | 'anonymous' (Teams' own words). */
  userRole?: string;
}

export interface TeamRoster {
  /** One member, or undefined when Teams says they are not in the team (404). Throws RosterError otherwise. */
  getMember(team: TeamAddress, memberId: string): Promise<RosterMember | undefined>;
  /** Every member, page by page. Throws RosterError when any page cannot be read. */
  listMembers(team: TeamAddress): Promise<RosterMember[]>;
}

/** The roster could not be read (403: the bot lost access; 5xx or network: an outage). */
export class RosterError extends Error {
  readonly status?: number;
  constructor(message: string, status?: number) {
    super(message);
    this.name = 'RosterError';
    this.status = status;
  }
}
