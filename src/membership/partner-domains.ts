import type { Clock } from '../ports/clock';
import type { Store } from '../ports/store';
import { forbidden, type ModerationActor, type Refusal } from '../moderation/actor';
import { normaliseDomain } from './external-member';

/** Partner organisations' email domains whose people never alert (e.g. the county council in a joint team). */
export const PARTNER_DOMAINS_KEY = 'membership.partnerDomains';
export const MAX_PARTNER_DOMAINS = 200;

export type PartnerDomainChange = { add: string } | { remove: string };

/** The text after "partner": "add <domain>", "remove <domain>"; empty to list. */
export function parsePartnerChange(text: string): PartnerDomainChange | { problem: string } | undefined {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (!trimmed || /^(domains?|list)$/i.test(trimmed)) return undefined;
  const match = /^(add|allow|remove|delete)\s+(\S+)$/i.exec(trimmed);
  if (!match) return { problem: 'Say "partner add council.gov.uk", "partner remove council.gov.uk", or "partners" to see the list.' };
  const domain = normaliseDomain(match[2]!);
  if (!domain) return { problem: `"${match[2]!.slice(0, 80)}" is not a domain name. Give the part after the @, for example "council.gov.uk".` };
  return /^(add|allow)$/i.test(match[1]!) ? { add: domain } : { remove: domain };
}

export async function partnerDomains(store: Pick<Store, 'settings'>): Promise<string[]> {
  return (await store.settings.get<string[]>(PARTNER_DOMAINS_KEY)) ?? [];
}

const ADMIN_ONLY = 'Sorry, only network admins can change the partner domains. I have noted the request.';

/** Adds or removes a partner domain (admins only, audited). `changed` false when it was already so. */
export async function changePartnerDomains(store: Store, clock: Clock, actor: ModerationActor, change: PartnerDomainChange): Promise<{ ok: true; domains: string[]; changed: boolean } | Refusal> {
  if (!actor.roles.has('admin')) {
    await store.audit.append({ actorId: actor.id, actorName: actor.name, action: 'command.refused', target: null, reason: 'not an admin', details: { command: 'partner' }, at: clock.now() });
    return forbidden(ADMIN_ONLY);
  }
  return store.transaction(async (tx) => {
    // Locked until commit: two admins adding at once (several instances) must not lose one domain.
    const before = (await tx.settings.getForUpdate<string[]>(PARTNER_DOMAINS_KEY)) ?? [];
    const domain = 'add' in change ? change.add : change.remove;
    const after = 'add' in change ? [...new Set([...before, domain])].sort() : before.filter((d) => d !== domain);
    if (after.length > MAX_PARTNER_DOMAINS) return { ok: false as const, reason: 'invalid' as const, message: `There can be at most ${MAX_PARTNER_DOMAINS} partner domains.` };
    const changed = after.length !== before.length;
    if (changed) {
      await tx.settings.set(PARTNER_DOMAINS_KEY, after, actor.id);
      await tx.audit.append({ actorId: actor.id, actorName: actor.name, action: 'settings.partner_domains', target: domain, details: { change: 'add' in change ? 'add' : 'remove', count: after.length }, at: clock.now() });
    }
    return { ok: true as const, domains: after, changed };
  });
}
