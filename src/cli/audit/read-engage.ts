import type { ExportFile, MalformedRow, ReadItem } from '../../audit/audit-types';
import { columnIndex, ExportFormatError, FILES_REQUIRED, MESSAGES_REQUIRED, toExportFile, toReadItem, type MessageRowContext } from '../../audit/yammer-messages';
import { csvStream } from './csv-records';
import { entryError, type ExportEntry } from './export-source';

/** Files.csv, whole, by file id (one short row per file: far fewer than messages). */
export async function readFilesCsv(entry: ExportEntry, onMalformed: (row: MalformedRow) => void): Promise<Map<string, ExportFile>> {
  const files = new Map<string, ExportFile>();
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
      if (file) files.set(file.id, file);
      else onMalformed({ where: `${name} row ${row}`, reason: record.length !== headerLength ? `${record.length} fields where the header has ${headerLength}` : 'no file id' });
    }
    for (const bad of csv.takeMalformed()) onMalformed(bad);
    await csv.done;
    if (!index) throw new ExportFormatError(`${name} row 1: the file is empty (no header row)`);
  } catch (error) {
    throw entryError(entry, error);
  }
  return files;
}

export interface ItemReader {
  items: AsyncGenerator<ReadItem>;
  bytesRead(): number;
  totalBytes: number;
}

/** Messages.csv as read items, in file order, streamed. */
export function readMessagesCsv(entry: ExportEntry, files: ReadonlyMap<string, ExportFile>, attachedFileIds: Set<string>): ItemReader {
  let bytes = () => 0;
  async function* items(): AsyncGenerator<ReadItem> {
    const name = entry.label;
    const csv = csvStream(await entry.open(), name);
    bytes = csv.bytesRead;
    let seq = 0;
    try {
      let index: Map<string, number> | undefined;
      let ctx: MessageRowContext | undefined;
      let rows = 0;
      for await (const { record, row } of csv.records) {
        for (const bad of csv.takeMalformed()) yield { kind: 'malformed', row: bad };
        if (!index) {
          index = columnIndex(name, record, MESSAGES_REQUIRED);
          ctx = { file: name, row: 1, seq: 0, headerLength: record.length, files, attachedFileIds };
          continue;
        }
        rows++;
        ctx!.row = row;
        ctx!.seq = seq++;
        yield toReadItem(record, index, ctx!);
      }
      const trailing = csv.takeMalformed();
      for (const bad of trailing) yield { kind: 'malformed', row: bad };
      await csv.done;
      if (!index) throw new ExportFormatError(`${name} row 1: the file is empty (no header row); the export holds no messages`);
      if (rows === 0 && trailing.length === 0) throw new ExportFormatError(`${name} row 2: no messages after the header; the export is empty (check its date range)`);
    } catch (error) {
      throw entryError(entry, error);
    }
  }
  return { items: items(), bytesRead: () => bytes(), totalBytes: entry.size };
}
