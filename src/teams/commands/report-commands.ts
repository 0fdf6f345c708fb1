import { auditCard } from '../../cards/audit-card';
import type { FlagHistory } from '../../reports/flag-history';
import { parseReportPeriod, ReportPeriodError } from '../../reports/report-period';
import { replyWithCard } from '../card-response';
import { moderationActorOf } from './actor-roles';
import type { CommandContext, CommandHandler } from './command-context';
import { sendExport, showReport, type ReportDeliveryDeps } from './report-delivery';
import type { Command } from '../parse-command';
import type { RoleLookup } from '../route-deps';
import { cardActivity } from '../../cards/card-activity';
import { psdPlaceOf, sendPrivately } from './psd-delivery';

/** What "report", "export csv" and "audit" use (PSD only; refusals are audited). */
export interface ReportCommandDeps extends RoleLookup, ReportDeliveryDeps {
  /** A flag's actions and audit entries, oldest first (reports/flag-history.ts). */
  readonly flagHistory: (flagId: string) => Promise<FlagHistory | undefined>;
}

type ReportContext = CommandContext<Command, ReportCommandDeps>;

const PSD_ONLY = 'Sorry, reports, exports and flag histories are for Professional Standards only. I have noted the request.';

/** PSD-only gate: refusals are audited like any other attempt. */
async function requirePsd(ctx: ReportContext, command: string, target: string | null): Promise<{ id: string; name: string } | undefined> {
  const actor = await moderationActorOf(ctx);
  if (actor.roles.has('psd')) return actor;
  await ctx.deps.store.audit.append({ actorId: actor.id, actorName: actor.name, action: 'command.refused', target, reason: 'not PSD', details: { command }, at: ctx.deps.clock.now() });
  await ctx.context.sendActivity(PSD_ONLY);
  return undefined;
}

function periodOf(ctx: ReportContext, text: string) {
  try {
    return parseReportPeriod(text, ctx.deps.clock.now());
  } catch (error) {
    if (error instanceof ReportPeriodError) return error;
    throw error;
  }
}

export const handleReport: CommandHandler<'report', ReportCommandDeps> = async (ctx) => {
  const actor = await requirePsd(ctx, 'report', null);
  if (!actor) return;
  const place = await psdPlaceOf(ctx);
  // Download links are single-use bearer links: they go only into the requester's own 1:1 chat.
  const shown = await showReport(ctx.deps, ctx.command.periodText, actor, { withLinks: place !== 'psd_channel' }).catch((error: unknown) => {
    if (error instanceof ReportPeriodError) return error;
    throw error;
  });
  if (shown instanceof ReportPeriodError) return void (await ctx.context.sendActivity(shown.userMessage));
  ctx.logger.info({ flags: shown.report.flagsRaised, place }, 'report shown');
  if (place === 'elsewhere') return sendPrivately(ctx, cardActivity(shown.card), 'report');
  await replyWithCard(ctx.context, shown.card);
};

export const handleExport: CommandHandler<'export', ReportCommandDeps> = async (ctx) => {
  const actor = await requirePsd(ctx, 'export csv', null);
  if (!actor) return;
  const period = periodOf(ctx, ctx.command.periodText);
  if (period instanceof ReportPeriodError) return void (await ctx.context.sendActivity(period.userMessage));
  await sendExport(ctx, period, actor);
};

export const handleAudit: CommandHandler<'audit', ReportCommandDeps> = async (ctx) => {
  const actor = await requirePsd(ctx, 'audit', ctx.command.flagId);
  if (!actor) return;
  const history = await ctx.deps.flagHistory(ctx.command.flagId);
  if (!history) return void (await ctx.context.sendActivity(`I couldn't find flag ${ctx.command.flagId}.`));
  // Viewing a flag's history is itself recorded, before it is shown.
  await ctx.deps.store.audit.append({ actorId: actor.id, actorName: actor.name, action: 'audit.view', target: ctx.command.flagId, at: ctx.deps.clock.now() });
  const card = auditCard(history);
  if ((await psdPlaceOf(ctx)) === 'elsewhere') return sendPrivately(ctx, cardActivity(card), `audit:${ctx.command.flagId}`);
  await replyWithCard(ctx.context, card);
};
