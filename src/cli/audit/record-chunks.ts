import { Transform, type TransformCallback } from 'node:stream';

const QUOTE = 0x22;
const NEWLINE = 0x0a;

/**
 * Cuts a CSV byte stream into chunks that end on record boundaries, so worker threads can each
 * parse (with csv-parse) and scan a chunk on their own. A newline ends a record only outside
 * quotes; in RFC 4180 CSV (which the export is) a field's own quotes are doubled, so "outside
 * quotes" is simply an even number of quote bytes so far. This finds boundaries only; parsing is
 * csv-parse's job. The first chunk is the header row alone. Cutting at an ASCII newline also
 * means no chunk ever splits a UTF-8 character.
 */
export class RecordChunks extends Transform {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private inQuotes = false;
  private headerSent = false;

  constructor(private readonly targetBytes = 1 << 20) {
    // One chunk of read-ahead: the default (16 objects) would hold 16 MB here while the workers are busy.
    super({ readableObjectMode: true, readableHighWaterMark: 1 });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    let start = 0;
    if (!this.headerSent) {
      const end = this.boundary(chunk, 0, true);
      if (end === -1) {
        this.keep(chunk);
        callback();
        return;
      }
      this.emitWith(chunk.subarray(0, end));
      this.headerSent = true;
      start = end;
    }
    const rest = chunk.subarray(start);
    const last = this.boundary(rest, 0, false);
    if (last !== -1 && this.pendingBytes + last >= this.targetBytes) {
      this.emitWith(rest.subarray(0, last));
      this.keep(rest.subarray(last));
    } else {
      this.keep(rest);
    }
    callback();
  }

  override _flush(callback: TransformCallback): void {
    if (this.pendingBytes > 0) this.emitWith(Buffer.alloc(0));
    callback();
  }

  /** Index just past the first (or last) newline outside quotes, updating the quote state over what it scans; -1 if none. */
  private boundary(bytes: Buffer, from: number, first: boolean): number {
    let found = -1;
    let i = from;
    let quote = bytes.indexOf(QUOTE, i);
    let newline = bytes.indexOf(NEWLINE, i);
    while (newline !== -1) {
      if (quote !== -1 && quote < newline) {
        this.inQuotes = !this.inQuotes;
        i = quote + 1;
        quote = bytes.indexOf(QUOTE, i);
        continue;
      }
      if (!this.inQuotes) {
        found = newline + 1;
        if (first) return found;
      }
      i = newline + 1;
      newline = bytes.indexOf(NEWLINE, i);
    }
    // Quotes after the last newline still count for the next chunk.
    while (quote !== -1) {
      this.inQuotes = !this.inQuotes;
      quote = bytes.indexOf(QUOTE, quote + 1);
    }
    return found;
  }

  private keep(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
  }

  private emitWith(tail: Buffer): void {
    const out = this.pending.length === 0 ? Buffer.from(tail) : Buffer.concat([...this.pending, tail]);
    this.pending = [];
    this.pendingBytes = 0;
    if (out.length > 0) this.push(out);
  }
}
