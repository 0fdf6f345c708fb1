import type { AnswerLearningDeps } from '../answer-learning/answer-learning';
import type { Config } from '../config/load-config';
import type { Scanner } from '../detection';
import { changePartnerDomains, partnerDomains } from '../membership/partner-domains';
import { AdminUseCases } from '../moderation/admin-use-cases';
import { changeDipSampling } from '../moderation/dip-sample-settings';
import type { ModerationDeps } from '../moderation/moderation-deps';
import { moderatorQueue } from '../moderation/moderator-queue';
import { changeOperationalHandling } from '../moderation/operational-settings';
import { applyPlaceEvent } from '../moderation/place-events';
import { loadSettingsView } from './settings-view';
import type { RoleChecker } from '../moderation/roles';
import type { ScannerProvider } from '../moderation/scanner-provider';
import type { PolicyIndex } from '../policy';
import type { Clock } from '../ports/clock';
import type { Logger } from '../ports/logger';
import type { SampleSelector } from '../ports/sample-selector';
import type { Store } from '../ports/store';
import type { TeamRoster } from '../ports/team-roster';
import { exportReport } from '../reports/export-report';
import type { ClauseResolver } from '../reports/export-rows';
import { loadFlagHistory } from '../reports/flag-history';
import { viewReport } from '../reports/report-use-cases';
import type { ChannelPostDeps } from '../teams/channel-posts/channel-post-intake';
import type { CardActionDeps } from '../teams/card-actions';
import type { CommandDeps } from '../teams/commands';
import type { BotDeps } from '../teams/create-bot';
import type { KickDispatcher } from '../teams/route-deps';
import type { FileConsentHandlers } from '../teams/routes/file-consent-route';
import type { TeamMembersDeps } from '../teams/routes/team-members-route';

/** The parts build-app.ts has made that the Teams routes draw on. */
export interface BotParts {
  readonly config: Config;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly store: Store;
  /** The live policy index (rebuilt with approved example questions). */
  readonly policy: PolicyIndex;
  /** The default-config scanner (status checks). */
  readonly scanner: Scanner;
  /** The scanner with the admins' detector toggles applied (channel posts, reported posts). */
  readonly scanners: ScannerProvider;
  readonly moderationDeps: ModerationDeps;
  readonly roles: RoleChecker;
  readonly sampleSelector: SampleSelector;
  readonly roster: TeamRoster;
  readonly learning: AnswerLearningDeps;
  readonly exportClauses: ClauseResolver;
  readonly kickDispatcher: KickDispatcher;
  readonly fileConsent: FileConsentHandlers;
}

/**
 * Each Teams route's own dependency object, from the parts. The object literals are checked
 * against the routes' declared types, so a field a route does not declare cannot be handed to
 * it, and a field it declares cannot be left out. Use cases that take the whole store are bound
 * to it here, so teams/ names the use case it calls and never holds the Store.
 */
export function buildBotDeps(parts: BotParts): BotDeps {
  const { config, logger, clock, store, policy, scanner, scanners, moderationDeps, roles, roster, learning, exportClauses, kickDispatcher } = parts;
  const admin = new AdminUseCases(store, clock);
  const settingsView = () => loadSettingsView(store, clock, config.bootstrapRoles);
  const changePartners: CommandDeps['changePartnerDomains'] = (actor, change) => changePartnerDomains(store, clock, actor, change);
  const channelPosts: ChannelPostDeps = { store, scanners, moderationDeps, sampleSelector: parts.sampleSelector, kickDispatcher };
  const commands: CommandDeps = {
    roles,
    store,
    clock,
    moderationDeps,
    kickDispatcher,
    admin,
    settingsView,
    policy,
    learning,
    scanner,
    moderatorQueue: (actor) => moderatorQueue(store, clock, actor),
    changeDipSampling: (actor, change) => changeDipSampling(store, clock, actor, change),
    changeOperationalHandling: (actor, change) => changeOperationalHandling(store, clock, actor, change),
    partnerDomains: () => partnerDomains(store),
    changePartnerDomains: changePartners,
    // The signed links the /downloads route (src/http/downloads-route.ts) checks.
    downloadLinks: { baseUrl: `${config.publicBaseUrl}/downloads`, secret: config.downloadLinkSecret, ttlMinutes: config.downloadLinkTtlMinutes },
    viewReport: (input) => viewReport(store, { ...input, queries: store.reportQueries }),
    exportCsv: (period, now) => exportReport(store, period, 'csv', now, exportClauses, store.reportQueries),
    flagHistory: (flagId) => loadFlagHistory(store, flagId),
  };
  const cardAction: CardActionDeps = { roles, store, clock, moderationDeps, kickDispatcher, admin, settingsView, changePartnerDomains: changePartners, policy, learning, scanner, scanners };
  const teamMembers: TeamMembersDeps = { tenantId: config.bot.tenantId, roster, moderationDeps, kickDispatcher };
  return {
    adapter: { anonymous: config.anonymous, bot: config.bot },
    logger,
    message: { store, clock, channelPosts, commands },
    channelPostEvents: channelPosts,
    conversationUpdate: { store, clock, applyPlaceEvent: (event) => applyPlaceEvent(store, clock, event), teamMembers },
    cardAction,
    messageExtension: { store, scanners, moderationDeps, kickDispatcher },
    fileConsent: parts.fileConsent,
  };
}
