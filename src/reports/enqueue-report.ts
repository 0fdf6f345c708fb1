/**
 * The default `buildAndEnqueue` for the scheduler: queues a `report` message for the period, with
 * an audit entry (the figures as they are now), in one transaction. The card is rendered when it
 * is delivered, from the figures then. The outbox dedupe key repeats the job's exactly-once
 * guarantee, so even a retried call cannot post the same scheduled report twice.
 */
import type { Clock } from '../ports/clock';
import type { ConversationRef } from '../ports/messenger';
import type { Store } from '../ports/store';
import { buildReport } from './build-report';
import type { ReportQueries } from '../ports/report-queries';
import type { ScheduledPeriod } from './report-period';

export interface ReportEnqueuerDeps {
  store: Store;
  clock: Clock;
  /** Where PSD reports go (e.g. the PSD channel's stored ref); undefined fails the run with a clear error. */
  psdConversation: () => Promise<ConversationRef | undefined>;
  /** SQL aggregates when the storage adapter offers them (report-queries.ts); default lists rows. */
  queries?: ReportQueries;
}

export class NoReportDestinationError extends Error {
  constructor() {
    super('No PSD conversation is configured for scheduled reports');
    this.name = 'NoReportDestinationError';
  }
}

export function createReportEnqueuer(deps: ReportEnqueuerDeps): (period: ScheduledPeriod, scheduledFor: Date) => Promise<void> {
  return async (period, scheduledFor) => {
    const conversationRef = await deps.psdConversation();
    if (!conversationRef) throw new NoReportDestinationError();
    const report = await buildReport(deps.store, period, deps.clock.now(), deps.queries);
    await deps.store.transaction(async (tx) => {
      await tx.outbox.enqueue({
        conversationRef,
        message: { kind: 'report', from: period.from.toISOString(), to: period.to.toISOString(), label: period.label },
        purpose: 'report',
        dedupeKey: `psd-report:${scheduledFor.toISOString()}`,
      });
      await tx.audit.append({
        actorId: 'system',
        action: 'report.scheduled',
        target: null,
        details: { from: period.from.toISOString(), to: period.to.toISOString(), flagsRaised: report.flagsRaised },
      });
    });
  };
}
