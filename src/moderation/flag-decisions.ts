import { userRefKey } from '../ports/conversation-refs-repo';
import type { Repositories } from '../ports/store';
import type { Flag, FlagPatch, FlagState } from './flag';
import type { FlagActionKind } from './flag-action';
import { forbidden, type ModerationActor, type Refusal } from './actor';
import { MODERATORS_CHANNEL_KEY, PSD_CHANNEL_KEY, type ChannelSetting } from './channel-settings';
import { clausesFor, flagCardView } from './flag-view-facts';
import { OTHER_DISMISS_REASON, type FlagCardView, type FlagView } from './flag-views';
import { enqueueCardUpdate } from './flag-intake';
import { MODERATOR_MRIS_KEY, type ModerationDeps } from './moderation-deps';

/**
 * What a decision answers the person who pressed the button: the card to show them (as a view:
 * the Teams adapter renders it), and any sentence. Cards for everyone else are queued as outbox
 * messages and rendered at delivery.
 */
export type DecisionResult = { ok: true; view: FlagView; message?: string } | Refusal | { ok: false; reason: 'already_resolved' | 'no_psd_channel' | 'reason_required'; message: string; view?: FlagView };

const moderatorCard = (card: FlagCardView): FlagView => ({ kind: 'flag_card', card });

const MODERATORS_ONLY = 'Sorry, only moderators can act on flagged posts. Nothing was changed.';
const ACTIONABLE: FlagState[] = ['open', 'appealed'];

/**
 * What moderators and posters do with a flag. Every decision: checks the role on the server,
 * moves the flag only from an allowed state with an optimistic version check (so a second
 * moderator cannot act twice), appends the flag history and the audit log, and queues the card
 * updates and notices in the same transaction.
 */
export class FlagDecisions {
  constructor(private readonly deps: ModerationDeps) {}

  async refresh(actor: ModerationActor, flagId: string, botFrameworkId: string | undefined): Promise<DecisionResult> {
    if (!actor.roles.has('moderator')) return forbidden(MODERATORS_ONLY);
    return this.deps.store.transaction(async (tx) => {
      const flag = await tx.flags.get(flagId);
      if (!flag) return { ok: false as const, reason: 'not_found' as const, message: `Flag ${flagId} was not found.` };
      if (botFrameworkId) await this.rememberModerator(tx, botFrameworkId);
      await tx.audit.append({ actorId: actor.id, actorName: actor.name, action: 'flag.view', target: flag.id, at: this.deps.clock.now() });
      return { ok: true as const, view: moderatorCard(await flagCardView(tx, this.deps, flag)) };
    });
  }

  /**
   * The category and the typed details are both kept ("False positive: the station switchboard"),
   * on the card and in the export. Nothing to go on gets the card back with the form filled in.
   */
  async dismiss(actor: ModerationActor, flagId: string, input: { category?: string; text?: string }): Promise<DecisionResult> {
    const category = input.category === OTHER_DISMISS_REASON ? undefined : input.category;
    const text = this.masked(input.text);
    const reason = category && text ? `${category}: ${text}` : (category ?? text);
    if (!reason) {
      const message = input.category === OTHER_DISMISS_REASON ? 'Please say why in “Details”, then press Dismiss flag again.' : 'Please choose a reason under Dismiss → “Reason” (or type one in “Details”), then press Dismiss flag again.';
      return this.needMore(actor, flagId, message, { dismissReason: input.category, dismissReasonText: text });
    }
    return this.decide(actor, flagId, { from: ACTIONABLE, to: 'dismissed', action: 'dismissed', reason, patch: { dismissReason: reason } });
  }

  confirm(actor: ModerationActor, flagId: string): Promise<DecisionResult> {
    return this.decide(actor, flagId, {
      from: ACTIONABLE, to: 'confirmed', action: 'confirmed', reason: null,
      after: async (tx, flag) => {
        const ref = await tx.conversationRefs.get(userRefKey(flag.posterId));
        if (!ref) return 'The poster could not be notified: I have no way to reach them privately yet.';
        await tx.outbox.enqueue({ conversationRef: ref, message: { kind: 'poster_notice', flagId: flag.id }, purpose: 'poster_notice', flagId: flag.id, dedupeKey: `poster-notice:${flag.id}:${flag.version}` });
        return undefined;
      },
    });
  }

