/**
 * The Teams roster over the Bot Framework connector REST API (v3): the same calls TeamsInfo.getMember
 * and TeamsInfo.getPagedMembers make (GET v3/conversations/{teamId}/members/{userId} and
 * GET v3/conversations/{teamId}/pagedmembers). Made directly, like ConnectorMessenger, because the
 * daily check runs outside any turn (TeamsInfo needs a TurnContext) and so timeouts are ours.
 */
import { z } from 'zod';
import { RosterError, type RosterMember, type TeamAddress, type TeamRoster } from '../ports/team-roster';
import type { TokenProvider } from './token-provider';

const memberSchema = z
  .object({
    id: z.string().min(1),
    objectId: z.string().optional(),
    aadObjectId: z.string().optional(),
    name: z.string().optional(),
    givenName: z.string().optional(),
    surname: z.string().optional(),
    email: z.string().optional(),
    userPrincipalName: z.string().optional(),
    tenantId: z.string().optional(),
    userRole: z.string().optional(),
  })
  .passthrough();

const pageSchema = z.object({ members: z.array(memberSchema).default([]), continuationToken: z.string().nullish() }).passthrough();

/** Teams pages at most 500 members; asking for that many keeps a large team to a few calls. */
const PAGE_SIZE = 500;
/** A runaway continuation token must not loop for ever: 200 pages is 100,000 members. */
const MAX_PAGES = 200;

function toMember(m: z.infer<typeof memberSchema>): RosterMember {
  const name = m.name ?? ([m.givenName, m.surname].filter(Boolean).join(' ') || undefined);
  return { id: m.id, aadObjectId: m.objectId ?? m.aadObjectId, name, email: m.email, userPrincipalName: m.userPrincipalName, tenantId: m.tenantId, userRole: m.userRole };
}

export function createTeamRosterClient(opts: { tokens: TokenProvider; timeoutMs?: number; fetch?: typeof fetch }): TeamRoster {
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const fetchFn = opts.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));

  async function get(team: TeamAddress, path: string): Promise<{ status: number; body: unknown }> {
    let token: string | undefined;
    try {
      token = await opts.tokens.getToken(team.serviceUrl);
    } catch {
      throw new RosterError('could not get a Bot Framework token');
    }
    const base = team.serviceUrl.endsWith('/') ? team.serviceUrl : `${team.serviceUrl}/`;
    let res: Response;
    try {
      res = await fetchFn(new URL(path, base).toString(), { method: 'GET', headers: token ? { authorization: `Bearer ${token}` } : {}, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      const name = (error as Error)?.name;
      throw new RosterError(name === 'TimeoutError' || name === 'AbortError' ? `roster timed out after ${timeoutMs} ms` : 'roster network error');
    }
    const text = await res.text().catch(() => '');
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    return { status: res.status, body };
  }

  const conversation = (team: TeamAddress) => `v3/conversations/${encodeURIComponent(team.teamId)}`;

  return {
    async getMember(team, memberId) {
      const { status, body } = await get(team, `${conversation(team)}/members/${encodeURIComponent(memberId)}`);
      if (status === 404) return undefined;
      if (status < 200 || status >= 300) throw new RosterError(`roster answered HTTP ${status}`, status);
      const parsed = memberSchema.safeParse(body);
      if (!parsed.success) throw new RosterError('roster answered with an unexpected member shape', status);
      return toMember(parsed.data);
    },
    async listMembers(team) {
      const members: RosterMember[] = [];
      let continuationToken: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const query = new URLSearchParams({ pageSize: String(PAGE_SIZE), ...(continuationToken ? { continuationToken } : {}) });
        const { status, body } = await get(team, `${conversation(team)}/pagedmembers?${query.toString()}`);
        if (status < 200 || status >= 300) throw new RosterError(`roster answered HTTP ${status}`, status);
        const parsed = pageSchema.safeParse(body);
        if (!parsed.success) throw new RosterError('roster answered with an unexpected page shape', status);
        members.push(...parsed.data.members.map(toMember));
        continuationToken = parsed.data.continuationToken ?? undefined;
        if (!continuationToken) return members;
      }
      throw new RosterError(`roster had more than ${MAX_PAGES} pages`);
    },
  };
}
