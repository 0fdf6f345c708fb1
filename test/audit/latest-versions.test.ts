import { createReadStream, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { AuditTally } from '../../src/audit/audit-tally';
import type { AuditHit, ExportFile, FlaggedMessage } from '../../src/audit/audit-types';
import type { ExportEntry } from '../../src/cli/audit/export-source';
import { FlaggedSpill } from '../../src/cli/audit/flagged-spill';
import type { SpillTuning } from '../../src/cli/audit/latest-versions';
import { toHits } from '../../src/cli/audit/scan-protocol';
import { UploadedFiles } from '../../src/cli/audit/uploaded-files';
import { createScanner } from '../../src/detection';
import { tempDir } from './helpers';

const phone = (masked: string): AuditHit => ({ type: 'phone', masked, policyTopic: 'personal_information', severity: 'high', rule: 'phone' });
const flagged = (id: string, hits: AuditHit[], seq = 0): FlaggedMessage => ({ seq, id, threadId: id, groupId: 'g', groupName: 'G', senderId: `s${id}`, createdAt: '2022-01-01T00:00:00.000Z', hits });

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

type Row = ['clean' | 'deleted', string] | ['flagged', string, AuditHit[]];

/** Feeds the same rows to a tally in memory and one spilled with `tuning`. */
function compare(rows: Row[], tuning: SpillTuning) {
  const spill = new FlaggedSpill(tempDir(), tuning);
  const spilled = new AuditTally(false, spill);
  const memory = new AuditTally(false);
  for (const tally of [memory, spilled]) {
    rows.forEach((row, seq) => {
      if (row[0] === 'flagged') tally.addFlagged(flagged(row[1], row[2], seq));
      else if (row[0] === 'deleted') tally.addSkipped('deleted', row[1]);
      else tally.addClean(row[1]);
    });
  }
  return { spill, spilled, memory };
}

describe('the latest version of each message, decided on disk', () => {
  it('keeps only the last version of messages edited far apart in the export, through many sort runs', () => {
    const r = random(17);
    const rows: Row[] = [['flagged', 'early-then-clean', [phone('a')]], ['clean', 'clean-then-flagged']];
    // 20,000 rows over 3,000 ids: each message's versions are thousands of rows apart.
    for (let i = 0; i < 20_000; i++) {
      const id = String(Math.floor(r() * 3000));
      const kind = r();
      rows.push(kind < 0.6 ? ['clean', id] : kind < 0.9 ? ['flagged', id, [phone(`07700 9•••${i}`)]] : ['deleted', id]);
    }
    rows.push(['flagged', 'clean-then-flagged', [phone('b'), phone('c')]], ['clean', 'early-then-clean']);
    for (const tuning of [{ runSize: 50 }, { runSize: 50, filterBits: 64 }, {}]) {
      const { spill, spilled, memory } = compare(rows, tuning);
      try {
        const fromDisk = spilled.flaggedMessages();
        expect(fromDisk).toEqual(memory.flaggedMessages());
        expect(fromDisk.map((m) => m.id)).toContain('clean-then-flagged');
        expect(fromDisk.map((m) => m.id)).not.toContain('early-then-clean');
        expect(spilled.finish()).toEqual(memory.finish());
        expect(spilled.finish().superseded).toBeGreaterThan(1000);
        // Read twice (the HTML summary, then the rows): the same both times.
        expect(spilled.flaggedMessages()).toEqual(fromDisk);
      } finally {
        spill.dispose();
      }
      expect(readdirSync(path.dirname(spill.folder))).toEqual([]);
    }
  });
});

describe('Files.csv joined to the messages on disk', () => {
  const scanner = createScanner({});
  const scanFile = (_file: ExportFile, name: string) => toHits(scanner.scan({ text: '', attachments: [{ contentType: 'reference', name }] }));
  const placeholder = (id: string): AuditHit => ({ type: 'file_upload', masked: `uploadedfile:${id}`, policyTopic: 'file_upload', severity: 'medium', rule: 'file.reference', fileName: `uploadedfile:${id}` });

  it('names the files flagged messages attached, and reports the others on their own in Files.csv order', async () => {
    const dir = tempDir();
    // 200 files listed out of id order; file 7 is listed twice (the later row describes it).
    const ids = Array.from({ length: 200 }, (_, i) => String((i * 37) % 200 + 1));
    const rows = ids.map((id) => [id, `u${id}`, `file-${id}.docx`, 'G', `2021/01/0${(Number(id) % 9) + 1} 00:00:00 +0000`]);
    rows.push(['7', 'u7', 'renamed-7.xlsx', 'G', '2021/01/01 00:00:00 +0000'], ['', 'u0', 'no-id.txt', 'G', '']);
    const file = path.join(dir, 'Files.csv');
    writeFileSync(file, stringify([['file_id', 'uploader_id', 'name', 'group_name', 'created_at'], ...rows]));
    const entry: ExportEntry = { label: 'Files.csv', name: 'Files.csv', folder: '', size: 0, open: async () => createReadStream(file) };

    const spill = new FlaggedSpill(tempDir(), { runSize: 16 });
    const tally = new AuditTally(false, spill);
    const uploads = new UploadedFiles(spill);
    try {
      await uploads.readFilesCsv(entry, (row) => tally.addMalformed(row));
      // Messages attach every file whose id is a multiple of 4 (and 7, and 999, which Files.csv does not list).
      const attaching = [...ids.filter((id) => Number(id) % 4 === 0), '7', '999'];
      for (const id of attaching) {
        const hits = [placeholder(id), phone('07700 9•••00')];
        uploads.noteFlagged(tally.addFlagged(flagged(`m${id}`, hits)), hits);
        uploads.noteAttached([id]);
      }
      uploads.join(scanFile, spill, tally);
      const counts = tally.finish();
      expect(counts).toMatchObject({ filesListed: 200, filesWithoutMessage: 200 - 51, malformed: 1 });
      const named = new Map(tally.flaggedMessages().map((m) => [m.id, m.hits.map((h) => h.fileName ?? h.masked)]));
      expect(named.get('m8')).toEqual(['file-8.docx', '07700 9•••00']);
      expect(named.get('m7')).toEqual(['renamed-7.xlsx', '07700 9•••00']);
      expect(named.get('m999')).toEqual(['uploadedfile:999', '07700 9•••00']); // not listed: stays unnamed, still an upload
      const alone = [...tally.unattachedFiles()];
      expect(alone.map((f) => f.file.id)).toEqual(ids.filter((id) => Number(id) % 4 !== 0 && id !== '7'));
      expect(alone[0].hits.map((h) => [h.type, h.fileName])).toEqual([['file_upload', `file-${alone[0].file.id}.docx`]]);
    } finally {
      spill.dispose();
    }
  });
});
