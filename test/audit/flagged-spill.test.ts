import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { summarise } from '../../src/audit/audit-rows';
import { AuditTally } from '../../src/audit/audit-tally';
import type { AuditHit, ExportMessage } from '../../src/audit/audit-types';
import { FlaggedSpill } from '../../src/cli/audit/flagged-spill';
import { audit, tempDir } from './helpers';

let seq = 0;
const message = (id: string, over: Partial<ExportMessage> = {}): ExportMessage => ({
  seq: seq++, where: `row ${seq}`, id, threadId: id, groupId: 'g1', groupName: 'Équipe Nord ✓', senderId: `s${id}`, createdAt: '2022-01-01T00:00:00.000Z', text: `text of ${id}`, ...over,
});
const phone = (masked: string): AuditHit => ({ type: 'phone', masked, policyTopic: 'personal_information', severity: 'high', rule: 'phone' });

/** The same rows into a tally kept in memory and one spilled to disk. */
function both(keepText: boolean, feed: (tally: AuditTally) => void): { memory: AuditTally; spilled: AuditTally; spill: FlaggedSpill } {
  const spill = new FlaggedSpill(tempDir());
  const memory = new AuditTally(keepText);
  const spilled = new AuditTally(keepText, spill);
  // Numbered alike, so both tallies see exactly the same messages.
  seq = 0;
  feed(memory);
  seq = 0;
  feed(spilled);
  return { memory, spilled, spill };
}

describe('the audit tally with its flagged versions spilled to disk', () => {
  it('drops a flagged version a later clean edit or a deletion replaced, and keeps the latest flagged one', () => {
    const { spilled, memory, spill } = both(false, (tally) => {
      tally.addScanned(message('1'), [phone('07700 9•••01')]);
      tally.addScanned(message('2'), [phone('07700 9•••02')]);
      tally.addScanned(message('3'), []);
      tally.addScanned(message('4'), [phone('07700 9•••04')]);
      tally.addScanned(message('1'), []); // edited: the number removed
      tally.addSkipped('deleted', '2'); // deleted afterwards
      tally.addScanned(message('3'), [phone('07700 9•••03')]); // edited: a number added
      tally.addScanned(message('4'), [phone('07700 9•••44'), phone('07700 9•••45')]); // edited: other numbers
    });
    try {
      expect(spilled.flaggedMessages().map((m) => [m.id, m.hits.map((h) => h.masked)])).toEqual([['3', ['07700 9•••03']], ['4', ['07700 9•••44', '07700 9•••45']]]);
      expect(spilled.finish()).toMatchObject({ scanned: 7, deleted: 1, superseded: 3, flaggedMessages: 2, findings: 3 });
      expect(spilled.flaggedMessages()).toEqual(memory.flaggedMessages());
      expect(summarise(spilled)).toEqual(summarise(memory));
    } finally {
      spill.dispose();
    }
  });

  it('reads back thousands of versions across its 1 MB blocks, multi-byte text included, as memory would hold them', () => {
    const long = 'Ünïcödé ✓ '.repeat(30);
    const { spilled, memory, spill } = both(true, (tally) => {
      for (let i = 0; i < 6000; i++) {
        const id = String(i % 4000); // the last 2000 rows are edits of the first 2000
        tally.addScanned(message(id, { text: `${long}${i}` }), i % 3 === 0 ? [] : [phone(`07700 9•••${i}`)]);
      }
    });
    try {
      expect(statSync(spill.file).size).toBeGreaterThan(2 << 20);
      const fromDisk = spilled.flaggedMessages();
      expect(fromDisk.length).toBeGreaterThan(2000);
      expect(fromDisk).toEqual(memory.flaggedMessages());
      expect(spilled.finish()).toEqual(memory.finish());
    } finally {
      spill.dispose();
    }
  });

  it('keeps its file owner-only in a private folder, writes post text only when PSD asked for it, and removes both when disposed', () => {
    const without = both(false, (tally) => tally.addScanned(message('5', { text: 'ring 07700 900123' }), [phone('07700 9•••23')])).spill;
    const granted = both(true, (tally) => tally.addScanned(message('5', { text: 'ring 07700 900123' }), [phone('07700 9•••23')])).spill;
    for (const spill of [without, granted]) for (const _ of spill.latest()) break; // written out
    expect(statSync(without.file).mode & 0o777).toBe(0o600);
    expect(statSync(without.folder).mode & 0o777).toBe(0o700);
    expect(readFileSync(without.file, 'utf8')).toContain('07700 9•••23');
    expect(readFileSync(without.file, 'utf8')).not.toContain('900123');
    expect(readFileSync(granted.file, 'utf8')).toContain('ring 07700 900123');
    for (const spill of [without, granted]) {
      spill.dispose();
      spill.dispose();
      expect(existsSync(spill.folder)).toBe(false);
      expect(() => [...spill.latest()]).toThrow(/already removed/);
    }
  });
});

