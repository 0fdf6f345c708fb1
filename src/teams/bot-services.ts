import type { Config } from '../config/load-config';
import type { Scanner } from '../detection';
import type { RoleChecker } from '../moderation/roles';
import type { ModerationDeps } from '../moderation/moderation-deps';
import type { ScannerProvider } from '../moderation/scanner-provider';
import type { PolicyIndex } from '../policy';
import type { ClauseResolver } from '../reports/export-rows';
import type { Clock } from '../ports/clock';
import type { Logger } from '../ports/logger';
import type { Messenger } from '../ports/messenger';
import type { SampleSelector } from '../ports/sample-selector';
import type { Store } from '../ports/store';
import type { TeamRoster } from '../ports/team-roster';
import type { ReportQueries } from '../ports/report-queries';

/**
 * What the Teams routes use, built once by the composition root (src/app/build-app.ts). Declared
 * here, beside its users, so teams/ never imports app/ (app/ imports teams/ to wire it).
 */
export interface BotServices {
  readonly config: Config;
  readonly logger: Logger;
  readonly clock: Clock;
  /** The policy index; rebuilt with approved example questions when an admin reviews them (app/live-policy-index.ts). */
  readonly policy: PolicyIndex;
  /** Reloads approved example questions into the policy index; resolves to how many there are. */
  reloadExamples(): Promise<number>;
  /** The export's "policy clauses offended" column: a finding's clauses as text. */
  readonly exportClauses: ClauseResolver;
  /** The scanner with the admins' detector toggles applied (rebuilt only when they change). */
  readonly scanners: ScannerProvider;
  /** The default-config scanner, for status checks and reports of posts. */
  readonly scanner: Scanner;
  readonly moderationDeps: ModerationDeps;
  readonly store: Store;
  /** SQL aggregates for report figures when the store provides them (fast path); else rows are listed. */
  readonly reportQueries?: ReportQueries;
  readonly roles: RoleChecker;
  readonly messenger: Messenger;
  /** Keyed-hash dip-sampling decisions (the same on every instance). */
  readonly sampleSelector: SampleSelector;
  /** Team rosters (Bot Framework roster API): external members and leavers. */
  readonly roster: TeamRoster;
  /**
   * Wakes the outbox dispatcher so a new card goes out now rather than at the next poll. Naming
   * the conversation the item is for lets a busy dispatcher skip a claim that could not take it.
   */
  kickDispatcher(conversationKey?: string): void;
}
