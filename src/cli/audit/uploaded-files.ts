import type { AuditTally } from '../../audit/audit-tally';
import type { AuditHit, ExportFile, MalformedRow } from '../../audit/audit-types';
import { columnIndex, ExportFormatError, FILES_REQUIRED, toExportFile } from '../../audit/yammer-messages';
import { csvStream } from './csv-records';
import { entryError, type ExportEntry } from './export-source';
import { ExternalSorter } from './external-sort';
import type { FlaggedSpill } from './flagged-spill';
import { compareIds } from './latest-versions';

/** [file id, Files.csv row, the file]. */
type ListedFile = [string, number, ExportFile];
/** [file id, the flagged version that attached it]. */
type WantedName = [string, number];

const PLACEHOLDER = /^uploadedfile:(\d+)$/;

/**
 * Files.csv joined to the messages on disk, so neither side is held in memory (a network can
 * list millions of files). Files.csv is streamed into a sort by file id before the messages are
 * read (so its header and rows are checked first, as before); the workers scan an attachment as
 * `uploadedfile:<id>` without its name, and the ids messages attached, and which flagged versions
 * want a name, are sorted by file id too. join() then merges the three sorted streams: a listed
 * file that a flagged version attached gives that version its name (FlaggedSpill.nameFile), and
 * one no message attached is reported as an upload on its own, in Files.csv order.
 */
export class UploadedFiles {
  private readonly listed: ExternalSorter<ListedFile>;
  private readonly attached: ExternalSorter<string>;
  private readonly wanted: ExternalSorter<WantedName>;
  private readonly unattached: ExternalSorter<[number, ExportFile]>;

  /** Its sorts write their runs into the spill's private folder, removed with it. */
  constructor(spill: FlaggedSpill) {
    const { folder, tuning } = spill;
    this.listed = new ExternalSorter<ListedFile>(folder, 'files', (a, b) => compareIds(a[0], b[0]) || a[1] - b[1], tuning.runSize);
    this.attached = new ExternalSorter<string>(folder, 'attached', compareIds, tuning.runSize);
    this.wanted = new ExternalSorter<WantedName>(folder, 'wanted', (a, b) => compareIds(a[0], b[0]) || a[1] - b[1], tuning.runSize);
    this.unattached = new ExternalSorter<[number, ExportFile]>(folder, 'unattached', (a, b) => a[0] - b[0], tuning.runSize);
  }

  /** Streams Files.csv into the sort; malformed rows are counted and skipped, a bad header stops the run. */
  async readFilesCsv(entry: ExportEntry, onMalformed: (row: MalformedRow) => void): Promise<void> {
    const name = entry.label;
    const csv = csvStream(await entry.open(), name);
    try {
      let index: Map<string, number> | undefined;
      let headerLength = 0;
      for await (const { record, row } of csv.records) {
        for (const bad of csv.takeMalformed()) onMalformed(bad);
        if (!index) {
          index = columnIndex(name, record, FILES_REQUIRED);
          headerLength = record.length;
          continue;
        }
        const file = record.length === headerLength ? toExportFile(record, index) : undefined;
        if (file) this.listed.add([file.id, row, file]);
        else onMalformed({ where: `${name} row ${row}`, reason: record.length !== headerLength ? `${record.length} fields where the header has ${headerLength}` : 'no file id' });
      }
      for (const bad of csv.takeMalformed()) onMalformed(bad);
      await csv.done;
      if (!index) throw new ExportFormatError(`${name} row 1: the file is empty (no header row)`);
    } catch (error) {
      throw entryError(entry, error);
    }
  }

  /** File ids a scanned message attached (any version): such files are not reported on their own. */
  noteAttached(fileIds: readonly string[]): void {
    for (const id of fileIds) this.attached.add(id);
  }

  /** A stored flagged version: its file findings scanned without a name want one from Files.csv. */
  noteFlagged(version: number, hits: readonly AuditHit[]): void {
    for (const hit of hits) {
      const id = hit.type === 'file_upload' && hit.fileName ? PLACEHOLDER.exec(hit.fileName)?.[1] : undefined;
      if (id) this.wanted.add([id, version]);
    }
  }

  /**
   * After the last message. `scanFile` scans a file as an upload named as Files.csv names it
   * (the same engine as the messages). Sets the tally's file counts and adds unattached files.
   */
  join(scanFile: (file: ExportFile, name: string) => AuditHit[], spill: FlaggedSpill, tally: AuditTally): void {
    const attached = this.attached.sorted();
    const wanted = this.wanted.sorted();
    let nextAttached = attached.next();
    let nextWanted = wanted.next();
    let listed = 0;
    const settle = (file: ExportFile, firstRow: number) => {
      listed++;
      while (!nextAttached.done && compareIds(nextAttached.value, file.id) < 0) nextAttached = attached.next();
      if (nextAttached.done || nextAttached.value !== file.id) {
        this.unattached.add([firstRow, file]);
        return;
      }
      while (!nextWanted.done && compareIds(nextWanted.value[0], file.id) < 0) nextWanted = wanted.next();
      let hit: AuditHit | undefined;
      for (; !nextWanted.done && nextWanted.value[0] === file.id; nextWanted = wanted.next()) {
        // The message's own scan used this placeholder when the name was unknown, so the finding matches it.
        hit ??= scanFile(file, file.name || `uploadedfile:${file.id}`).find((h) => h.type === 'file_upload');
        if (hit) spill.nameFile(nextWanted.value[1], file.id, hit);
      }
    };
    // Files.csv may list an id twice: the last row describes it (as a map by id would), the first places it.
    let current: ListedFile | undefined;
    let firstRow = 0;
    for (const entry of this.listed.sorted()) {
      if (current && current[0] !== entry[0]) settle(current[2], firstRow);
      if (!current || current[0] !== entry[0]) firstRow = entry[1];
      current = entry;
    }
    if (current) settle(current[2], firstRow);
    attached.return(undefined);
    wanted.return(undefined);
    tally.counts.filesListed = listed;
    for (const [, file] of this.unattached.sorted()) tally.addUnattachedFile(file, scanFile(file, file.name || `file ${file.id}`));
  }
}
