import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { resolveGrants } from '../../audit/audit-options';
import type { AuditSummary, ClauseResolver } from '../../audit/audit-rows';
import type { DetectionConfigInput } from '../../detection';
import type { HistoricImportResult } from '../../moderation/historic-import';
import { createProgress, silentProgress } from '../audit/progress';
import { runAudit, type AuditRun } from '../audit/run-audit';
import { writeAuditOutput, type AuditFormat } from '../audit/write-output';

/**
 * `policy-bot audit <path>`: scans a whole network export (Viva Engage zip or folder, or Graph
 * channel-message pages) with the live detection engine and writes a report. Progress and the
 * closing summary go to stderr; the report to --out or stdout. See docs/audit.md.
 */
export interface AuditCommandOptions {
  format: AuditFormat;
  out?: string;
  workers?: number;
  includeText: boolean;
  iAmPsd: boolean;
  keyFile?: string;
  quiet: boolean;
}

export interface AuditCommandDeps {
  detection: Partial<DetectionConfigInput>;
  clauseFor: ClauseResolver;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream | NodeJS.WritableStream;
  now?: () => Date;
  /** --import: puts the flagged messages into the bot's store as historic flags (main.ts opens the store). */
  importFlags?: (run: AuditRun) => Promise<HistoricImportResult>;
}

export async function runAuditCommand(path: string, opts: AuditCommandOptions, deps: AuditCommandDeps): Promise<{ run: AuditRun; summary: AuditSummary; imported?: HistoricImportResult }> {
  const grants = resolveGrants({ includeText: opts.includeText, iAmPsd: opts.iAmPsd, keyFile: opts.keyFile });
  for (const note of grants.notes) deps.stderr.write(`audit: ${note}\n`);
  const isTty = Boolean((deps.stderr as NodeJS.WriteStream).isTTY);
  const run = await runAudit({
    path,
    workers: opts.workers,
    detection: deps.detection,
    grants,
    progress: (totalBytes) => (opts.quiet ? silentProgress : createProgress({ stream: deps.stderr, totalBytes, isTty })),
  });
  try {
    const out = opts.out ? createWriteStream(opts.out) : deps.stdout;
    const summary = await writeAuditOutput(out, opts.format, run, grants, deps.clauseFor, (deps.now ?? (() => new Date()))());
    if (opts.out) {
      (out as NodeJS.WritableStream).end();
      await finished(out as NodeJS.WritableStream);
    }
    reportToStderr(deps.stderr, run, summary);
    if (deps.importFlags) {
      const imported = await deps.importFlags(run);
      deps.stderr.write(
        `audit: imported ${imported.created} historic flags (${imported.alreadyImported} already imported); ${imported.cardsQueued} moderator cards queued` +
          `${imported.lastCardDueAt ? `, the last due ${imported.lastCardDueAt.toISOString()}` : imported.created > 0 ? '; no moderators\' channel is set, so cards are queued when one is' : ''}\n`,
      );
      return { run, summary, imported };
    }
    return { run, summary };
  } finally {
    // The flagged rows' temporary file is read by the outputs and the import; nothing needs it after.
    run.dispose();
  }
}

function reportToStderr(stderr: NodeJS.WritableStream, run: AuditRun, summary: AuditSummary): void {
  const c = summary.counts;
  const rate = Math.round(c.read / Math.max(0.001, run.elapsedMs / 1000));
  for (const row of run.tally.malformedRows) stderr.write(`audit: skipped ${row.where}: ${row.reason}\n`);
  if (c.malformed > run.tally.malformedRows.length) stderr.write(`audit: ... and ${c.malformed - run.tally.malformedRows.length} more malformed rows\n`);
  stderr.write(
    `audit: ${c.read.toLocaleString('en-GB')} records read, ${c.scanned.toLocaleString('en-GB')} scanned, ${c.deleted} deleted and ${c.system} system messages skipped, ` +
      `${c.malformed} malformed rows skipped; ${c.findings} findings in ${c.flaggedMessages} messages or files; ` +
      `${(run.elapsedMs / 1000).toFixed(1)} s, ${rate.toLocaleString('en-GB')} records/s on ${run.workers} worker${run.workers === 1 ? '' : 's'}\n`,
  );
}
