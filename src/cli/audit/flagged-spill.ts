import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FlaggedVersionStore, UnattachedFile } from '../../audit/audit-tally';
import type { AuditHit, FlaggedMessage } from '../../audit/audit-types';
import { ExternalSorter } from './external-sort';
import { LatestVersions, type SpillTuning } from './latest-versions';
import { LineWriter, readLines } from './line-file';
import { removeNow, removeOnExit } from './temp-cleanup';

/**
 * What the outputs need about a stored version, sorted by version number: [version, 0, findings]
 * if it is its message's latest, [version, 1, file id, hit] for a file named from Files.csv.
 */
type VersionNote = [number, 0, number] | [number, 1, string, AuditHit];

/**
 * The audit's flagged versions on disk instead of in memory, so memory stays flat however large
 * the export: one JSON line per version in `flagged.jsonl` (mode 0600) in a private temporary
 * folder (mkdtemp, mode 0700), with the files that decide which version of each message counts
 * (latest-versions.ts) and sort runs (external-sort.ts) beside it. They hold masked findings and
 * ids; post text only when PSD was granted --include-text (the tally strips it otherwise).
 * Removed by dispose(), and on an error, Ctrl-C or kill (temp-cleanup.ts).
 */
export class FlaggedSpill implements FlaggedVersionStore {
  readonly folder: string;
  readonly file: string;
  private readonly versions: LineWriter;
  private readonly unattachedFile: LineWriter;
  private readonly latestVersions: LatestVersions;
  private readonly notes: ExternalSorter<VersionNote>;
  private totals: { messages: number; findings: number } | undefined;
  private disposed = false;

  constructor(
    tempRoot = os.tmpdir(),
    readonly tuning: SpillTuning = {},
  ) {
    this.folder = mkdtempSync(path.join(tempRoot, 'policy-bot-audit-'));
    removeOnExit(this.folder);
    this.file = path.join(this.folder, 'flagged.jsonl');
    this.versions = new LineWriter(this.file);
    this.unattachedFile = new LineWriter(path.join(this.folder, 'unattached.jsonl'), 1 << 16);
    this.latestVersions = new LatestVersions(this.folder, tuning);
    this.notes = new ExternalSorter<VersionNote>(this.folder, 'notes', (a, b) => a[0] - b[0] || a[1] - b[1], tuning.runSize);
  }

  append(version: number, message: FlaggedMessage): void {
    this.versions.write(`${version}\t${JSON.stringify(message)}`);
    this.latestVersions.flagged(message.id, version, message.hits.length);
  }

  clear(id: string): void {
    this.latestVersions.cleared(id);
  }

  appendUnattached(entry: UnattachedFile): void {
    this.unattachedFile.write(JSON.stringify(entry));
  }

  /**
   * Files.csv names the file a stored version attached (it was scanned as `uploadedfile:<id>`,
   * the workers do not hold Files.csv): `hit` replaces that placeholder's finding in the outputs.
   */
  nameFile(version: number, fileId: string, hit: AuditHit): void {
    this.notes.add([version, 1, fileId, hit]);
  }

  finish(): { messages: number; findings: number } {
    this.assertOpen();
    if (!this.totals) {
      const totals = { messages: 0, findings: 0 };
      this.latestVersions.resolve((version, findings) => {
        this.notes.add([version, 0, findings]);
        totals.messages++;
        totals.findings += findings;
      });
      this.totals = totals;
    }
    return this.totals;
  }

  /** The latest versions in export order: the versions file and the sorted notes, read side by side. */
  *latest(): Generator<FlaggedMessage> {
    this.finish();
    this.versions.flush();
    const notes = this.notes.sorted();
    try {
      let note = notes.next();
      for (const line of readLines(this.file, 1 << 20)) {
        if (note.done) return;
        const tab = line.indexOf('\t');
        const version = Number(line.slice(0, tab));
        while (!note.done && note.value[0] < version) note = notes.next();
        let kept = false;
        const names: Array<[string, AuditHit]> = [];
        for (; !note.done && note.value[0] === version; note = notes.next()) {
          const value = note.value;
          if (value[1] === 0) kept = true;
          else names.push([value[2], value[3]]);
        }
        if (!kept) continue;
        const message = JSON.parse(line.slice(tab + 1)) as FlaggedMessage;
        for (const [fileId, hit] of names) {
          const placeholder = `uploadedfile:${fileId}`;
          message.hits = message.hits.map((h) => (h.type === 'file_upload' && h.fileName === placeholder ? hit : h));
        }
        yield message;
      }
    } finally {
      notes.return(undefined);
    }
  }

  *unattached(): Generator<UnattachedFile> {
    this.assertOpen();
    this.unattachedFile.flush();
    for (const line of readLines(this.unattachedFile.file)) yield JSON.parse(line) as UnattachedFile;
  }

  private assertOpen(): void {
    if (this.disposed) throw new Error('the audit\'s flagged rows were already removed (read them before the run is disposed)');
  }

  /** Closes and deletes the files and their folder. Safe to call twice. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.versions.discard();
    this.unattachedFile.discard();
    removeNow(this.folder);
  }
}
