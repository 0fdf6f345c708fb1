import { graphReadItem, messagesOfPage } from '../../audit/graph-messages';
import type { ReadItem } from '../../audit/audit-types';
import { ExportFormatError } from '../../audit/yammer-messages';
import { entryError, type ExportEntry } from './export-source';
import type { ItemReader } from './read-engage';

/** A Graph page holds at most a few dozen messages; anything far larger is not a page. */
const MAX_PAGE_BYTES = 64 * 1024 * 1024;

/**
 * A folder of Graph channel-message pages, page by page (one page in memory at a time). The
 * channel's name is taken from the page's folder when the pages are kept one folder per channel.
 */
export function readGraphPages(pages: ExportEntry[]): ItemReader {
  let bytes = 0;
  const totalBytes = pages.reduce((n, p) => n + p.size, 0);
  async function* items(): AsyncGenerator<ReadItem> {
    let seq = 0;
    let messages = 0;
    for (const page of pages) {
      const json = await readPage(page);
      bytes += page.size;
      const list = messagesOfPage(json);
      if (!list) throw new ExportFormatError(`${page.label}: not a Graph channel-message page (no "value" array of messages)`);
      const channel = page.folder ? page.folder.split(/[\\/]/).pop() : undefined;
      for (let i = 0; i < list.length; i++) {
        messages++;
        yield graphReadItem(list[i], `${page.label} message ${i + 1}`, seq++, channel);
      }
    }
    if (messages === 0) throw new ExportFormatError(`${pages[0]?.label ?? 'export'}: empty export: the Graph pages hold no messages`);
  }
  return { items: items(), bytesRead: () => bytes, totalBytes };
}

async function readPage(page: ExportEntry): Promise<unknown> {
  if (page.size > MAX_PAGE_BYTES) throw new ExportFormatError(`${page.label}: ${page.size} bytes is too large for one Graph page`);
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of await page.open()) chunks.push(chunk as Buffer);
  } catch (error) {
    throw entryError(page, error);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new ExportFormatError(`${page.label}: not valid UTF-8 text`);
  }
  if (!text.trim()) throw new ExportFormatError(`${page.label} line 1: empty page (0 messages, no JSON)`);
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new ExportFormatError(`${page.label}: not valid JSON (${(error as Error).message}); was the page cut short?`);
  }
}
