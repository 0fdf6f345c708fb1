import { readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { posterPseudonym } from '../../src/reports/pseudonym';
import { audit, FIXTURES, fixture, tempDir, zipOf } from './helpers';

const ENGAGE = path.join(FIXTURES, 'engage');
const GRAPH = path.join(FIXTURES, 'graph');

const csvRows = (text: string) => parse(text, { columns: true, comment: '#', bom: true }) as Array<Record<string, string>>;

describe('policy-bot audit: Viva Engage export', { timeout: 120_000 }, () => {
  it('reads the fixture folder: quoting, newlines, HTML, deletions, edits, files and a malformed row', async () => {
    const { stdout, stderr, summary } = await audit(ENGAGE);
    const rows = csvRows(stdout);
    const byMessage = (id: string) => rows.filter((r) => r.message_id === id).map((r) => r.type);
    expect(byMessage('1001')).toEqual([]); // clean
    expect(byMessage('1002')).toEqual(['phone']); // quoted field with a newline and "" quotes
    expect(byMessage('1003')).toEqual(['email']); // empty body: read from html_body
    expect(byMessage('1004')).toEqual([]); // deleted: skipped
    expect(byMessage('1005')).toEqual([]); // edited later to remove the number
    expect(byMessage('1006')).toEqual(['email']); // edited later to add an email
    expect(byMessage('1007')).toEqual(['file_upload']); // uploadedfile:9001 named from Files.csv
    expect(byMessage('1009')).toEqual(['phone']); // private conversation
    expect(byMessage('1010')).toEqual([]); // a link preview is not an upload
    const upload = rows.find((r) => r.message_id === '1007')!;
    expect(upload).toMatchObject({ masked_value: 'custody-rota.xlsx', group: 'Training, Learning & Development', clause: '5.b16 (section 5)', sender_id: '1501' });
    const orphan = rows.find((r) => r.masked_value === 'witness-list.docx')!;
    expect(orphan).toMatchObject({ message_id: '', type: 'file_upload', group: 'Response Team North', sender_id: '1506' });
    const phone = rows.find((r) => r.message_id === '1002')!;
    expect(phone).toMatchObject({ thread_id: '1002', group: 'Response Team North', sender_id: '1502', date: '2022-02-11T18:30:05.000Z', clause: '5.b11 (section 5)', link: 'https://www.yammer.com/api/v1/messages/1002' });
    expect(phone.masked_value).not.toContain('900123');
    expect(stdout).not.toContain('07700 900123');
    expect(Object.keys(phone)).toEqual(['message_id', 'thread_id', 'group', 'sender_id', 'date', 'type', 'masked_value', 'clause', 'link']);
    expect(summary.counts).toMatchObject({ read: 13, scanned: 10, deleted: 1, system: 1, malformed: 1, superseded: 1, filesListed: 2, filesWithoutMessage: 1 });
    expect(stderr).toContain('skipped Messages.csv row 10: 11 fields where the header has 26');
  });

  it('reads the same export as a zip, with two workers, to the same rows', async () => {
    const zip = await zipOf(path.join(tempDir(), 'export.zip'), { 'Messages.csv': fixture('engage', 'Messages.csv'), 'Files.csv': fixture('engage', 'Files.csv'), 'Users.csv': 'id,name\n' });
    const fromFolder = await audit(ENGAGE);
    const fromZip = await audit(zip, { workers: 2 });
    expect(fromZip.run.workers).toBe(2);
    expect(csvRows(fromZip.stdout)).toEqual(csvRows(fromFolder.stdout));
  });

  it('counts and skips a row with broken quoting, and goes on reading', async () => {
    const dir = tempDir();
    const lines = fixture('engage', 'Messages.csv').split('\r\n');
    lines.splice(3, 0, '2001,,,2001,,501,Response Team North,,false,false,1508,user,Kim,,"a "bad" quote",,,,,,2022/01/01 00:00:00 +0000,,,,update,');
    writeFileSync(path.join(dir, 'Messages.csv'), lines.join('\r\n'));
    const { summary, stderr, stdout } = await audit(dir);
    expect(summary.counts.malformed).toBe(2);
    expect(stderr).toMatch(/skipped Messages\.csv row \d+ \(line \d+\): a quote inside a field is not doubled/);
    expect(csvRows(stdout).some((r) => r.message_id === '1009')).toBe(true);
  });

  it('refuses --include-text without --i-am-psd and says so in the output header', async () => {
    const refused = await audit(ENGAGE, { includeText: true });
    expect(refused.stdout.split('\n').slice(0, 3).join('\n')).toMatch(/^# .*\n# Post text was requested \(--include-text\) and refused/);
    expect(refused.stdout).not.toContain('Ring me on');
    expect(Object.keys(csvRows(refused.stdout)[0])).not.toContain('text');
    const granted = await audit(ENGAGE, { includeText: true, iAmPsd: true, format: 'json' });
    const json = JSON.parse(granted.stdout) as { header: { includesText: boolean }; findings: Array<{ messageId: string; text?: string }> };
    expect(json.header.includesText).toBe(true);
    expect(json.findings.find((f) => f.messageId === '1002')?.text).toContain('Ring me on 07700 900123');
  });

  it('writes JSON with one row per finding and the summary, and no text', async () => {
    const { stdout } = await audit(ENGAGE, { format: 'json' });
    const json = JSON.parse(stdout) as { header: { notes: string[] }; summary: { counts: { findings: number } }; findings: Array<Record<string, string>> };
    expect(json.findings).toHaveLength(json.summary.counts.findings);
    expect(Object.keys(json.findings[0])).toEqual(['messageId', 'threadId', 'group', 'senderId', 'date', 'type', 'maskedValue', 'clause', 'link']);
    expect(stdout).not.toContain('Ring me');
  });

  it('writes the HTML summary with pseudonyms only, and the key file only for PSD', async () => {
    const dir = tempDir();
    const keyFile = path.join(dir, 'key.csv');
    const refused = await audit(ENGAGE, { format: 'html', keyFile });
    expect(refused.stdout).toContain('A pseudonym key file was requested (--key-file) and refused');
    expect(() => statSync(keyFile)).toThrow();
    const { stdout } = await audit(ENGAGE, { format: 'html', keyFile, iAmPsd: true });
    expect(stdout).toContain('Findings by type');
    expect(stdout).toContain('Findings by group or channel');
    expect(stdout).toContain('Findings by year');
    expect(stdout).toContain(posterPseudonym('1502'));
    expect(stdout).not.toContain('Sam Patel');
    const key = readFileSync(keyFile, 'utf8');
    expect(key).toContain(`${posterPseudonym('1502')},1502,Sam Patel,2,2`);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
  });
});

describe('policy-bot audit: Graph channel-message pages', { timeout: 120_000 }, () => {
  it('reads HTML and text bodies, attachments, replies, deletions and system messages, channel by folder', async () => {
    const { stdout, summary } = await audit(GRAPH);
    const rows = csvRows(stdout);
    expect(rows.map((r) => [r.message_id, r.type, r.group])).toEqual([
      ['1700000000002', 'phone', 'general'],
      ['1700000000004', 'file_upload', 'response-north'],
      ['1700000000005', 'email', 'response-north'],
    ]);
    expect(rows[2].thread_id).toBe('1700000000004');
    expect(rows[0].link).toBe('https://teams.microsoft.com/l/message/19:general@thread.tacv2/1700000000002');
    expect(summary.counts).toMatchObject({ read: 6, scanned: 4, deleted: 1, system: 1 });
  });
});

describe('policy-bot audit: bad input gets one clear line naming the file and row', { timeout: 120_000 }, () => {
  it('a truncated zip', async () => {
    const dir = tempDir();
    const zip = await zipOf(path.join(dir, 'export.zip'), { 'Messages.csv': fixture('engage', 'Messages.csv') });
    const bytes = readFileSync(zip);
    writeFileSync(zip, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await expect(audit(zip)).rejects.toThrow(/^.*export\.zip: the zip is damaged or truncated .*download the export again$/);
  });

  it('a missing column', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'Messages.csv'), fixture('engage', 'Messages.csv').replace('sender_id,', 'sender,'));
    await expect(audit(dir)).rejects.toThrow(/^Messages\.csv row 1 \(header\): missing column "sender_id"/);
  });

  it('a file that is not UTF-8', async () => {
    const dir = tempDir();
    const text = fixture('engage', 'Messages.csv').replace('Great turnout', 'Caf\u00e9 turnout');
    writeFileSync(path.join(dir, 'Messages.csv'), Buffer.from(text, 'latin1'));
    await expect(audit(dir)).rejects.toThrow(/^Messages\.csv line 2: not valid UTF-8 text/);
  });

  it('an empty export: no files, an empty file, a header only', async () => {
    await expect(audit(tempDir())).rejects.toThrow(/empty export: no Messages\.csv and no Graph JSON pages/);
    const empty = tempDir();
    writeFileSync(path.join(empty, 'Messages.csv'), '');
    await expect(audit(empty)).rejects.toThrow(/^Messages\.csv row 1: the file is empty/);
    const headerOnly = tempDir();
    writeFileSync(path.join(headerOnly, 'Messages.csv'), `${fixture('engage', 'Messages.csv').split('\r\n')[0]}\r\n`);
    await expect(audit(headerOnly)).rejects.toThrow(/^Messages\.csv row 2: no messages after the header; the export is empty/);
  });
});
