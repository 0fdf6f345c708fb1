import { isUtf8 } from 'node:buffer';
import { Transform, type TransformCallback } from 'node:stream';
import { ExportFormatError } from '../../audit/yammer-messages';

/**
 * Refuses bytes that are not UTF-8 (an export re-saved by Excel as Windows-1252 would otherwise
 * be read with silent replacement characters, and a name or number could be missed), naming the
 * file and the line of the first bad byte. The bytes pass through unchanged: csv-parse works on
 * buffers, so handing it strings would only convert them back. Also counts bytes for progress.
 */
export class Utf8Check extends Transform {
  /** The last 1-3 bytes of the previous chunk when they began a character it did not finish. */
  private carry: Buffer = Buffer.alloc(0);
  private lines = 1;
  bytes = 0;

  constructor(private readonly file: string) {
    super();
  }

  /**
   * Validates with Node's isUtf8, which allocates nothing. (A fatal TextDecoder, used before,
   * built a string of every chunk on the main thread: the whole export as garbage, the largest
   * chunks straight into V8's old generation, which then grew with the export.)
   */
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    let start = 0;
    if (this.carry.length > 0) {
      const need = sequenceLength(this.carry[0]) - this.carry.length;
      const joined = Buffer.concat([this.carry, chunk.subarray(0, need)]);
      if (chunk.length < need) {
        // Still unfinished: valid only while every byte after the lead continues the character.
        if (!joined.subarray(1).every((b) => (b & 0xc0) === 0x80)) {
          callback(this.notUtf8(Buffer.alloc(0)));
          return;
        }
        this.carry = joined;
        callback(null, chunk);
        return;
      }
      if (!isUtf8(joined)) {
        callback(this.notUtf8(Buffer.alloc(0)));
        return;
      }
      start = need;
      this.carry = Buffer.alloc(0);
    }
    const end = completeEnd(chunk, start);
    if (!isUtf8(chunk.subarray(start, end))) {
      callback(this.notUtf8(chunk.subarray(start, end)));
      return;
    }
    this.carry = Buffer.from(chunk.subarray(end));
    this.lines += countNewlines(chunk);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    if (this.carry.length === 0) callback();
    else callback(new ExportFormatError(`${this.file} line ${this.lines}: the file ends in the middle of a character; it is not valid UTF-8 (was it cut short?)`));
  }

  private notUtf8(chunk: Buffer): Error {
    const lenient = new TextDecoder('utf-8').decode(chunk);
    const bad = lenient.indexOf('\uFFFD');
    const line = this.lines + countNewlines(Buffer.from(bad >= 0 ? lenient.slice(0, bad) : lenient));
    return new ExportFormatError(`${this.file} line ${line}: not valid UTF-8 text; export it again, or re-save it as UTF-8 (not ANSI or Windows-1252)`);
  }
}

/** Bytes in the character a UTF-8 lead byte starts (1 for anything else: isUtf8 judges it). */
function sequenceLength(lead: number): number {
  if (lead >= 0xf0 && lead < 0xf8) return 4;
  if (lead >= 0xe0 && lead < 0xf0) return 3;
  if (lead >= 0xc0 && lead < 0xe0) return 2;
  return 1;
}

/** Where the last complete character ends: before a lead byte whose character runs past the chunk. */
function completeEnd(chunk: Buffer, start: number): number {
  for (let i = chunk.length - 1; i >= Math.max(start, chunk.length - 3); i--) {
    const b = chunk[i];
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back for its lead
    return i + sequenceLength(b) > chunk.length ? i : chunk.length;
  }
  return chunk.length;
}

function countNewlines(bytes: Buffer): number {
  let n = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) n++;
  return n;
}
