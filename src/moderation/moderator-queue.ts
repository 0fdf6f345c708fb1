import type { Store } from '../ports/store';
import type { Clock } from '../ports/clock';
import { forbidden, type ModerationActor, type Refusal } from './actor';
import { MODERATORS_CHANNEL_KEY, type ChannelSetting } from './channel-settings';
import type { QueueView } from './flag-views';

const SHOWN = 25;
const COUNTED = 1000;

/** Open and appealed flags, oldest first, for a moderator (viewing is audited like every other view). */
export async function moderatorQueue(store: Store, clock: Clock, actor: ModerationActor): Promise<({ ok: true } & QueueView) | Refusal> {
  if (!actor.roles.has('moderator')) {
    await store.audit.append({ actorId: actor.id, actorName: actor.name, action: 'command.refused', target: null, reason: 'not a moderator', details: { command: 'queue' }, at: clock.now() });
    return forbidden('Sorry, the queue of flagged posts is for moderators only.');
  }
  const [waiting, moderators] = await Promise.all([store.flags.listByState(['open', 'appealed'], COUNTED), store.settings.get<ChannelSetting>(MODERATORS_CHANNEL_KEY)]);
  // An appeal waits from when it was lodged, so sort on that, not on when the post was flagged.
  const since = (flag: (typeof waiting)[number]) => (flag.state === 'appealed' ? flag.updatedAt : flag.createdAt).getTime();
  const flags = [...waiting].sort((a, b) => since(a) - since(b));
  await store.audit.append({ actorId: actor.id, actorName: actor.name, action: 'queue.view', target: null, details: { waiting: flags.length }, at: clock.now() });
  return { ok: true, flags: flags.slice(0, SHOWN), total: flags.length, moderatorsChannelId: moderators?.channelId, now: clock.now() };
}