  escalate(actor: ModerationActor, flagId: string, typedReason: string | undefined): Promise<DecisionResult> {
    const reason = this.masked(typedReason);
    if (!reason) return this.needMore(actor, flagId, 'A reason is required to escalate to Professional Standards.', {});
    return this.decide(actor, flagId, {
      from: [...ACTIONABLE, 'confirmed'], to: 'escalated', action: 'escalated', reason, patch: { escalationReason: reason },
      // The typed reason goes back into the form, so it is there when the admin has set the channel.
      draft: { escalationReason: reason },
      before: async (tx) => ((await tx.settings.get<ChannelSetting>(PSD_CHANNEL_KEY)) ? undefined : 'Not escalated: no Professional Standards channel is set. Ask an admin to run “set psd” in PSD’s private channel, then press Escalate again: your reason is kept in the form.'),
      after: async (tx, flag) => {
        const psd = await tx.settings.get<ChannelSetting>(PSD_CHANNEL_KEY);
        if (!psd) return undefined;
        await tx.outbox.enqueue({ conversationRef: psd.conversationRef, message: { kind: 'psd_escalation', flagId: flag.id }, purpose: 'psd_escalation', flagId: flag.id, dedupeKey: `psd-escalation:${flag.id}:${flag.version}` });
        return undefined;
      },
    });
  }

  async addNote(actor: ModerationActor, flagId: string, typedNote: string | undefined): Promise<DecisionResult> {
    const note = this.masked(typedNote);
    if (!actor.roles.has('moderator')) return this.refuse(actor, flagId, 'note');
    if (!note) return { ok: false, reason: 'reason_required', message: 'Please type a note.' };
    return this.deps.store.transaction(async (tx) => {
      const flag = await tx.flags.get(flagId);
      if (!flag) return { ok: false as const, reason: 'not_found' as const, message: `Flag ${flagId} was not found.` };
      const now = this.deps.clock.now();
      await tx.flagActions.append({ flagId, action: 'note', actorId: actor.id, actorName: actor.name, reason: note, at: now });
      await tx.audit.append({ actorId: actor.id, actorName: actor.name, action: 'flag.note', target: flagId, reason: note, at: now });
      await enqueueCardUpdate(tx, flag);
      return { ok: true as const, view: moderatorCard(await flagCardView(tx, this.deps, flag)) };
    });
  }

  /** The poster says they fixed it. Only the poster may, and only from their private notice. */
  posterFixed(actor: ModerationActor, flagId: string): Promise<DecisionResult> {
    return this.posterReply(actor, flagId, 'poster_fixed', undefined);
  }

  /** "I think this is wrong": the case goes back to the moderators with the poster's reason. */
  posterAppeal(actor: ModerationActor, flagId: string, reason: string | undefined): Promise<DecisionResult> {
    if (!reason) return Promise.resolve({ ok: false, reason: 'reason_required', message: 'Please tell the moderators why you think this is wrong.' });
    return this.posterReply(actor, flagId, 'appealed', this.masked(reason));
  }

  private async posterReply(actor: ModerationActor, flagId: string, action: 'poster_fixed' | 'appealed', reason: string | undefined): Promise<DecisionResult> {
    return this.deps.store.transaction(async (tx) => {
      const flag = await tx.flags.get(flagId);
      if (!flag || flag.posterId !== actor.id) {
        await tx.audit.append({ actorId: actor.id, actorName: actor.name, action: 'flag.refused', target: flagId, reason: 'not the poster', details: { attempted: action }, at: this.deps.clock.now() });
        return forbidden('Sorry, only the person who wrote the post can answer this notice.');
      }
      const now = this.deps.clock.now();
      let current = flag;
      if (action === 'appealed') {
        // An undecided or already-appealed case gets the sentence alone: the "gone back to the moderators" card would claim an appeal that was not recorded.
        if (flag.state === 'open' || flag.state === 'appealed') return { ok: false as const, reason: 'already_resolved' as const, message: appealRefusal(flag.state) };
        if (flag.state !== 'confirmed') return { ok: false as const, reason: 'already_resolved' as const, message: appealRefusal(flag.state), view: { kind: 'poster_notice' as const, flag, clauses: clausesFor(flag, this.deps), reply: 'appealed' as const } };
        const moved = await tx.flags.transition(flag.id, flag.version, { state: 'appealed', appealReason: reason ?? null, lastActorId: actor.id, lastActorName: actor.name });
        if (!moved.ok || !moved.flag) return { ok: false as const, reason: 'already_resolved' as const, message: 'This case changed while you were replying; the moderators have your earlier reply.' };
        current = moved.flag;
        // A new message (purpose 'reply': a plain send, not the flag's own card) so the appeal is seen.
        const moderators = await tx.settings.get<ChannelSetting>(MODERATORS_CHANNEL_KEY);
        if (moderators) await tx.outbox.enqueue({ conversationRef: moderators.conversationRef, message: { kind: 'appeal', flagId: flag.id, moderatorsChannelId: moderators.channelId }, purpose: 'reply', flagId: flag.id, dedupeKey: `appeal-card:${flag.id}:${current.version}` });
      }
      await tx.flagActions.append({ flagId, action, actorId: actor.id, actorName: actor.name, reason: reason ?? null, at: now });
      await tx.audit.append({ actorId: actor.id, actorName: actor.name, action: `flag.${action}`, target: flagId, reason: reason ?? null, at: now });
      await enqueueCardUpdate(tx, current);
      return { ok: true as const, view: { kind: 'poster_notice' as const, flag: current, clauses: clausesFor(current, this.deps), reply: action === 'appealed' ? ('appealed' as const) : ('fixed' as const) } };
    });
  }

