/**
 * What an outbox item delivers, as facts rather than a rendered card: which message, about which
 * flag (sample, alert...), with the few values that exist nowhere else. The composition root's
 * renderer (src/app/outbox-renderer.ts) turns it into an Adaptive Card at delivery, from the
 * state stored then, so a card is always current and nothing edits stored card JSON.
 *
 * Stored as JSON in `outbox.message`: keep changes additive (queued rows must still parse).
 */
import type { Role } from '../moderation/role';
import type { BotActivity } from './messenger';

export type OutboxMessage =
  /** The moderators' card for a flag (the first send, and every update over it). */
  | { kind: 'flag_card'; flagId: string }
  /** The poster's private notice that a moderator confirmed the flag. */
  | { kind: 'poster_notice'; flagId: string }
  /** The case as Professional Standards sees it (PSD channel only). */
  | { kind: 'psd_escalation'; flagId: string }
  /** A new message in the moderators' channel: the poster appealed. */
  | { kind: 'appeal'; flagId: string; moderatorsChannelId: string }
  /** A dip-sampled post for review (send and updates). */
  | { kind: 'dip_sample'; sampleId: string }
  /** An external member in a team (send and updates). */
  | { kind: 'external_member'; alertId: string }
  /** The note to whoever added an external member. */
  | { kind: 'owner_note'; alertId: string }
  /** Admins told that a leaver's roles were removed. The leaver is in no other table, so the facts travel here. */
  | { kind: 'leaver_roles_removed'; name: string | null; roles: Role[] }
  /** The private nudge for live-incident / on-call traffic. */
  | { kind: 'operational_nudge'; channelName: string | null; guidance: string; moderatorsTold: boolean }
  /** A scheduled PSD report for a period (ISO instants); the figures are computed at delivery. */
  | { kind: 'report'; from: string; to: string; label: string }
  /** A plain sentence. */
  | { kind: 'reply'; text: string };

export type OutboxMessageKind = OutboxMessage['kind'];

/**
 * What the renderer makes of a message: the activity to send, or why it cannot be sent (its flag
 * or alert no longer exists, its content was purged). A `skip` is recorded as a failure with that
 * reason, without calling Teams and without a retry; a thrown error is transient and retried.
 */
export type RenderedMessage = { activity: BotActivity } | { skip: string };

/** Injected into the dispatcher by the composition root: the domain never renders cards itself. */
export type MessageRenderer = (message: OutboxMessage) => Promise<RenderedMessage>;
