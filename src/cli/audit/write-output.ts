import { promises as fs } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import { csvHeaderLines, csvRow } from '../../audit/audit-csv';
import { renderAuditHtml } from '../../audit/audit-html';
import type { AuditGrants } from '../../audit/audit-options';
import { auditRows, summarise, type AuditSummary, type ClauseResolver } from '../../audit/audit-rows';
import { guardCell } from '../../reports/csv-export';
import type { AuditRun } from './run-audit';

export type AuditFormat = 'csv' | 'json' | 'html';

/** Writes with backpressure, so a million rows never pile up in memory. */
async function write(out: NodeJS.WritableStream, text: string): Promise<void> {
  if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
}

function headerLines(run: AuditRun, grants: AuditGrants, generatedAt: Date): string[] {
  return [`policy-bot audit of ${run.source}, generated ${generatedAt.toISOString()}. One row per finding; values are masked.`, ...grants.notes];
}

export async function writeAuditOutput(out: NodeJS.WritableStream, format: AuditFormat, run: AuditRun, grants: AuditGrants, clauseFor: ClauseResolver, generatedAt: Date): Promise<AuditSummary> {
  const summary = summarise(run.tally);
  if (format === 'html') {
    await write(out, renderAuditHtml({ summary, source: run.source, generatedAt, notes: grants.notes, malformed: run.tally.malformedRows, elapsedMs: run.elapsedMs }));
  } else if (format === 'csv') {
    await write(out, csvHeaderLines(headerLines(run, grants, generatedAt), grants.includeText));
    for (const row of auditRows(run.tally, clauseFor)) await write(out, csvRow(row, grants.includeText));
  } else {
    const header = { source: run.source, generatedAt: generatedAt.toISOString(), notes: headerLines(run, grants, generatedAt), includesText: grants.includeText };
    const { posters: _keyOnly, ...figures } = summary;
    await write(out, `{"header":${JSON.stringify(header)},\n"summary":${JSON.stringify({ ...figures, malformedRows: run.tally.malformedRows })},\n"findings":[`);
    let first = true;
    for (const row of auditRows(run.tally, clauseFor)) {
      await write(out, `${first ? '\n' : ',\n'}${JSON.stringify(row)}`);
      first = false;
    }
    await write(out, '\n]}\n');
  }
  if (grants.keyFile) await writeKeyFile(grants.keyFile, summary);
  return summary;
}

/** Pseudonym to person, for PSD only: written owner-read-only. */
async function writeKeyFile(file: string, summary: AuditSummary): Promise<void> {
  const rows = summary.posters.map((p) => [p.pseudonym, p.senderId, p.senderName ?? '', p.flaggedMessages, p.findings].map((v) => guardCell(v)));
  const text = `# OFFICIAL-SENSITIVE: Professional Standards only. Maps the audit's pseudonyms to staff.\n${stringify([['pseudonym', 'sender_id', 'sender_name', 'messages_with_findings', 'findings'], ...rows])}`;
  await fs.writeFile(file, text, { mode: 0o600 });
}
