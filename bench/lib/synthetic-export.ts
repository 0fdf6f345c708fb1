/**
 * A synthetic Viva Engage export for bench:audit: Messages.csv (and a small Files.csv) in the
 * documented column layout, zipped with yazl as the real export is. Bodies have realistic
 * lengths (mostly one to three sentences, a tail of long posts, some multi-line and quoted),
 * about 2% carry personal information or a file, 1% are deleted and 1% are later edits of an
 * earlier message. Deterministic (seeded), so every run audits the same bytes.
 */
import { createWriteStream, renameSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { PassThrough } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import yazl from 'yazl';

const HEADER = 'id,replied_to_id,parent_id,thread_id,conversation_id,group_id,group_name,participants,in_private_group,in_private_conversation,sender_id,sender_type,sender_name,sender_email,body,delegate_id,api_url,attachments,deleted_by_id,deleted_by_type,created_at,deleted_at,title,html_body,message_type,gdpr_delete_url'.split(',');
const FILE_HEADER = ['file_id', 'uploader_id', 'name', 'path', 'description', 'group_id', 'group_name', 'download_url', 'storage_type', 'created_at'];

const WORDS = ('the shift rota for next week is up on the drive please check your dates and let me know if there are any problems with cover ' +
  'over bank holiday weekend thanks team great work on operation yesterday briefing at 0700 in the parade room new kit has arrived ' +
  'station training session community engagement event neighbourhood policing school visit charity run raised for local hospice ' +
  'vehicle fleet update reminder to complete the online learning module before end of month welfare check-in coffee morning').split(' ');
const GROUPS = ['Response Team North', 'Response Team South', 'Neighbourhood Policing', 'Training, Learning & Development', 'Custody', 'Control Room', 'Wellbeing', 'All Staff News'];
const FINDINGS = [
  (r: () => number) => `ring me on 07700 ${900000 + Math.floor(r() * 999)}`,
  (r: () => number) => `email me at officer${Math.floor(r() * 9999)}@gmail.com`,
  (r: () => number) => `he lives at ${1 + Math.floor(r() * 200)} Acacia Avenue, Stafford ST16 ${1 + Math.floor(r() * 9)}AB`,
  (r: () => number) => `her date of birth is ${10 + Math.floor(r() * 18)}/0${1 + Math.floor(r() * 8)}/198${Math.floor(r() * 9)}`,
  (r: () => number) => `crime ref 23/${100000 + Math.floor(r() * 899999)}/24`,
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(r: () => number): string {
  const n = 6 + Math.floor(r() * 14);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(WORDS[Math.floor(r() * WORDS.length)]);
  const s = words.join(' ');
  return `${s[0].toUpperCase()}${s.slice(1)}.`;
}

function body(r: () => number): string {
  // Mostly 1-3 sentences; one post in twenty is long (10-40 sentences, over several lines).
  const long = r() < 0.05;
  const n = long ? 10 + Math.floor(r() * 30) : 1 + Math.floor(r() * 3);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(sentence(r));
  let text = parts.join(long && r() < 0.5 ? '\n' : ' ');
  if (r() < 0.05) text += ' "quoted" words, and commas';
  return text;
}

export interface SyntheticExport {
  messages: number;
  withFindings: number;
  bytes: number;
}

export async function writeSyntheticExport(zipPath: string, messages: number, seed = 17): Promise<SyntheticExport> {
  const r = rng(seed);
  const zip = new yazl.ZipFile();
  const csv = new PassThrough();
  zip.addReadStream(csv, 'Messages.csv', { compress: true });
  const files: string[][] = [];
  // Written under a temporary name, so an interrupted run never leaves a half export to be reused.
  const out = createWriteStream(`${zipPath}.part`);
  zip.outputStream.pipe(out);
  let withFindings = 0;
  let bytes = 0;
  const push = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!csv.write(text)) await new Promise<void>((resolve) => csv.once('drain', () => resolve()));
  };
  await push(stringify([HEADER]));
  let chunk: string[][] = [];
  const start = Date.UTC(2016, 0, 1);
  const span = Date.UTC(2026, 0, 1) - start;
  for (let i = 0; i < messages; i++) {
    const id = String(1_000_000_000 + i);
    const edit = i > 1000 && r() < 0.01;
    const messageId = edit ? String(1_000_000_000 + i - 1 - Math.floor(r() * 1000)) : id;
    let text = body(r);
    let attachments = '';
    if (r() < 0.02) {
      withFindings++;
      if (r() < 0.15) {
        const fileId = String(5_000_000 + files.length);
        files.push([fileId, String(2000 + Math.floor(r() * 5000)), `rota-${files.length}.xlsx`, `files/${fileId}.xlsx`, '', '501', GROUPS[0], `https://www.yammer.com/api/v1/uploaded_files/${fileId}/download`, 'YAMMER', '2020/01/01 00:00:00 +0000']);
        attachments = `uploadedfile:${fileId}`;
      } else {
        const words = text.split(' ');
        words.splice(Math.floor(r() * words.length), 0, FINDINGS[Math.floor(r() * FINDINGS.length)](r));
        text = words.join(' ');
      }
    }
    const deleted = r() < 0.01;
    const g = Math.floor(r() * GROUPS.length);
    const created = new Date(start + Math.floor(r() * span)).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' +0000').replace(/-/g, '/');
    const sender = String(2000 + Math.floor(r() * 5000));
    const html = r() < 0.3 ? `<p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>')}</p>` : '';
    chunk.push([messageId, '', '', messageId, '', String(501 + g), GROUPS[g], '', 'false', 'false', sender, 'user', `User ${sender}`, '', text, '', `https://www.yammer.com/api/v1/messages/${messageId}`, attachments,
      deleted ? sender : '', deleted ? 'user' : '', created, deleted ? created : '', '', html, 'update', '']);
    if (chunk.length === 2000) {
      await push(stringify(chunk));
      chunk = [];
    }
  }
  if (chunk.length) await push(stringify(chunk));
  csv.end();
  zip.addBuffer(Buffer.from(stringify([FILE_HEADER, ...files])), 'Files.csv');
  zip.end();
  await finished(out);
  renameSync(`${zipPath}.part`, zipPath);
  return { messages, withFindings, bytes };
}
