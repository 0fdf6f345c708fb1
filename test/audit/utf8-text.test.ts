import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { Utf8Check } from '../../src/cli/audit/utf8-text';

/** Streams `bytes` through the check in pieces of `size` bytes; resolves with what passed through. */
async function check(bytes: Buffer, size: number): Promise<Buffer> {
  const pieces: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) pieces.push(bytes.subarray(i, i + size));
  const out: Buffer[] = [];
  await pipeline(Readable.from(pieces), new Utf8Check('Messages.csv'), new Writable({ write(chunk: Buffer, _e, done) { out.push(chunk); done(); } }));
  return Buffer.concat(out);
}

describe('the UTF-8 check', () => {
  const text = Buffer.from('id,body\n1,"Café ✓ 👮 — Zoë"\n2,ok\n');

  it('passes valid text through unchanged however the stream cuts its characters', async () => {
    for (const size of [1, 2, 3, 5, 7, 64]) expect(await check(text, size)).toEqual(text);
  });

  it('names the line of a byte that is not UTF-8, wherever the chunks are cut', async () => {
    const latin1 = Buffer.concat([text, Buffer.from('3,Caf\u00e9\n', 'latin1')]);
    for (const size of [1, 4, 64]) await expect(check(latin1, size)).rejects.toThrow(/^Messages\.csv line 4: not valid UTF-8 text/);
  });

  it('refuses a file that ends in the middle of a character', async () => {
    const cut = text.subarray(0, text.indexOf(Buffer.from('👮')) + 2);
    await expect(check(cut, 3)).rejects.toThrow(/ends in the middle of a character/);
  });
});
