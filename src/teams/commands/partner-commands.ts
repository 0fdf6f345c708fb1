import { parsePartnerChange, type changePartnerDomains } from '../../membership/partner-domains';
import { moderationActorOf } from './actor-roles';
import type { CommandHandler } from './command-context';
import type { BoundUseCase, RoleLookup } from '../route-deps';

/** What "partner" uses. */
export interface PartnerCommandDeps extends RoleLookup {
  /** The partner domains now. */
  readonly partnerDomains: () => Promise<string[]>;
  /** Adds or removes a partner domain (admins only, audited). */
  readonly changePartnerDomains: BoundUseCase<typeof changePartnerDomains>;
}

const listText = (domains: readonly string[]) =>
  domains.length ? `Partner domains (their people never alert when added to a team): ${domains.join(', ')}.` : 'No partner domains yet: every external member added to a team alerts the moderators.';

/** "partners" lists; "partner add council.gov.uk" / "partner remove council.gov.uk" change the list. Admins only. */
export const handlePartner: CommandHandler<'partner', PartnerCommandDeps> = async (ctx) => {
  const actor = await moderationActorOf(ctx);
  const change = parsePartnerChange(ctx.command.text);
  if (!change) {
    if (!actor.roles.has('admin')) return void (await ctx.context.sendActivity('Sorry, only network admins can see or change the partner domains.'));
    return void (await ctx.context.sendActivity(`${listText(await ctx.deps.partnerDomains())} Change with "partner add <domain>" or "partner remove <domain>".`));
  }
  if ('problem' in change) return void (await ctx.context.sendActivity(change.problem));
  const result = await ctx.deps.changePartnerDomains(actor, change);
  if (!result.ok) return void (await ctx.context.sendActivity(result.message));
  ctx.logger.info({ count: result.domains.length, changed: result.changed }, 'partner domains changed');
  const what = 'add' in change ? (result.changed ? `Added ${change.add}.` : `${change.add} was already on the list.`) : result.changed ? `Removed ${change.remove}.` : `${change.remove} was not on the list.`;
  await ctx.context.sendActivity(`${what} ${listText(result.domains)}`);
};
