import { Transform, type TransformCallback } from 'node:stream';
import { ExportFormatError } from '../../audit/yammer-messages';

/**
 * Bytes to text, refusing anything that is not UTF-8 (an export re-saved by Excel as
 * Windows-1252 would otherwise be read with silent replacement characters, and a name or number
 * could be missed). The error names the file and the line of the first bad byte. Also counts
 * bytes, for the progress bar.
 */
export class Utf8Text extends Transform {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private lines = 1;
  bytes = 0;

  constructor(private readonly file: string) {
    super({ readableObjectMode: false, decodeStrings: true, encoding: 'utf8' });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    let text: string;
    try {
      text = this.decoder.decode(chunk, { stream: true });
    } catch {
      callback(this.notUtf8(chunk));
      return;
    }
    this.lines += countNewlines(text);
    callback(null, text);
  }

  override _flush(callback: TransformCallback): void {
    try {
      const rest = this.decoder.decode();
      callback(null, rest || undefined);
    } catch {
      callback(new ExportFormatError(`${this.file} line ${this.lines}: the file ends in the middle of a character; it is not valid UTF-8 (was it cut short?)`));
    }
  }

  private notUtf8(chunk: Buffer): Error {
    const lenient = new TextDecoder('utf-8').decode(chunk);
    const bad = lenient.indexOf('\uFFFD');
    const line = this.lines + countNewlines(bad >= 0 ? lenient.slice(0, bad) : lenient);
    return new ExportFormatError(`${this.file} line ${line}: not valid UTF-8 text; export it again, or re-save it as UTF-8 (not ANSI or Windows-1252)`);
  }
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
