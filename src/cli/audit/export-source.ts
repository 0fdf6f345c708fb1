import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { ExportFormatError } from '../../audit/yammer-messages';

/**
 * Where an export's files are: a Viva Engage zip (read in place with yauzl, entry by entry,
 * never unpacked to disk or memory), the same export unzipped into a folder, or a folder of
 * Microsoft Graph channel-message JSON pages. Files are found by name, case-insensitively, at
 * any depth (exports are sometimes re-zipped inside a top folder).
 */
export interface ExportEntry {
  /** Display name for errors and notes: "export.zip:Messages.csv", "pages/general/page-1.json". */
  label: string;
  /** File name without folders: "Messages.csv". */
  name: string;
  /** Folder of the entry relative to the export root ('' at the top): Graph pages name their channel by it. */
  folder: string;
  size: number;
  open(): Promise<Readable>;
}

export type ExportSource =
  | { kind: 'engage'; label: string; messages: ExportEntry; files?: ExportEntry; close(): void }
  | { kind: 'graph'; label: string; pages: ExportEntry[]; close(): void };

export async function openExport(inputPath: string): Promise<ExportSource> {
  const stat = await fs.stat(inputPath).catch(() => undefined);
  if (!stat) throw new ExportFormatError(`${inputPath}: no such file or folder`);
  if (stat.isDirectory()) return fromEntries(inputPath, await folderEntries(inputPath), () => undefined);
  if (stat.size === 0) throw new ExportFormatError(`${inputPath}: empty export (the file has 0 bytes)`);
  if (await isZip(inputPath)) {
    const zip = await openZip(inputPath);
    return fromEntries(inputPath, await zipEntries(inputPath, zip), () => zip.close());
  }
  const single = fileEntry(path.dirname(inputPath), inputPath, stat.size);
  if (/\.csv$/i.test(inputPath)) return { kind: 'engage', label: inputPath, messages: single, close: () => undefined };
  if (/\.json$/i.test(inputPath)) return { kind: 'graph', label: inputPath, pages: [single], close: () => undefined };
  throw new ExportFormatError(`${inputPath}: not a zip, a CSV or a JSON file; give the export zip, its folder, or a folder of Graph JSON pages`);
}

function fromEntries(label: string, entries: ExportEntry[], close: () => void): ExportSource {
  const named = (name: string) => entries.filter((e) => e.name.toLowerCase() === name).sort((a, b) => a.label.length - b.label.length)[0];
  const messages = named('messages.csv');
  if (messages) return { kind: 'engage', label, messages, files: named('files.csv'), close };
  const pages = entries.filter((e) => /\.json$/i.test(e.name)).sort((a, b) => a.label.localeCompare(b.label, 'en', { numeric: true }));
  if (pages.length > 0) return { kind: 'graph', label, pages, close };
  close();
  throw new ExportFormatError(`${label}: empty export: no Messages.csv and no Graph JSON pages in it`);
}

async function folderEntries(root: string): Promise<ExportEntry[]> {
  const out: ExportEntry[] = [];
  for (const dirent of await fs.readdir(root, { recursive: true, withFileTypes: true })) {
    if (!dirent.isFile()) continue;
    const full = path.join(dirent.parentPath ?? (dirent as { path?: string }).path ?? root, dirent.name);
    out.push(fileEntry(root, full, (await fs.stat(full)).size));
  }
  return out;
}

function fileEntry(root: string, full: string, size: number): ExportEntry {
  const relative = path.relative(root, full) || path.basename(full);
  return { label: relative, name: path.basename(full), folder: path.dirname(relative) === '.' ? '' : path.dirname(relative), size, open: async () => createReadStream(full, { highWaterMark: 256 * 1024 }) };
}

async function isZip(file: string): Promise<boolean> {
  const handle = await fs.open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    return bytesRead === 4 && buffer.readUInt32LE(0) === 0x04034b50;
  } finally {
    await handle.close();
  }
}

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: false }, (err, zip) => {
      if (err || !zip) reject(new ExportFormatError(`${file}: the zip is damaged or truncated (${err?.message ?? 'unreadable'}); download the export again`));
      else resolve(zip);
    });
  });
}

function zipEntries(file: string, zip: yauzl.ZipFile): Promise<ExportEntry[]> {
  return new Promise((resolve, reject) => {
    const out: ExportEntry[] = [];
    zip.on('entry', (entry: yauzl.Entry) => {
      if (!entry.fileName.endsWith('/')) {
        const folder = path.posix.dirname(entry.fileName);
        out.push({
          label: `${path.basename(file)}:${entry.fileName}`,
          name: path.posix.basename(entry.fileName),
          folder: folder === '.' ? '' : folder,
          size: entry.uncompressedSize,
          open: () => openZipEntry(file, zip, entry),
        });
      }
      zip.readEntry();
    });
    zip.on('end', () => resolve(out));
    zip.on('error', (err: Error) => reject(new ExportFormatError(`${file}: the zip is damaged or truncated (${err.message}); download the export again`)));
    zip.readEntry();
  });
}

function openZipEntry(file: string, zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) {
        reject(new ExportFormatError(`${file}:${entry.fileName}: this entry of the zip cannot be read (${err?.message ?? 'unreadable'}); download the export again`));
        return;
      }
      // A damaged entry fails mid-stream (bad CRC, too short); readers name the entry (entryError).
      resolve(stream);
    });
  });
}

/** Any read error as one line naming the entry (a damaged zip entry fails mid-stream with a bare message). */
export function entryError(entry: ExportEntry, error: unknown): ExportFormatError {
  if (error instanceof ExportFormatError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ExportFormatError(`${entry.label}: could not be read to the end (${message}); the export may be truncated or damaged, download it again`);
}
