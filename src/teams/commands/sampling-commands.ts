import { describeSampling, DIP_SAMPLING_KEY, DIP_SAMPLING_OFF, parseSamplingChange, type changeDipSampling, type DipSamplingSettings } from '../../moderation/dip-sample-settings';
import { moderationActorOf } from './actor-roles';
import type { CommandHandler } from './command-context';
import type { SettingsRepo } from '../../ports/settings-repo';
import type { BoundUseCase, RoleLookup } from '../route-deps';

/** What "sample" uses. */
export interface SamplingCommandDeps extends RoleLookup {
  /** The dip-sampling setting, read to say what is set. */
  readonly store: { readonly settings: SettingsRepo };
  /** Changes it (admins only, audited). */
  readonly changeDipSampling: BoundUseCase<typeof changeDipSampling>;
}

/** "sample 2%", "sample 2% cap 40", "sample cap 40", "sample off"; "sample" alone says what is set. Admins only. */
export const handleSample: CommandHandler<'sample', SamplingCommandDeps> = async (ctx) => {
  const actor = await moderationActorOf(ctx);
  if (!ctx.command.text) {
    if (!actor.roles.has('admin')) return void (await ctx.context.sendActivity('Sorry, only network admins can see or change dip-sampling.'));
    const current = (await ctx.deps.store.settings.get<DipSamplingSettings>(DIP_SAMPLING_KEY)) ?? DIP_SAMPLING_OFF;
    return void (await ctx.context.sendActivity(`${describeSampling(current)} Change it with "sample 2%", "sample 2% cap 40" or "sample off".`));
  }
  const change = parseSamplingChange(ctx.command.text);
  if ('problem' in change) return void (await ctx.context.sendActivity(change.problem));
  const result = await ctx.deps.changeDipSampling(actor, change);
  if (!result.ok) return void (await ctx.context.sendActivity(result.message));
  ctx.logger.info({ ratePercent: result.settings.ratePercent, weeklyCap: result.settings.weeklyCap }, 'dip-sampling changed');
  await ctx.context.sendActivity(`${describeSampling(result.settings)} Sampled posts go to the moderators' channel as "Dip sample" cards.`);
};
