import { StringDecoder } from 'node:string_decoder';

/** Bytes of output gathered before a write (a line that cannot fit is written on its own). */
const BLOCK_BYTES = 1 << 18;

/**
 * Line-by-line stream processing for the CLI's pipe commands: one output line per input
 * line, in order. Reads whole chunks and writes one block per input chunk, because a
 * readline interface with an async iterator and one write per line cost more than the
 * scan itself (profiled: most of the CLI's time went to readline events, promise
 * turns and per-line writes). Output lines are encoded straight into one reused byte
 * block (copied out at each write, so a stream that keeps the chunk never sees it change):
 * concatenating a chunk's lines into one string and encoding that cost twice as much
 * (the string's pieces were flattened, then encoded). Every input chunk's output is written
 * before the next chunk is read, so an interactive user sees each answer at once.
 * Honours back-pressure; a trailing '\r' (CRLF input) is dropped.
 */
export async function mapLines(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  fn: (line: string, lineNumber: number) => string,
): Promise<void> {
  const decoder = new StringDecoder('utf8');
  const block = Buffer.allocUnsafe(BLOCK_BYTES);
  let used = 0;
  let rest = '';
  let n = 0;
  const write = async (data: string | Buffer): Promise<void> => {
    if (!output.write(data)) await new Promise<void>((resolve) => output.once('drain', () => resolve()));
  };
  const flush = async (): Promise<void> => {
    if (used === 0) return;
    const bytes = Buffer.from(block.subarray(0, used));
    used = 0;
    await write(bytes);
  };
  const line = (l: string): string => fn(l.endsWith('\r') ? l.slice(0, -1) : l, ++n);
  /** Whether `out` and its newline fit in the block (at most 3 UTF-8 bytes per UTF-16 unit). */
  const fits = (out: string): boolean => used + out.length * 3 + 1 <= BLOCK_BYTES;
  /** Appends one output line: the common case is synchronous (no promise turn per line). */
  const put = (out: string): void => {
    used += block.write(out, used);
    block[used++] = 10;
  };
  /** The rare line that does not fit: written after the block, or on its own when larger than the block. */
  const putLarge = async (out: string): Promise<void> => {
    await flush();
    if (fits(out)) put(out);
    else await write(out + '\n');
  };
  for await (const chunk of input) {
    const text = rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer));
    const last = text.lastIndexOf('\n');
    if (last < 0) {
      rest = text;
      continue;
    }
    let from = 0;
    while (from <= last) {
      const nl = text.indexOf('\n', from);
      const out = line(text.slice(from, nl));
      from = nl + 1;
      if (fits(out)) put(out);
      else await putLarge(out);
    }
    rest = text.slice(last + 1);
    await flush();
  }
  rest += decoder.end();
  if (rest !== '') {
    const out = line(rest);
    if (fits(out)) put(out);
    else await putLarge(out);
  }
  await flush();
}