describe('the spill file is removed however the audit ends', { timeout: 60_000 }, () => {
  const holder = (mode: 'wait' | 'throw', root: string) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'spill-holder.ts'), mode, root], { stdio: ['ignore', 'pipe', 'pipe'] });
    const folder = new Promise<string>((resolve) => child.stdout.on('data', (d: Buffer) => resolve(d.toString().trim())));
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
    return { child, folder, ended };
  };

  it('on Ctrl-C (SIGINT), and the process still ends by that signal', async () => {
    const { child, folder, ended } = holder('wait', tempDir());
    const dir = await folder;
    expect(readdirSync(dir)).toContain('flagged.jsonl');
    child.kill('SIGINT');
    expect(await ended).toEqual({ code: null, signal: 'SIGINT' });
    expect(existsSync(dir)).toBe(false);
  });

  it('on an error that ends the process', async () => {
    const { folder, ended } = holder('throw', tempDir());
    const dir = await folder;
    expect((await ended).code).toBe(1);
    expect(existsSync(dir)).toBe(false);
  });
});

describe('policy-bot audit spills flagged rows and cleans up', { timeout: 120_000 }, () => {
  const HEADER = ['id', 'thread_id', 'group_id', 'group_name', 'sender_id', 'sender_name', 'body', 'created_at', 'deleted_at', 'deleted_by_id', 'message_type'];
  const row = (id: string, body: string, deleted = false) => [id, id, '501', 'Response Team North', '1501', 'Alex Carter', body, '2021/05/04 09:12:00 +0000', deleted ? '2021/05/05 09:12:00 +0000' : '', deleted ? '1501' : '', 'update'];
  let tmp: string;
  let savedTmp: string | undefined;
  const spills = () => readdirSync(tmp).filter((name) => name.startsWith('policy-bot-audit-'));
  beforeEach(() => {
    savedTmp = process.env.TMPDIR;
    tmp = tempDir();
    process.env.TMPDIR = tmp; // where os.tmpdir(), and so the spill, goes
  });
  afterEach(() => {
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
  });

  it('reports only the latest version of edited and deleted messages, and leaves no file behind', async () => {
    const dir = tempDir();
    const rows = [
      row('1', 'ring me on 07700 900101'), row('2', 'ring me on 07700 900102'), row('3', 'see you at the briefing'),
      row('1', 'ring me on the desk phone'), row('2', 'ring me on 07700 900102', true), row('3', 'see you at the briefing, or ring 07700 900103'),
    ];
    writeFileSync(path.join(dir, 'Messages.csv'), stringify([HEADER, ...rows]));
    let spilledDuringRun: string[] = [];
    const { stdout, summary } = await audit(dir, {
      importFlags: async () => {
        spilledDuringRun = spills();
        return { created: 0, alreadyImported: 0, cardsQueued: 0, lastCardDueAt: null };
      },
    });
    const found = parse(stdout, { columns: true, comment: '#' }) as Array<Record<string, string>>;
    expect(found.map((r) => [r.message_id, r.type])).toEqual([['3', 'phone']]);
    expect(summary.counts).toMatchObject({ scanned: 5, deleted: 1, superseded: 2, flaggedMessages: 1, findings: 1 });
    expect(spilledDuringRun).toHaveLength(1);
    expect(spills()).toEqual([]);
  });

  it('removes its files when the export turns out broken after rows were spilled and sorted', async () => {
    const dir = tempDir();
    // 3,000 flagged rows, then bytes that are not UTF-8: the run stops after the spill has filled.
    const rows = Array.from({ length: 3000 }, (_, i) => row(String(i % 500), `ring me on 07700 9${String(i).padStart(5, '0')}`));
    const good = Buffer.from(stringify([HEADER, ...rows]));
    writeFileSync(path.join(dir, 'Messages.csv'), Buffer.concat([good, Buffer.from(stringify([row('9999', 'Caf\u00e9')]), 'latin1')]));
    writeFileSync(path.join(dir, 'Files.csv'), stringify([['file_id', 'name'], ['1', 'rota.xlsx']]));
    await expect(audit(dir)).rejects.toThrow(/Messages\.csv line \d+: not valid UTF-8 text/);
    expect(spills()).toEqual([]);
  });

  it('removes its files when Files.csv lacks a column', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'Messages.csv'), stringify([HEADER, row('1', 'ring me on 07700 900101')]));
    writeFileSync(path.join(dir, 'Files.csv'), stringify([['file_id', 'title'], ['1', 'rota.xlsx']]));
    await expect(audit(dir)).rejects.toThrow(/Files\.csv row 1 \(header\): missing column "name"/);
    expect(spills()).toEqual([]);
  });

  it('removes the file when the audit stops on bad input', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'Messages.csv'), stringify([HEADER.filter((c) => c !== 'body'), ['1', '1', '501', 'G', '1501', 'A', '2021/05/04 09:12:00 +0000', '', '', 'update']]));
    await expect(audit(dir)).rejects.toThrow(/missing column "body"/);
    expect(spills()).toEqual([]);
  });
});
