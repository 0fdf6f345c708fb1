import { settingsCard } from '../../cards/settings-card';
import type { AdminUseCases } from '../../moderation/admin-use-cases';
import type { SettingsView } from '../../cards/settings-card';
import { moderationActorOf } from '../commands/actor-roles';
import type { CardActionContext, CardActionHandler, CardActionResult } from './card-action-context';
import type { CardAction } from './card-action-schema';
import type { ScannerProvider } from '../../moderation/scanner-provider';
import type { RoleLookup } from '../route-deps';

/** What the settings card buttons use. */
export interface SettingsActionDeps extends RoleLookup {
  /** Unwatch, detector toggles, view settings: each checks the role and audits. */
  readonly admin: AdminUseCases;
  /** What the settings card shows now. */
  readonly settingsView: () => Promise<SettingsView>;
  /** The detector types an admin may switch on and off. */
  readonly scanners: Pick<ScannerProvider, 'detectorTypes'>;
}

async function currentSettings(ctx: CardActionContext<CardAction, SettingsActionDeps>): Promise<CardActionResult> {
  return { kind: 'card', card: settingsCard(await ctx.deps.settingsView()) };
}

const admin = (ctx: CardActionContext<CardAction, SettingsActionDeps>) => ctx.deps.admin;

export const refreshSettings: CardActionHandler<'settings.refresh', SettingsActionDeps> = async (ctx) => {
  const result = await admin(ctx).viewSettings(await moderationActorOf(ctx));
  return result.ok ? currentSettings(ctx) : { kind: 'error', status: 403, text: result.message };
};

export const unwatchFromSettings: CardActionHandler<'settings.unwatch', SettingsActionDeps> = async (ctx) => {
  const result = await admin(ctx).unwatch(await moderationActorOf(ctx), ctx.action.channelId);
  return result.ok ? currentSettings(ctx) : { kind: 'error', status: 403, text: result.message };
};

export const toggleDetector: CardActionHandler<'settings.detector', SettingsActionDeps> = async (ctx) => {
  const known = ctx.deps.scanners.detectorTypes.includes(ctx.action.detectorType);
  if (!known) return { kind: 'error', status: 400, text: 'Unknown detector type; nothing was changed.' };
  const result = await admin(ctx).setDetector(await moderationActorOf(ctx), ctx.action.detectorType, ctx.action.enabled);
  return result.ok ? currentSettings(ctx) : { kind: 'error', status: 403, text: result.message };
};
