import { mkdtempSync, readFileSync } from 'node:fs';
import { createWriteStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import yazl from 'yazl';
import { runAuditCommand, type AuditCommandDeps, type AuditCommandOptions } from '../../src/cli/commands/audit';

export const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'audit');

export function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'audit-test-'));
}

/** Zips files (name -> contents) with yazl, as the export page does. */
export async function zipOf(file: string, entries: Record<string, string | Buffer>): Promise<string> {
  const zip = new yazl.ZipFile();
  for (const [name, data] of Object.entries(entries)) zip.addBuffer(Buffer.isBuffer(data) ? data : Buffer.from(data), name);
  zip.end();
  const out = createWriteStream(file);
  zip.outputStream.pipe(out);
  await finished(out);
  return file;
}

export function fixture(...parts: string[]): string {
  return readFileSync(path.join(FIXTURES, ...parts), 'utf8');
}

export interface Captured {
  stdout: string;
  stderr: string;
}

/** Runs the real command (reader, worker threads, writers); only the output streams are captured. */
export async function audit(target: string, opts: Partial<AuditCommandOptions> & { importFlags?: AuditCommandDeps['importFlags'] } = {}): Promise<Captured & Awaited<ReturnType<typeof runAuditCommand>>> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const clauseFor = (topic: string) => (topic === 'personal_information' ? '5.b11 (section 5)' : topic === 'file_upload' ? '5.b16 (section 5)' : undefined);
  const { importFlags, ...options } = opts;
  const result = await runAuditCommand(target, { format: 'csv', includeText: false, iAmPsd: false, quiet: true, workers: 1, ...options }, { detection: {}, clauseFor, stdout, stderr, now: () => new Date('2026-11-29T12:00:00Z'), importFlags });
  return { ...result, stdout: out, stderr: err };
}
