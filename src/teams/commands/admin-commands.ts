import { TeamsInfo } from 'botbuilder';
import type { AdminUseCases, ChannelTarget } from '../../moderation/admin-use-cases';
import { enqueueMissingCards } from '../../moderation/flag-intake';
import { settingsCard } from '../../cards/settings-card';
import type { SettingsView } from '../../cards/settings-card';
import { replyWithCard } from '../card-response';
import { mentionEntitySchema } from '../activity-schema';
import { conversationRefOf } from '../turn-info';
import { resolvePlaceNames } from '../place-names';
import { moderationActorOf } from './actor-roles';
import type { CommandContext, CommandHandler } from './command-context';
import type { Command } from '../parse-command';
import type { ModerationDeps } from '../../moderation/moderation-deps';
import type { KickDispatcher, RoleLookup } from '../route-deps';

/** What the set-up commands (watch, unwatch, set moderators/PSD, settings, grant, revoke) use. */
export interface AdminCommandDeps extends RoleLookup {
  /** Watch, unwatch, set channels, grant, revoke, view settings: each checks the role and audits. */
  readonly admin: AdminUseCases;
  /** What the settings card shows now (configured and granted role holders, channels, toggles). */
  readonly settingsView: () => Promise<SettingsView>;
  /** Flag cards held back until a moderators' channel is set are queued when it is. */
  readonly moderationDeps: ModerationDeps;
  readonly kickDispatcher: KickDispatcher;
}

type AdminContext<C extends Command = Command> = CommandContext<C, AdminCommandDeps>;

const CHANNEL_ONLY = 'Please @mention me in the channel itself: this command applies to the channel it is posted in.';

/** The channel the command was posted in, with its and its team's names resolved through Teams. */
async function channelTarget(ctx: AdminContext): Promise<ChannelTarget | undefined> {
  const { place, context } = ctx;
  if (place.conversationType !== 'channel' || !place.channelId) return undefined;
  const names = await resolvePlaceNames(context, place, ctx.logger);
  return {
    channelId: place.channelId,
    teamId: place.teamId ?? 'unknown-team',
    name: names?.channelName ?? place.channelName ?? 'this channel',
    teamName: names?.teamName ?? null,
    conversationRef: conversationRefOf(ctx.activity, { channelRoot: true }),
  };
}

const named = (target: ChannelTarget) => `“${target.name}”${target.teamName ? ` in ${target.teamName}` : ''}`;

const useCases = (ctx: AdminContext) => ctx.deps.admin;

export const handleWatch: CommandHandler<'watch', AdminCommandDeps> = async (ctx) => {
  const target = await channelTarget(ctx);
  if (!target) return void (await ctx.context.sendActivity(CHANNEL_ONLY));
  const result = await useCases(ctx).watch(await moderationActorOf(ctx), target);
  await ctx.context.sendActivity(
    !result.ok ? result.message : result.alreadyWatched ? `I was already watching ${named(target)}.` : `Now watching ${named(target)}. I will check new posts for personal information and uploaded files and send anything I find to the moderators.`,
  );
};

export const handleUnwatch: CommandHandler<'unwatch', AdminCommandDeps> = async (ctx) => {
  const target = await channelTarget(ctx);
  if (!target) return void (await ctx.context.sendActivity(CHANNEL_ONLY));
  const result = await useCases(ctx).unwatch(await moderationActorOf(ctx), target.channelId);
  await ctx.context.sendActivity(!result.ok ? result.message : result.wasWatched ? 'Stopped watching this channel. Existing flags stay with the moderators.' : 'I was not watching this channel.');
};

export const handleSetModerators: CommandHandler<'set_moderators', AdminCommandDeps> = async (ctx) => {
  const target = await channelTarget(ctx);
  if (!target) return void (await ctx.context.sendActivity(CHANNEL_ONLY));
  const result = await useCases(ctx).setChannel(await moderationActorOf(ctx), 'moderators', target);
  if (!result.ok) return void (await ctx.context.sendActivity(result.message));
  const queued = await enqueueMissingCards(ctx.deps.moderationDeps);
  if (queued > 0) ctx.deps.kickDispatcher();
  await ctx.context.sendActivity(`${named(target)} is now the moderators’ channel: flagged-post cards will be posted here.${queued ? ` ${queued} waiting flag card(s) are on their way.` : ''}`);
};

export const handleSetPsd: CommandHandler<'set_psd', AdminCommandDeps> = async (ctx) => {
  const target = await channelTarget(ctx);
  if (!target) return void (await ctx.context.sendActivity(CHANNEL_ONLY));
  const result = await useCases(ctx).setChannel(await moderationActorOf(ctx), 'psd', target);
  await ctx.context.sendActivity(result.ok ? `${named(target)} is now the Professional Standards channel: escalations and reports will be posted here. Keep it private to PSD staff.` : result.message);
};

