import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { parse, type CsvError, type Options } from 'csv-parse';
import type { MalformedRow } from '../../audit/audit-types';
import { Utf8Check } from './utf8-text';

/**
 * Streams a CSV file as records with their row numbers (the header is row 1), using csv-parse
 * for quoting and embedded newlines. A record csv-parse cannot read (a stray quote, a quote never
 * closed) is skipped and reported as malformed, never fatal. Memory stays flat: the pipeline
 * applies backpressure while the caller is busy.
 */
export interface CsvRecord {
  record: string[];
  row: number;
}

export interface CsvStream {
  records: AsyncIterable<CsvRecord>;
  /** Records csv-parse skipped since the last call, in file order. */
  takeMalformed(): MalformedRow[];
  bytesRead(): number;
  /** Resolves when the file is fully read; rejects with a one-line error naming the file. */
  done: Promise<void>;
}

export function csvStream(source: Readable, file: string): CsvStream {
  let lastSkipLine = -1;
  // Skips are seen as they happen, ahead of the consumer: their rows wait in `malformed`, and the
  // good-record counts they followed in `skipAfters`, until a record's row number has counted them.
  let malformed: MalformedRow[] = [];
  const skipAfters: number[] = [];
  let skipped = 0;
  const check = new Utf8Check(file);
  const options: Options = {
    bom: true,
    // A post is at most tens of KB; a runaway field (a wrong quote) is cut off here and skipped.
    max_record_size: 2_000_000,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (err: CsvError | undefined) => {
      const info = err as unknown as { lines?: number; records?: number } | undefined;
      const lines = info?.lines ?? -1;
      // csv-parse can report one broken record more than once (each stray quote): count it once.
      if (lines === lastSkipLine) return undefined;
      lastSkipLine = lines;
      const after = info?.records ?? 0;
      skipped++;
      skipAfters.push(after);
      malformed.push({ where: `${file} row ${after + skipped} (line ${lines})`, reason: describeCsvError(err) });
      return undefined;
    },
  };
  const parser = parse(options);
  const done = pipeline(source, check, parser as unknown as NodeJS.WritableStream).then(() => undefined);
  // The consumer iterates the parser; the pipeline's promise carries read errors (truncation, UTF-8).
  done.catch(() => undefined);
  let good = 0;
  let skipsBefore = 0;
  async function* records(): AsyncGenerator<CsvRecord> {
    for await (const record of parser as AsyncIterable<string[]>) {
      good++;
      while (skipAfters.length > 0 && skipAfters[0] < good) {
        skipAfters.shift();
        skipsBefore++;
      }
      yield { record, row: good + skipsBefore };
    }
  }
  return {
    records: records(),
    takeMalformed() {
      const out = malformed;
      if (out.length > 0) malformed = [];
      return out;
    },
    bytesRead: () => check.bytes,
    done,
  };
}

export function describeCsvError(err: CsvError | undefined): string {
  switch (err?.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field is never closed, so the rest of the file was read as part of this row';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a quote inside a field is not doubled (CSV quoting is broken in this row)';
    default:
      return err?.message.split('\n')[0] ?? 'unreadable row';
  }
}
