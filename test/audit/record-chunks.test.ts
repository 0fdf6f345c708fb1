import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { RecordChunks } from '../../src/cli/audit/record-chunks';
import { audit, fixture, tempDir } from './helpers';

async function chunksOf(input: Buffer, target: number, pieces: number): Promise<Buffer[]> {
  const parts: Buffer[] = [];
  for (let i = 0; i < input.length; i += pieces) parts.push(input.subarray(i, i + pieces));
  const out: Buffer[] = [];
  for await (const chunk of Readable.from(parts).pipe(new RecordChunks(target))) out.push(chunk as Buffer);
  return out;
}

describe('record chunks', () => {
  const rows = [['id', 'body'], ...Array.from({ length: 200 }, (_, i) => [String(i), i % 3 === 0 ? `line one\nline "two", with a comma ${i}` : `plain ${i}`])];
  const csv = Buffer.from(stringify(rows));

  it.each([[64, 7], [200, 1000], [1 << 20, 13]])('cuts only between records (target %i bytes, input in %i-byte pieces)', async (target, pieces) => {
    const chunks = await chunksOf(csv, target, pieces);
    expect(Buffer.concat(chunks).equals(csv)).toBe(true);
    expect(parse(chunks[0])).toEqual([['id', 'body']]);
    const reparsed = chunks.slice(1).flatMap((c) => parse(c) as string[][]);
    expect(reparsed).toEqual(rows.slice(1));
    if (target < csv.length) expect(chunks.length).toBeGreaterThan(2);
  });
});

describe('policy-bot audit over several chunks', { timeout: 120_000 }, () => {
  it('numbers rows across chunks and keeps the latest version when an edit is in a later chunk', async () => {
    const [header, ...lines] = fixture('engage', 'Messages.csv').split('\r\n').filter(Boolean);
    const clean = lines[0]; // 1001, clean
    const filler = Array.from({ length: 12_000 }, (_, i) => clean.replace(/^1001,,,1001,/, `${50_000 + i},,,${50_000 + i},`));
    const broken = '1008,,,1008,,501,Response Team North,,false,false,1507';
    const editedLater = lines.find((l) => l.startsWith('1002,'))!.replace('Ring me on 07700 900123', 'Ring me (number removed)');
    const all = [header, lines[1], ...filler, broken, ...filler.slice(0, 100), editedLater];
    const dir = tempDir();
    writeFileSync(path.join(dir, 'Messages.csv'), `${all.join('\r\n')}\r\n`);
    const { summary, stderr, stdout } = await audit(dir, { workers: 2 });
    expect(summary.counts.scanned).toBe(1 + 12_000 + 100 + 1);
    expect(summary.counts.malformed).toBe(1);
    // header = row 1; 1002 = row 2 (two lines); filler rows 3..12002; the broken row is 12003.
    expect(stderr).toContain('skipped Messages.csv row 12003: 11 fields where the header has 26');
    expect(stdout).not.toContain('1002,');
    expect(summary.counts.superseded).toBe(1);
  });
});