export const handleSettings: CommandHandler<'settings', AdminCommandDeps> = async (ctx) => {
  const actor = await moderationActorOf(ctx);
  const result = await useCases(ctx).viewSettings(actor);
  if (!result.ok) return void (await ctx.context.sendActivity(result.message));
  const view = await ctx.deps.settingsView();
  await replyWithCard(ctx.context, settingsCard({ ...view, roleHolders: await withRosterNames(ctx, view.roleHolders) }));
};

/** Teams' largest roster page: a force-sized team is read in a few requests. */
const ROSTER_PAGE_SIZE = 500;

/**
 * Role holders set by id in configuration have no stored name: find them in this team's roster
 * (Entra object ids), so the card shows "Alex Wilber", not "00000000…". One paged roster read for
 * all of them (pages of 500, stopping once every name is found), not one request per holder. A
 * roster that cannot be read leaves the names out; the card still shows.
 */
async function withRosterNames<T extends { userId: string; name: string | null }>(ctx: AdminContext, holders: T[]): Promise<T[]> {
  if (ctx.place.conversationType === 'personal') return holders;
  const missing = new Set(holders.filter((holder) => !holder.name).map((holder) => holder.userId.toLowerCase()));
  if (missing.size === 0) return holders;
  const names = new Map<string, string>();
  try {
    let continuationToken: string | undefined;
    do {
      const page = await TeamsInfo.getPagedMembers(ctx.context, ROSTER_PAGE_SIZE, continuationToken);
      for (const member of page.members ?? []) {
        const id = member.aadObjectId?.toLowerCase();
        if (id && member.name && missing.has(id)) names.set(id, member.name);
      }
      continuationToken = page.continuationToken || undefined;
    } while (continuationToken && names.size < missing.size);
  } catch (error) {
    ctx.logger.warn({ err: error }, 'settings: the team roster could not be read; role holders set in configuration are shown without names');
  }
  return holders.map((holder) => {
    const name = holder.name ? undefined : names.get(holder.userId.toLowerCase());
    return name ? { ...holder, name } : holder;
  });
}

/** The person named by the first @mention that is not the bot, resolved to an Entra id through the Teams roster. */
async function mentionedUser(ctx: AdminContext): Promise<{ userId: string; name: string } | undefined> {
  const botId = ctx.activity.recipient?.id;
  const mention = (ctx.activity.entities ?? [])
    .map((entity) => mentionEntitySchema.safeParse(entity))
    .find((parsed) => parsed.success && parsed.data.mentioned.id !== botId);
  if (!mention?.success) return undefined;
  const member = await TeamsInfo.getMember(ctx.context, mention.data.mentioned.id);
  if (!member.aadObjectId) return undefined;
  return { userId: member.aadObjectId.toLowerCase(), name: member.name ?? mention.data.mentioned.name ?? 'Unknown' };
}

async function changeRole(ctx: AdminContext<Extract<Command, { kind: 'grant' | 'revoke' }>>): Promise<void> {
  const actor = await moderationActorOf(ctx);
  const { role, kind } = ctx.command;
  if (!actor.roles.has('admin')) {
    // Refused by the use case, which audits the attempt under the verb that was actually tried.
    const nobody = { userId: 'unknown', name: 'unknown' };
    const refused = kind === 'grant' ? await useCases(ctx).grant(actor, role, nobody) : await useCases(ctx).revoke(actor, role, nobody);
    return void (await ctx.context.sendActivity(refused.ok ? '' : refused.message));
  }
  const target = await mentionedUser(ctx);
  if (!target) return void (await ctx.context.sendActivity(`Please @mention the person, for example "${kind} ${role} @Name".`));
  const result = kind === 'grant' ? await useCases(ctx).grant(actor, role, target) : await useCases(ctx).revoke(actor, role, target);
  if (!result.ok) return void (await ctx.context.sendActivity(result.message));
  const verb = kind === 'grant' ? (result.changed ? 'is now' : 'was already') : result.changed ? 'is no longer' : 'was not';
  await ctx.context.sendActivity(`${target.name} ${verb} ${role === 'admin' ? 'an admin' : role === 'psd' ? 'in the Professional Standards role' : 'a moderator'}.`);
}

export const handleGrant: CommandHandler<'grant', AdminCommandDeps> = (ctx) => changeRole(ctx);
export const handleRevoke: CommandHandler<'revoke', AdminCommandDeps> = (ctx) => changeRole(ctx);
