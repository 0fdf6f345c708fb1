import { closeSync, mkdtempSync, openSync, readSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { FlaggedVersionStore, StoredVersion } from '../../audit/audit-tally';
import type { FlaggedMessage } from '../../audit/audit-types';
import { removeNow, removeOnExit } from './temp-cleanup';

/** Written in blocks of about this many bytes, and read back in blocks of it. */
const BLOCK_BYTES = 1 << 20;

/**
 * The audit's flagged versions on disk instead of in memory: one JSON line per version in a
 * file of its own (mode 0600) in a private temporary folder (mkdtemp, mode 0700), so memory
 * stays flat however large the export. It holds masked findings and ids; post text only when
 * PSD was granted --include-text (the tally strips it otherwise). Removed by dispose(), and on
 * an error, Ctrl-C or kill (temp-cleanup.ts). Reads are synchronous and one block at a time:
 * the outputs pull rows as they write them.
 */
export class FlaggedSpill implements FlaggedVersionStore {
  readonly folder: string;
  readonly file: string;
  private fd: number | undefined;
  private pending: string[] = [];
  private pendingBytes = 0;
  private written = 0;

  constructor(tempRoot = os.tmpdir()) {
    this.folder = mkdtempSync(path.join(tempRoot, 'policy-bot-audit-'));
    removeOnExit(this.folder);
    this.file = path.join(this.folder, 'flagged.jsonl');
    this.fd = openSync(this.file, 'wx+', 0o600);
  }

  append(version: number, message: FlaggedMessage): void {
    const line = `${version}\t${JSON.stringify(message)}\n`;
    this.pending.push(line);
    this.pendingBytes += line.length;
    if (this.pendingBytes >= BLOCK_BYTES) this.flush();
  }

  *versions(): Generator<StoredVersion> {
    this.flush();
    const fd = this.openFd();
    const block = Buffer.allocUnsafe(BLOCK_BYTES);
    const decoder = new StringDecoder('utf8');
    let position = 0;
    let carry = '';
    for (;;) {
      const n = readSync(fd, block, 0, block.length, position);
      if (n === 0) break;
      position += n;
      const text = carry + decoder.write(block.subarray(0, n));
      const lastNewline = text.lastIndexOf('\n');
      carry = text.slice(lastNewline + 1);
      for (const line of text.slice(0, lastNewline + 1).split('\n')) {
        if (line) yield parseLine(line);
      }
    }
    const rest = carry + decoder.end();
    if (rest) yield parseLine(rest);
  }

  /** Closes and deletes the file and its folder. Safe to call twice. */
  dispose(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    this.pending = [];
    this.pendingBytes = 0;
    removeNow(this.folder);
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const buffer = Buffer.from(this.pending.join(''));
    const fd = this.openFd();
    for (let off = 0; off < buffer.length; ) off += writeSync(fd, buffer, off, buffer.length - off, this.written + off);
    this.written += buffer.length;
    this.pending = [];
    this.pendingBytes = 0;
  }

  private openFd(): number {
    if (this.fd === undefined) throw new Error('the audit\'s flagged rows were already removed (read them before the run is disposed)');
    return this.fd;
  }
}

function parseLine(line: string): StoredVersion {
  const tab = line.indexOf('\t');
  return { version: Number(line.slice(0, tab)), message: JSON.parse(line.slice(tab + 1)) as FlaggedMessage };
}
