import { settingsCard } from '../../cards/settings-card';
import { AdminUseCases } from '../../moderation/admin-use-cases';
import { loadSettingsView } from '../../moderation/settings-view';
import { moderationActorOf } from '../commands/actor-roles';
import type { CardActionContext, CardActionHandler, CardActionResult } from './card-action-context';

async function currentSettings(ctx: CardActionContext): Promise<CardActionResult> {
  return { kind: 'card', card: settingsCard(await loadSettingsView(ctx.services.store, ctx.services.clock, ctx.services.config.bootstrapRoles)) };
}

const admin = (ctx: CardActionContext) => new AdminUseCases(ctx.services.store, ctx.services.clock);

export const refreshSettings: CardActionHandler<'settings.refresh'> = async (ctx) => {
  const result = await admin(ctx).viewSettings(await moderationActorOf(ctx));
  return result.ok ? currentSettings(ctx) : { kind: 'error', status: 403, text: result.message };
};

export const unwatchFromSettings: CardActionHandler<'settings.unwatch'> = async (ctx) => {
  const result = await admin(ctx).unwatch(await moderationActorOf(ctx), ctx.action.channelId);
  return result.ok ? currentSettings(ctx) : { kind: 'error', status: 403, text: result.message };
};

export const toggleDetector: CardActionHandler<'settings.detector'> = async (ctx) => {
  const known = ctx.services.scanners.detectorTypes.includes(ctx.action.detectorType);
  if (!known) return { kind: 'error', status: 400, text: 'Unknown detector type; nothing was changed.' };
  const result = await admin(ctx).setDetector(await moderationActorOf(ctx), ctx.action.detectorType, ctx.action.enabled);
  return result.ok ? currentSettings(ctx) : { kind: 'error', status: 403, text: result.message };
};
