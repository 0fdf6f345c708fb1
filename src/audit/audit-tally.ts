/**
 * What the audit found, built up in export order. Viva Engage exports every version of a
 * message as its own row with the same id, so the latest version decides: a later clean
 * version clears an earlier finding, and a deletion clears them all.
 *
 * The tally keeps counts only. Flagged versions, and the ids of later versions that clear them,
 * go to a FlaggedVersionStore, which decides at the end which version of each message counts:
 * in memory by default, on disk in the CLI (flagged-spill.ts), so the audit's memory does not
 * grow with the export. Outputs read the latest versions back in export order.
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

/** A Files.csv entry no message attached, with what the engine found in it (its name). */
export interface UnattachedFile {
  file: ExportFile;
  hits: AuditHit[];
}

/**
 * Where flagged versions are kept, and where it is decided which of them is its message's latest.
 * Calls come in export order. A store may hold its data in memory (MemoryVersionStore, for tests
 * and small exports) or on disk (the CLI's FlaggedSpill), so the tally's memory does not grow.
 */
export interface FlaggedVersionStore {
  /** A flagged version, numbered from 0 in the order stored. */
  append(version: number, message: FlaggedMessage): void;
  /** A later clean, deleted or system version of message `id`: an earlier flagged version no longer counts. */
  clear(id: string): void;
  /** A Files.csv entry with findings that no message attached. */
  appendUnattached(entry: UnattachedFile): void;
  /** Once, after the last row: how many messages are flagged at their latest version, and their findings. */
  finish(): { messages: number; findings: number };
  /** After finish(): each message's latest flagged version, in export order. Can be read more than once. */
  latest(): Iterable<FlaggedMessage>;
  /** After finish(): the unattached files with findings, in Files.csv order. */
  unattached(): Iterable<UnattachedFile>;
}

/** Keeps each message's last flagged version in memory: for tests and small exports. */
export class MemoryVersionStore implements FlaggedVersionStore {
  private readonly byId = new Map<string, FlaggedMessage>();
  private readonly files: UnattachedFile[] = [];

  append(_version: number, message: FlaggedMessage): void {
    // Deleted first, so iteration order (a Map's insertion order) stays the order appended.
    this.byId.delete(message.id);
    this.byId.set(message.id, message);
  }

  clear(id: string): void {
    this.byId.delete(id);
  }

  appendUnattached(entry: UnattachedFile): void {
    this.files.push(entry);
  }

  finish(): { messages: number; findings: number } {
    let findings = 0;
    for (const m of this.byId.values()) findings += m.hits.length;
    return { messages: this.byId.size, findings };
  }

  latest(): Iterable<FlaggedMessage> {
    return this.byId.values();
  }

  unattached(): Iterable<UnattachedFile> {
    return this.files;
  }
}

export class AuditTally {
  /** Flagged versions stored so far (each numbered by its position). */
  private stored = 0;
  private unattachedFlagged = 0;
  private unattachedFindings = 0;
  private finished: AuditCounts | undefined;
  readonly malformedRows: MalformedRow[] = [];
  readonly counts: AuditCounts = { read: 0, scanned: 0, deleted: 0, system: 0, malformed: 0, superseded: 0, flaggedMessages: 0, findings: 0, filesListed: 0, filesWithoutMessage: 0 };

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
    // Rows are offered in export order, so this row is a later version of any flagged one stored.
    this.store.clear(id);
  }

  /** Stores a flagged version; returns its number (the store's `version`). */
  addFlagged(message: FlaggedMessage): number {
    this.counts.read++;
    this.counts.scanned++;
    const { text, ...withoutText } = message;
    const version = this.stored++;
    // Post text reaches the store (and so the disk) only when PSD asked for it.
    this.store.append(version, this.keepText && text !== undefined ? { ...withoutText, text } : withoutText);
    return version;
  }

  addSkipped(reason: SkipReason, id: string): void {
    this.counts.read++;
    if (reason === 'deleted') this.counts.deleted++;
    else this.counts.system++;
    // A deleted message is no longer on the network: its earlier versions do not count.
    this.store.clear(id);
  }

  addMalformed(row: MalformedRow): void {
    this.counts.read++;
    this.counts.malformed++;
    if (this.malformedRows.length < MALFORMED_LISTED) this.malformedRows.push(row);
  }

  /** A Files.csv entry no message attached, with what the engine found in it (in Files.csv order). */
  addUnattachedFile(file: ExportFile, hits: AuditHit[]): void {
    this.counts.filesWithoutMessage++;
    if (hits.length === 0) return;
    this.unattachedFlagged++;
    this.unattachedFindings += hits.length;
    this.store.appendUnattached({ file, hits });
  }

  /** Flagged messages in export order, each at its latest version, read from the store one at a time. */
  latestFlagged(): Iterable<FlaggedMessage> {
    this.finish();
    return this.store.latest();
  }

  /** Files.csv entries with findings that no message attached, in Files.csv order. */
  unattachedFiles(): Iterable<UnattachedFile> {
    this.finish();
    return this.store.unattached();
  }

  /** All of latestFlagged() at once (small exports and tests; the CLI streams instead). */
  flaggedMessages(): FlaggedMessage[] {
    return [...this.latestFlagged()];
  }

  /** Ends the tally, once: the store decides which version of each message counts. Call after the last row. */
  finish(): AuditCounts {
    if (this.finished) return this.finished;
    const latest = this.store.finish();
    this.counts.superseded = this.stored - latest.messages;
    this.counts.flaggedMessages = latest.messages + this.unattachedFlagged;
    this.counts.findings = latest.findings + this.unattachedFindings;
    this.finished = this.counts;
    return this.counts;
  }
}
