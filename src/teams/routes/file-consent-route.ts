import { z } from 'zod';
import type { Clock } from '../../ports/clock';
import type { Logger } from '../../ports/logger';
import type { AuditLogRepo } from '../../ports/audit-log-repo';
import type { Period } from '../../ports/period';
import type { Turn } from '../turn-info';

/**
 * The file consent card flow (exports in 1:1 chat): accept uploads the file, decline says so.
 * The consent response is the parsed activity's `value`, checked here against consentSchema.
 */
export interface FileConsentHandlers {
  accept(turn: Turn): Promise<void>;
  decline(turn: Turn): Promise<void>;
}

/** What the file consent route needs, and nothing more. */
export interface FileConsentDeps {
  audit: AuditLogRepo;
  clock: Clock;
  logger: Logger;
  /** Whether the user holds the PSD role now (checked on the server at upload time). */
  isPsd(userId: string): Promise<boolean>;
  /** The CSV export of the period, built when the user accepts. */
  exportCsv(period: Period): Promise<Buffer>;
}

const consentSchema = z.object({
  action: z.enum(['accept', 'decline']),
  context: z.object({ kind: z.literal('psd-export'), from: z.string().datetime(), to: z.string().datetime() }),
  uploadInfo: z.object({ uploadUrl: z.string().url(), contentUrl: z.string().url().optional(), name: z.string().max(260), uniqueId: z.string().optional(), fileType: z.string().optional() }).optional(),
});

/**
 * Accept: Teams gives an upload URL in the requester's own OneDrive; the bot checks the role
 * again, builds the CSV and PUTs it there, so the file reaches only the person who asked.
 */
export function createFileConsentHandlers(deps: FileConsentDeps): FileConsentHandlers {
  const { audit, clock, logger } = deps;
  return {
    async accept({ activity, context }) {
      const parsed = consentSchema.safeParse(activity.value);
      const actorId = (activity.from.aadObjectId ?? activity.from.id).toLowerCase();
      if (!parsed.success || !parsed.data.uploadInfo || !(await deps.isPsd(actorId))) {
        await audit.append({ actorId, actorName: activity.from.name ?? null, action: 'command.refused', target: null, reason: parsed.success ? 'not PSD' : 'invalid file consent', at: clock.now() });
        await context.sendActivity('Sorry, that export could not be delivered. Please ask for it again.');
        return;
      }
      const period = { from: new Date(parsed.data.context.from), to: new Date(parsed.data.context.to) };
      const csv = await deps.exportCsv(period);
      const upload = await fetch(parsed.data.uploadInfo.uploadUrl, { method: 'PUT', headers: { 'Content-Length': String(csv.length), 'Content-Range': `bytes 0-${csv.length - 1}/${csv.length}` }, body: csv, signal: AbortSignal.timeout(30_000) });
      if (!upload.ok) {
        logger.warn({ status: upload.status }, 'export upload failed');
        await context.sendActivity('Sorry, OneDrive did not accept the export. Please try again.');
        return;
      }
      await audit.append({ actorId, actorName: activity.from.name ?? null, action: 'report.download', target: null, details: { route: 'file_consent', from: period.from.toISOString(), to: period.to.toISOString() }, at: clock.now() });
      await context.sendActivity({
        attachments: [{ contentType: 'application/vnd.microsoft.teams.card.file.info', contentUrl: parsed.data.uploadInfo.contentUrl, name: parsed.data.uploadInfo.name, content: { uniqueId: parsed.data.uploadInfo.uniqueId, fileType: parsed.data.uploadInfo.fileType ?? 'csv' } }],
      });
    },
    async decline({ context }) {
      await context.sendActivity('OK, I have not saved the export.');
    },
  };
}
