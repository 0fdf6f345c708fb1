import { pipeline } from 'node:stream/promises';
import { parse } from 'csv-parse/sync';
import type { ReadItem } from '../../audit/audit-types';
import { columnIndex, ExportFormatError, MESSAGES_REQUIRED } from '../../audit/yammer-messages';
import { entryError, type ExportEntry } from './export-source';
import { RecordChunks } from './record-chunks';
import { Utf8Check } from './utf8-text';

export interface ItemReader {
  items: AsyncGenerator<ReadItem>;
  bytesRead(): number;
  totalBytes: number;
}

export interface MessageChunks {
  file: string;
  header: string[];
  columns: Array<[string, number]>;
  /** Whole records, about 1 MB each, for the workers to parse. */
  chunks: AsyncGenerator<Buffer>;
  bytesRead(): number;
  totalBytes: number;
  /** Rejects with a one-line error naming the file (truncation, UTF-8). */
  done: Promise<void>;
}

/**
 * Messages.csv as chunks of whole records (streamed, UTF-8 checked), with its header read and
 * checked here: a missing column stops the run before any worker starts on it.
 */
export async function messageChunks(entry: ExportEntry): Promise<MessageChunks> {
  const name = entry.label;
  const check = new Utf8Check(name);
  const chunker = new RecordChunks();
  const done = pipeline(await entry.open(), check, chunker).catch((error: unknown) => {
    throw entryError(entry, error);
  });
  done.catch(() => undefined);
  const iterator = (chunker as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  let first: IteratorResult<Buffer>;
  try {
    first = await iterator.next();
  } catch (error) {
    throw entryError(entry, error);
  }
  const header = first.done ? undefined : (parse(first.value, { bom: true, relax_column_count: true }) as string[][])[0];
  if (!header) {
    await done;
    throw new ExportFormatError(`${name} row 1: the file is empty (no header row); the export holds no messages`);
  }
  const index = columnIndex(name, header, MESSAGES_REQUIRED);
  async function* chunks(): AsyncGenerator<Buffer> {
    try {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
      await done;
    } catch (error) {
      throw entryError(entry, error);
    }
  }
  return { file: name, header, columns: [...index], chunks: chunks(), bytesRead: () => check.bytes, totalBytes: entry.size, done };
}
