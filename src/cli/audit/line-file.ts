import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/**
 * Text files of one record a line, for the audit's temporary files (flagged versions, sort runs).
 * Written through a buffer of about `blockBytes` and read back one block at a time, so neither
 * side holds more than a block whatever the file's size. Synchronous: the outputs pull rows as
 * they write them, and the files are local and private.
 */
export class LineWriter {
  private pending: string[] = [];
  private pendingChars = 0;
  private written = 0;
  private fd: number | undefined;

  constructor(
    readonly file: string,
    private readonly blockBytes = 1 << 20,
  ) {
    // 'wx': never follows or reuses a file someone else put there; 0600: owner-only.
    this.fd = openSync(file, 'wx+', 0o600);
  }

  /** Adds one line (`line` must not contain a newline). */
  write(line: string): void {
    this.pending.push(line, '\n');
    this.pendingChars += line.length + 1;
    if (this.pendingChars >= this.blockBytes) this.flush();
  }

  /** Writes what is buffered, so readLines() sees every line written so far. */
  flush(): void {
    if (this.pending.length === 0) return;
    if (this.fd === undefined) throw new Error('the audit\'s temporary file was already removed (read it before the run is disposed)');
    const buffer = Buffer.from(this.pending.join(''));
    for (let off = 0; off < buffer.length; ) off += writeSync(this.fd, buffer, off, buffer.length - off, this.written + off);
    this.written += buffer.length;
    this.pending = [];
    this.pendingChars = 0;
  }

  /** Flushes and closes; the file stays for reading. Safe to call twice. */
  close(): void {
    if (this.fd === undefined) return;
    this.flush();
    closeSync(this.fd);
    this.fd = undefined;
  }

  /** Closes without writing what is buffered (the file is about to be removed). */
  discard(): void {
    this.pending = [];
    this.pendingChars = 0;
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

/** The file's lines, read `blockBytes` at a time; the file is closed when the loop ends, even early. */
export function* readLines(file: string, blockBytes = 1 << 16): Generator<string> {
  const fd = openSync(file, 'r');
  try {
    const block = Buffer.allocUnsafe(blockBytes);
    const decoder = new StringDecoder('utf8');
    let position = 0;
    let carry = '';
    for (;;) {
      const n = readSync(fd, block, 0, block.length, position);
      if (n === 0) break;
      position += n;
      const text = carry + decoder.write(block.subarray(0, n));
      let start = 0;
      for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
        if (end > start) yield text.slice(start, end);
        start = end + 1;
      }
      carry = text.slice(start);
    }
    const rest = carry + decoder.end();
    if (rest) yield rest;
  } finally {
    closeSync(fd);
  }
}
