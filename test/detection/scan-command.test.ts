import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runScan } from '../../src/cli/commands/scan';

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
