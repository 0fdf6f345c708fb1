/**
 * What the audit found, built up in export order. Viva Engage exports every version of a
 * message as its own row with the same id, so the latest version decides: a later clean
 * version clears an earlier finding, and a deletion clears them all. Only flagged messages are
 * kept (about 2% of a network), which keeps memory flat however many messages are read.
 */
import type { AuditHit, ExportFile, ExportMessage, FlaggedMessage, MalformedRow, SkipReason } from './audit-types';

/** How many malformed rows are listed by position; the rest are counted. */
export const MALFORMED_LISTED = 50;

export interface AuditCounts {
  /** Records read: messages, skipped and malformed. */
  read: number;
  scanned: number;
  deleted: number;
  system: number;
  malformed: number;
  /** Flagged versions that a later version (clean or not) or a deletion of the same message replaced. */
  superseded: number;
  flaggedMessages: number;
  findings: number;
  filesListed: number;
  filesWithoutMessage: number;
}

export class AuditTally {
  private readonly flagged = new Map<string, FlaggedMessage>();
  readonly malformedRows: MalformedRow[] = [];
  readonly counts: AuditCounts = { read: 0, scanned: 0, deleted: 0, system: 0, malformed: 0, superseded: 0, flaggedMessages: 0, findings: 0, filesListed: 0, filesWithoutMessage: 0 };
  /** Files.csv entries that no message attached: reported as uploads on their own. */
  readonly unattachedFiles: Array<{ file: ExportFile; hits: AuditHit[] }> = [];

  constructor(private readonly keepText = false) {}

  /** A scanned message, in export order. */
  addScanned(message: ExportMessage, hits: AuditHit[]): void {
    if (hits.length === 0) {
      this.addClean(message.id);
      return;
    }
    this.addFlagged({
      seq: message.seq, id: message.id, threadId: message.threadId, groupId: message.groupId, groupName: message.groupName,
      senderId: message.senderId, senderName: message.senderName, createdAt: message.createdAt, link: message.link, hits,
      ...(this.keepText ? { text: message.text } : {}),
    });
  }

  /** A scanned message with no findings: only its id matters (it clears an earlier flagged version). */
  addClean(id: string): void {
    this.counts.read++;
    this.counts.scanned++;
    // Rows are offered in export order, so this row is a later version of any flagged one kept.
    if (this.flagged.delete(id)) this.counts.superseded++;
  }

  addFlagged(message: FlaggedMessage): void {
    this.addClean(message.id);
    const { text, ...withoutText } = message;
    this.flagged.set(message.id, this.keepText && text !== undefined ? { ...withoutText, text } : withoutText);
  }

  addSkipped(reason: SkipReason, id: string): void {
    this.counts.read++;
    if (reason === 'deleted') this.counts.deleted++;
    else this.counts.system++;
    // A deleted message is no longer on the network: its earlier versions do not count.
    if (this.flagged.delete(id)) this.counts.superseded++;
  }

  addMalformed(row: MalformedRow): void {
    this.counts.read++;
    this.counts.malformed++;
    if (this.malformedRows.length < MALFORMED_LISTED) this.malformedRows.push(row);
  }

  addUnattachedFile(file: ExportFile, hits: AuditHit[]): void {
    this.counts.filesWithoutMessage++;
    if (hits.length > 0) this.unattachedFiles.push({ file, hits });
  }

  /** Flagged messages in export order, each at its latest version. */
  flaggedMessages(): FlaggedMessage[] {
    return [...this.flagged.values()].sort((a, b) => a.seq - b.seq);
  }

  finish(): AuditCounts {
    this.counts.flaggedMessages = this.flagged.size + this.unattachedFiles.length;
    this.counts.findings = [...this.flagged.values()].reduce((n, m) => n + m.hits.length, 0) + this.unattachedFiles.reduce((n, f) => n + f.hits.length, 0);
    return this.counts;
  }
}
