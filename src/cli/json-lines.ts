import { StringDecoder } from 'node:string_decoder';

/**
 * Line-by-line stream processing for the CLI's pipe commands: one output line per input
 * line, in order. Reads whole chunks and writes one joined string per chunk, because a
 * readline interface with an async iterator and one write per line cost more than the
 * scan itself (profiled: most of the CLI's time went to readline events, promise
 * turns and per-line writes). Honours back-pressure; a trailing '\r' (CRLF input) is dropped.
 */
export async function mapLines(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  fn: (line: string, lineNumber: number) => string,
): Promise<void> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let n = 0;
  const flush = async (text: string): Promise<void> => {
    if (text && !output.write(text)) await new Promise<void>((resolve) => output.once('drain', () => resolve()));
  };
  const line = (l: string): string => fn(l.endsWith('\r') ? l.slice(0, -1) : l, ++n);
  for await (const chunk of input) {
    const text = rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer));
    const last = text.lastIndexOf('\n');
    if (last < 0) {
      rest = text;
      continue;
    }
    let out = '';
    let from = 0;
    while (from <= last) {
      const nl = text.indexOf('\n', from);
      out += line(text.slice(from, nl)) + '\n';
      from = nl + 1;
    }
    rest = text.slice(last + 1);
    await flush(out);
  }
  rest += decoder.end();
  if (rest !== '') await flush(line(rest) + '\n');
}
