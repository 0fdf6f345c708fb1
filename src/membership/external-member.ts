import type { ExternalReason } from '../ports/member-checks';
import type { RosterMember } from '../ports/team-roster';

/**
 * Whether a team member is from outside the force. Teams marks guest accounts with userRole
 * 'guest'; a member whose tenant differs from the bot's is from another organisation (shared
 * channels, cross-tenant access). 'anonymous' (meeting guests) counts as external too: nobody
 * vouched for them.
 */
export function externalReason(member: RosterMember, ourTenantId: string | undefined): ExternalReason | undefined {
  const role = member.userRole?.toLowerCase();
  if (role === 'guest' || role === 'anonymous') return 'guest';
  if (ourTenantId && member.tenantId && member.tenantId.toLowerCase() !== ourTenantId.toLowerCase()) return 'other_tenant';
  return undefined;
}

/**
 * The member's email domain, lower case. A guest's user principal name is their home address
 * rewritten by Entra ("jo.bloggs_council.gov.uk#EXT#@force.onmicrosoft.com"), so the real
 * domain is recovered from the part before "#EXT#"; the email field, when present, is preferred.
 */
export function memberDomain(member: Pick<RosterMember, 'email' | 'userPrincipalName'>): string | null {
  const fromAddress = (address: string | undefined) => {
    const at = address?.lastIndexOf('@') ?? -1;
    return address && at > 0 ? address.slice(at + 1).toLowerCase() : null;
  };
  if (member.email) return fromAddress(member.email);
  const upn = member.userPrincipalName;
  if (!upn) return null;
  const ext = upn.toUpperCase().indexOf('#EXT#');
  if (ext > 0) {
    const home = upn.slice(0, ext);
    const underscore = home.lastIndexOf('_');
    return underscore > 0 ? home.slice(underscore + 1).toLowerCase() : null;
  }
  return fromAddress(upn);
}

/** A domain on the list, or a subdomain of one (a partner's "council.gov.uk" covers "social.council.gov.uk"). */
export function isPartnerDomain(domain: string | null, partners: readonly string[]): boolean {
  if (!domain) return false;
  return partners.some((partner) => domain === partner || domain.endsWith(`.${partner}`));
}

const DOMAIN = /^(?=.{3,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** "@Council.gov.uk" -> "council.gov.uk"; undefined when it is not a domain name. */
export function normaliseDomain(text: string): string | undefined {
  const domain = text.trim().toLowerCase().replace(/^@/, '').replace(/\.$/, '');
  return DOMAIN.test(domain) ? domain : undefined;
}
