import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findingsLine, parseLine, runScan, toJson } from '../../src/cli/commands/scan';
import { createScanner, type Finding } from '../../src/detection';
import { mapLines } from '../../src/cli/json-lines';

async function run(lines: string[], json: boolean, config?: Parameters<typeof runScan>[2]['config']): Promise<string[]> {
  const input = Readable.from([lines.join('\n') + '\n']);
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (c: Buffer) => chunks.push(c));
  await runScan(input, output, { json, config });
  output.end();
  return Buffer.concat(chunks).toString('utf8').split('\n').filter((l) => l !== '');
}

describe('runScan (CLI scan command)', () => {
  it('writes one JSON object per input line, plain text or JSON posts', async () => {
    const out = await run(
      [
        'Ring me on 07700 900215 tonight',
        JSON.stringify({ text: 'rota attached', attachments: [{ contentType: 'image/png', name: 'rota.png' }] }),
        'Team briefing moved to 09:30 in room 1.07',
      ],
      true,
    );
    expect(out).toHaveLength(3);
    const [a, b, c] = out.map((l) => JSON.parse(l) as { findings: Array<Record<string, unknown>> });
    expect(a.findings).toEqual([
      { type: 'phone', start: 11, end: 23, text: '07700 900215', masked: '07700 9•••15', severity: 'medium', confidence: expect.any(Number), rule: 'phone.uk_mobile' },
    ]);
    expect(b.findings).toEqual([expect.objectContaining({ type: 'file_upload', start: 0, end: 0, text: '', fileName: 'rota.png', fileType: 'png' })]);
    expect(c.findings).toEqual([]);
  });

  it('treats a line that only looks like JSON as text', async () => {
    const [line] = await run(['{not json but has jo@gmail.com'], true);
    expect(JSON.parse(line).findings.map((f: { type: string }) => f.type)).toEqual(['email']);
  });

  it('prints masked, human-readable lines without --json', async () => {
    const out = await run(['mail jo.bloggs@gmail.com', 'nothing here'], false);
    expect(out[0]).toContain('email jo•••••••@gmail.com');
    expect(out[0]).not.toContain('jo.bloggs@');
    expect(out[1]).toBe('post 2: nothing to flag');
  });

  it('applies config', async () => {
    const [line] = await run(['mail jo@gmail.com'], true, { allowedEmailDomains: ['gmail.com'] });
    expect(JSON.parse(line).findings).toEqual([]);
  });
});

describe('mapLines (the CLI pipe loop)', () => {
  async function map(chunks: Array<string | Buffer>): Promise<string> {
    const output = new PassThrough({ highWaterMark: 4 }); // tiny buffer: exercises back-pressure
    const got: Buffer[] = [];
    output.on('data', (c: Buffer) => got.push(c));
    await mapLines(Readable.from(chunks), output, (line, n) => `${n}:${line}`);
    output.end();
    return Buffer.concat(got).toString('utf8');
  }

  it('keeps one output line per input line across chunk boundaries, CRLF and a missing final newline', async () => {
    expect(await map(['ab', 'c\r\nd\n', '\n', 'last'])).toBe('1:abc\n2:d\n3:\n4:last\n');
  });

  it('does not split a multi-byte character cut between chunks', async () => {
    const bytes = Buffer.from('café ☕\nok\n', 'utf8');
    expect(await map([bytes.subarray(0, 4), bytes.subarray(4, 8), bytes.subarray(8)])).toBe('1:café ☕\n2:ok\n');
  });

  it('writes lines larger than its output block, and many lines filling the block, unchanged and in order', async () => {
    const huge = 'x'.repeat(200_000) + '\u2022'; // more than the block can hold at 3 bytes a unit
    const many = Array.from({ length: 5000 }, (_, i) => `line ${i} \u2022 caf\u00e9 \ud83d\ude00`);
    const input = ['a', huge, ...many, 'b'];
    expect(await map([input.join('\n') + '\n'])).toBe(input.map((l, i) => `${i + 1}:${l}\n`).join(''));
  });

  it("writes each input chunk's lines before reading the next chunk (an interactive user sees each answer)", async () => {
    const output = new PassThrough();
    const got: string[] = [];
    output.on('data', (c: Buffer) => got.push(c.toString('utf8')));
    let seenBeforeSecond = '';
    async function* typed(): AsyncGenerator<string> {
      yield 'one\n';
      await new Promise((r) => setTimeout(r, 5));
      seenBeforeSecond = got.join('');
      yield 'two\n';
    }
    await mapLines(Readable.from(typed()), output, (line, n) => `${n}:${line}`);
    expect(seenBeforeSecond).toBe('1:one\n');
    expect(got.join('')).toBe('1:one\n2:two\n');
  });

  it('writes nothing for empty input', async () => {
    expect(await map([])).toBe('');
  });

  it('writes, over dev fixtures, exactly what one JSON.stringify and one write per line would', async () => {
    // The reference is the plainest possible CLI loop; the shipped one batches and encodes by hand.
    const files = ['staff-posts.jsonl', 'detect-dev-blind.jsonl', 'detect-dev12-blind.jsonl'].map((f) => join(__dirname, '../fixtures', f));
    const lines = files.flatMap((f) => readFileSync(f, 'utf8').split('\n')).concat(['plain Mr Smith 07700 900215\r', '{"text": 5}', 'caf\u00e9 \u2028']);
    const scanner = createScanner({});
    const expected = lines.map((l) => {
      const post = parseLine(l.endsWith('\r') ? l.slice(0, -1) : l);
      return JSON.stringify({ findings: scanner.scan(post).map((f) => toJson(f, post.text)) }) + '\n';
    });
    const bytes = Buffer.from(lines.join('\n') + '\n', 'utf8');
    const pieces: Buffer[] = [];
    for (let at = 0; at < bytes.length; at += 4093) pieces.push(bytes.subarray(at, at + 4093)); // cuts lines and characters
    const output = new PassThrough();
    const got: Buffer[] = [];
    output.on('data', (c: Buffer) => got.push(c));
    await runScan(Readable.from(pieces), output, { json: true });
    output.end();
    expect(Buffer.concat(got).toString('utf8')).toBe(expected.join(''));
    expect(expected.filter((l) => l !== '{"findings":[]}\n').length).toBeGreaterThan(100);
  });

  it('writes the --json line exactly as JSON.stringify of the finding objects would', () => {
    const scanner = createScanner({ customPatterns: [{ name: 'odd "name"\\', pattern: 'ZX\\d{3}', type: 'crime_reference', severity: 'high' }] });
    const posts = readFileSync(join(__dirname, '../fixtures/staff-posts.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text);
    posts.push('quote "me" \\ ZX123 \u2028 07700 900215', '');
    let findings = 0;
    for (const text of posts) {
      const fs = scanner.scan({ text });
      findings += fs.length;
      expect(findingsLine(fs, text)).toBe(JSON.stringify({ findings: fs.map((f) => toJson(f, text)) }));
    }
    const file: Finding = { ...scanner.scan({ text: 'ring 07700 900215' })[0], fileName: 'a "b".png', fileType: 'image/png' };
    expect(findingsLine([file], 'ring 07700 900215')).toBe(JSON.stringify({ findings: [toJson(file, 'ring 07700 900215')] }));
    expect(findings).toBeGreaterThan(100);
  });
});
