import { Transform, type TransformCallback } from 'node:stream';
import { ExportFormatError } from '../../audit/yammer-messages';

/**
 * Refuses bytes that are not UTF-8 (an export re-saved by Excel as Windows-1252 would otherwise
 * be read with silent replacement characters, and a name or number could be missed), naming the
 * file and the line of the first bad byte. The bytes pass through unchanged: csv-parse works on
 * buffers, so handing it strings would only convert them back. Also counts bytes for progress.
 */
export class Utf8Check extends Transform {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private lines = 1;
  bytes = 0;

  constructor(private readonly file: string) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    try {
      this.decoder.decode(chunk, { stream: true });
    } catch {
      callback(this.notUtf8(chunk));
      return;
    }
    this.lines += countNewlines(chunk);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    try {
      this.decoder.decode();
      callback();
    } catch {
      callback(new ExportFormatError(`${this.file} line ${this.lines}: the file ends in the middle of a character; it is not valid UTF-8 (was it cut short?)`));
    }
  }

  private notUtf8(chunk: Buffer): Error {
    const lenient = new TextDecoder('utf-8').decode(chunk);
    const bad = lenient.indexOf('\uFFFD');
    const line = this.lines + countNewlines(Buffer.from(bad >= 0 ? lenient.slice(0, bad) : lenient));
    return new ExportFormatError(`${this.file} line ${line}: not valid UTF-8 text; export it again, or re-save it as UTF-8 (not ANSI or Windows-1252)`);
  }
}

function countNewlines(bytes: Buffer): number {
  let n = 0;
  for (let i = bytes.indexOf(10); i !== -1; i = bytes.indexOf(10, i + 1)) n++;
  return n;
}