  private async decide(
    actor: ModerationActor,
    flagId: string,
    step: {
      from: FlagState[]; to: FlagState; action: FlagActionKind; reason: string | null; patch?: FlagPatch;
      draft?: FlagCardView['draft'];
      before?: (tx: Repositories) => Promise<string | undefined>;
      after?: (tx: Repositories, flag: Flag) => Promise<string | undefined>;
    },
  ): Promise<DecisionResult> {
    if (!actor.roles.has('moderator')) return this.refuse(actor, flagId, step.action);
    return this.deps.store.transaction(async (tx) => {
      const flag = await tx.flags.get(flagId);
      if (!flag) return { ok: false as const, reason: 'not_found' as const, message: `Flag ${flagId} was not found.` };
      if (!step.from.includes(flag.state)) return this.alreadyResolved(tx, flag);
      const blocked = await step.before?.(tx);
      if (blocked) return { ok: false as const, reason: 'no_psd_channel' as const, message: blocked, view: moderatorCard(await flagCardView(tx, this.deps, flag, blocked, step.draft)) };
      const now = this.deps.clock.now();
      const moved = await tx.flags.transition(flag.id, flag.version, { ...step.patch, state: step.to, lastActorId: actor.id, lastActorName: actor.name, firstActionAt: now, ...(step.to !== 'escalated' ? { resolvedAt: now, resolvedBy: actor.id } : {}) });
      if (!moved.ok || !moved.flag) return moved.flag ? this.alreadyResolved(tx, moved.flag) : { ok: false as const, reason: 'not_found' as const, message: `Flag ${flagId} was not found.` };
      await tx.flagActions.append({ flagId, action: step.action, actorId: actor.id, actorName: actor.name, reason: step.reason, at: now });
      await tx.audit.append({ actorId: actor.id, actorName: actor.name, action: `flag.${step.action}`, target: flagId, reason: step.reason, at: now });
      const note = await step.after?.(tx, moved.flag);
      await enqueueCardUpdate(tx, moved.flag);
      return { ok: true as const, view: moderatorCard(await flagCardView(tx, this.deps, moved.flag, note)), message: note };
    });
  }

  /**
   * Reasons and notes are free text, so people type phone numbers and addresses into them. They
   * are masked by the detection engine before they are stored, shown or exported.
   */
  private masked(text: string | undefined): string | undefined {
    return text === undefined ? undefined : this.deps.maskText(text);
  }

  /** The card back to the moderator with a banner saying what is missing and what they typed still in the form. */
  private async needMore(actor: ModerationActor, flagId: string, message: string, draft: FlagCardView['draft']): Promise<DecisionResult> {
    if (!actor.roles.has('moderator')) return this.refuse(actor, flagId, 'decide');
    return this.deps.store.transaction(async (tx) => {
      const flag = await tx.flags.get(flagId);
      if (!flag) return { ok: false as const, reason: 'not_found' as const, message: `Flag ${flagId} was not found.` };
      return { ok: false as const, reason: 'reason_required' as const, message, view: moderatorCard(await flagCardView(tx, this.deps, flag, message, draft)) };
    });
  }

  private async alreadyResolved(tx: Repositories, flag: Flag): Promise<DecisionResult> {
    const who = flag.lastActorName ?? 'someone else';
    const message = `Already handled: ${flag.state.replace(/_/g, ' ')} by ${who}. Nothing was changed.`;
    return { ok: false, reason: 'already_resolved', message, view: moderatorCard(await flagCardView(tx, this.deps, flag, message)) };
  }

  private async refuse(actor: ModerationActor, flagId: string, attempted: string): Promise<Refusal> {
    await this.deps.store.audit.append({ actorId: actor.id, actorName: actor.name, action: 'flag.refused', target: flagId, reason: 'not a moderator', details: { attempted }, at: this.deps.clock.now() });
    return forbidden(MODERATORS_ONLY);
  }

  private async rememberModerator(tx: Repositories, botFrameworkId: string): Promise<void> {
    const known = (await tx.settings.getForUpdate<string[]>(MODERATOR_MRIS_KEY)) ?? [];
    if (known.includes(botFrameworkId)) return;
    await tx.settings.set(MODERATOR_MRIS_KEY, [botFrameworkId, ...known].slice(0, 60));
  }
}

/** Why an appeal cannot be taken, in the poster's terms: the case may be undecided, already appealed, or closed. */
function appealRefusal(state: FlagState): string {
  if (state === 'open') return 'Thanks: the moderators have not decided on this post yet, so there is nothing to appeal. They will tell you if anything needs to change.';
  if (state === 'appealed') return 'Thanks: your appeal is already with the moderators.';
  return 'Thanks: the moderators have already closed this case, so there is nothing to appeal.';
}
