/**
 * What the audit found, built up in export order. Viva Engage exports every version of a
 * message as its own row with the same id, so the latest version decides: a later clean
 * version clears an earlier finding, and a deletion clears them all.
 *
 * The tally itself keeps only a compact index (message id -> which flagged version is the
 * latest, and how many findings it has). The flagged versions, with their findings, go to a
 * FlaggedVersionStore: in memory by default, a temporary file in the CLI (flagged-spill.ts), so
 * the audit's memory does not grow with the export. Outputs read them back in export order and
 * keep only each message's latest version.
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

/** A flagged version as stored: `version` numbers the versions the tally stored, from 0. */
export interface StoredVersion {
  version: number;
  message: FlaggedMessage;
}

/** Where flagged versions are kept until the outputs are written. */
export interface FlaggedVersionStore {
  /** Called in export order, with increasing version numbers. */
  append(version: number, message: FlaggedMessage): void;
  /**
   * The versions stored, in the order appended. A store may leave out versions it knows were
   * replaced; the tally skips any that are not an id's latest.
   */
  versions(): Iterable<StoredVersion>;
}

/** Keeps each message's last stored version in memory: for tests and small exports. */
export class MemoryVersionStore implements FlaggedVersionStore {
  private readonly byId = new Map<string, StoredVersion>();

  append(version: number, message: FlaggedMessage): void {
    // Deleted first, so iteration order (a Map's insertion order) stays the order appended.
    this.byId.delete(message.id);
    this.byId.set(message.id, { version, message });
  }

  versions(): Iterable<StoredVersion> {
    return this.byId.values();
  }
}

interface LatestVersion {
  version: number;
  findings: number;
}

export class AuditTally {
  /** Message id -> its latest flagged version; absent once a later clean or deleted version was read. */
  private readonly latest = new Map<string, LatestVersion>();
  private stored = 0;
  readonly malformedRows: MalformedRow[] = [];
  readonly counts: AuditCounts = { read: 0, scanned: 0, deleted: 0, system: 0, malformed: 0, superseded: 0, flaggedMessages: 0, findings: 0, filesListed: 0, filesWithoutMessage: 0 };
  /** Files.csv entries that no message attached: reported as uploads on their own. */
  readonly unattachedFiles: Array<{ file: ExportFile; hits: AuditHit[] }> = [];

  constructor(
    private readonly keepText = false,
    private readonly store: FlaggedVersionStore = new MemoryVersionStore(),
  ) {}

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
    if (this.latest.delete(id)) this.counts.superseded++;
  }

  addFlagged(message: FlaggedMessage): void {
    this.addClean(message.id);
    const { text, ...withoutText } = message;
    const version = this.stored++;
    // Post text reaches the store (and so the disk) only when PSD asked for it.
    this.store.append(version, this.keepText && text !== undefined ? { ...withoutText, text } : withoutText);
    this.latest.set(message.id, { version, findings: message.hits.length });
  }

  addSkipped(reason: SkipReason, id: string): void {
    this.counts.read++;
    if (reason === 'deleted') this.counts.deleted++;
    else this.counts.system++;
    // A deleted message is no longer on the network: its earlier versions do not count.
    if (this.latest.delete(id)) this.counts.superseded++;
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

  /** Flagged messages in export order, each at its latest version, read from the store one at a time. */
  *latestFlagged(): Generator<FlaggedMessage> {
    for (const { version, message } of this.store.versions()) {
      if (this.latest.get(message.id)?.version === version) yield message;
    }
  }

  /** All of latestFlagged() at once (small exports and tests; the CLI streams instead). */
  flaggedMessages(): FlaggedMessage[] {
    return [...this.latestFlagged()];
  }

  finish(): AuditCounts {
    let findings = 0;
    for (const { findings: n } of this.latest.values()) findings += n;
    this.counts.flaggedMessages = this.latest.size + this.unattachedFiles.length;
    this.counts.findings = findings + this.unattachedFiles.reduce((n, f) => n + f.hits.length, 0);
    return this.counts;
  }
}
