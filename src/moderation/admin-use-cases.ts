import type { ConversationRef } from '../ports/messenger';
import type { Clock } from '../ports/clock';
import type { Repositories, Store } from '../ports/store';
import type { Role } from './role';
import { forbidden, type ModerationActor, type Refusal } from './actor';
import { DETECTOR_SETTINGS_KEY, MODERATORS_CHANNEL_KEY, PSD_CHANNEL_KEY, type ChannelSetting, type DetectorToggles } from './channel-settings';

export interface ChannelTarget {
  channelId: string;
  teamId: string;
  name: string;
  teamName?: string | null;
  conversationRef: ConversationRef;
}

type Done<T extends object = object> = ({ ok: true } & T) | Refusal;

const ADMIN_ONLY = 'Sorry, only network admins can change what I watch and where cards go. I have noted the request.';

/**
 * Admin configuration use cases. Each checks the role itself, audits success and refusal alike,
 * and does its writes in one transaction with the audit entry.
 */
export class AdminUseCases {
  constructor(private readonly store: Store, private readonly clock: Clock) {}

  private async refuse(actor: ModerationActor, command: string, target: string | null): Promise<Refusal> {
    await this.store.audit.append({ actorId: actor.id, actorName: actor.name, action: 'command.refused', target, reason: 'not an admin', details: { command }, at: this.clock.now() });
    return forbidden(ADMIN_ONLY);
  }

  async watch(actor: ModerationActor, channel: ChannelTarget): Promise<Done<{ alreadyWatched: boolean }>> {
    if (!actor.roles.has('admin')) return this.refuse(actor, 'watch', channel.channelId);
    return this.store.transaction(async (tx) => {
      const created = await tx.watchedChannels.watch({ ...channel, watchedBy: actor.id, watchedAt: this.clock.now() });
      await this.audit(tx, actor, 'command.watch', channel.channelId, { alreadyWatched: !created });
      return { ok: true as const, alreadyWatched: !created };
    });
  }

  async unwatch(actor: ModerationActor, channelId: string): Promise<Done<{ wasWatched: boolean }>> {
    if (!actor.roles.has('admin')) return this.refuse(actor, 'unwatch', channelId);
    return this.store.transaction(async (tx) => {
      const removed = await tx.watchedChannels.unwatch(channelId);
      await this.audit(tx, actor, 'command.unwatch', channelId, { wasWatched: removed });
      return { ok: true as const, wasWatched: removed };
    });
  }

  async setChannel(actor: ModerationActor, which: 'moderators' | 'psd', channel: ChannelTarget): Promise<Done> {
    if (!actor.roles.has('admin')) return this.refuse(actor, `set ${which}`, channel.channelId);
    const setting: ChannelSetting = { ...channel, setBy: actor.id, setAt: this.clock.now().toISOString() };
    return this.store.transaction(async (tx) => {
      // PSD escalations carry the post text unmasked: they must never land where every moderator reads.
      const other = await tx.settings.get<ChannelSetting>(which === 'moderators' ? PSD_CHANNEL_KEY : MODERATORS_CHANNEL_KEY);
      if (other?.channelId === channel.channelId) {
        await tx.audit.append({ actorId: actor.id, actorName: actor.name, action: 'command.refused', target: channel.channelId, reason: 'moderators and PSD channels must differ', details: { command: `set ${which}` }, at: this.clock.now() });
        return forbidden(
          which === 'psd'
            ? 'This channel is the moderators’ channel, so it cannot also be the Professional Standards channel: escalations show the full post, which only PSD may see. Please run `set psd` in a private channel that only PSD staff can read.'
            : 'This channel is the Professional Standards channel, so it cannot also be the moderators’ channel: PSD material must stay where only PSD can read it. Please run `set moderators` in the moderators’ own channel.',
        );
      }
      await tx.settings.set(which === 'moderators' ? MODERATORS_CHANNEL_KEY : PSD_CHANNEL_KEY, setting, actor.id);
      await this.audit(tx, actor, `command.set_${which}`, channel.channelId, {});
      return { ok: true as const };
    });
  }

  async grant(actor: ModerationActor, role: Role, target: { userId: string; name: string }): Promise<Done<{ changed: boolean }>> {
    if (!actor.roles.has('admin')) return this.refuse(actor, `grant ${role}`, target.userId);
    return this.store.transaction(async (tx) => {
      const changed = await tx.roles.grant({ userId: target.userId, role, name: target.name, grantedBy: actor.id, grantedAt: this.clock.now() });
      await this.audit(tx, actor, 'role.grant', target.userId, { role, changed });
      return { ok: true as const, changed };
    });
  }

  async revoke(actor: ModerationActor, role: Role, target: { userId: string; name: string }): Promise<Done<{ changed: boolean }>> {
    if (!actor.roles.has('admin')) return this.refuse(actor, `revoke ${role}`, target.userId);
    return this.store.transaction(async (tx) => {
      const changed = await tx.roles.revoke(target.userId, role);
      await this.audit(tx, actor, 'role.revoke', target.userId, { role, changed });
      return { ok: true as const, changed };
    });
  }

  async setDetector(actor: ModerationActor, detectorType: string, enabled: boolean): Promise<Done> {
    if (!actor.roles.has('admin')) return this.refuse(actor, 'settings.detector', detectorType);
    return this.store.transaction(async (tx) => {
      const toggles = (await tx.settings.getForUpdate<DetectorToggles>(DETECTOR_SETTINGS_KEY)) ?? {};
      await tx.settings.set(DETECTOR_SETTINGS_KEY, { ...toggles, [detectorType]: enabled }, actor.id);
      await this.audit(tx, actor, 'settings.detector', detectorType, { enabled });
      return { ok: true as const };
    });
  }

  async viewSettings(actor: ModerationActor): Promise<Done> {
    if (!actor.roles.has('admin')) return this.refuse(actor, 'settings', null);
    await this.store.audit.append({ actorId: actor.id, actorName: actor.name, action: 'settings.view', target: null, at: this.clock.now() });
    return { ok: true };
  }

  private async audit(tx: Repositories, actor: ModerationActor, action: string, target: string | null, details: Record<string, unknown>): Promise<void> {
    await tx.audit.append({ actorId: actor.id, actorName: actor.name, action, target, details, at: this.clock.now() });
  }
}
