import { defineDetector, type AttachmentInput, type Candidate, type PostInput } from './detector';

/**
 * File uploads: Teams file attachments, SharePoint references, images, inline
 * AMS images and <attachment> tags in the HTML body. Teams usually sends one file
 * twice (as an attachment and as an <attachment id> tag), so the HTML only adds files
 * that the attachment list does not already account for.
 */
const FILE_INFO = 'application/vnd.microsoft.teams.file.download.info';
const AMS_IMAGE = 'http://schema.skype.com/AMSImage';
const MAX_TAG = 4000;

interface FileRef {
  id?: string;
  url?: string;
  name?: string;
  fileType?: string;
  image: boolean;
  rule: string;
}

export function detectFiles(post: PostInput, out: Candidate[]): void {
  const fromAttachments: FileRef[] = [];
  let bodyHtml = post.html;
  for (const a of post.attachments ?? []) {
    if (!a || typeof a.contentType !== 'string') continue;
    const ct = a.contentType.toLowerCase();
    if (ct === 'text/html') {
      if (bodyHtml === undefined && typeof a.content === 'string') bodyHtml = a.content;
      continue;
    }
    const ref = fileFromAttachment(a, ct);
    if (ref) fromAttachments.push(ref);
  }
  const fromHtml = bodyHtml ? filesFromHtml(bodyHtml) : [];
  const files = [...fromAttachments, ...unmatched(fromHtml, fromAttachments)];
  for (const f of files) {
    out.push({
      type: 'file_upload',
      start: 0,
      end: 0,
      confidence: 1,
      rule: f.rule,
      ...(f.name ? { fileName: f.name } : {}),
      ...(f.fileType ? { fileType: f.fileType } : {}),
    });
  }
}

function fileFromAttachment(a: AttachmentInput, ct: string): FileRef | undefined {
  if (ct.startsWith('application/vnd.microsoft.card.') || ct.startsWith('application/vnd.microsoft.teams.card.')) return undefined;
  const rawId = (a as { id?: unknown }).id;
  const id = typeof rawId === 'string' ? rawId : undefined;
  const name = typeof a.name === 'string' && a.name ? a.name : undefined;
  const content = (a.content && typeof a.content === 'object' ? a.content : {}) as Record<string, unknown>;
  if (ct === FILE_INFO) {
    const fileType = typeof content.fileType === 'string' ? content.fileType : extension(name);
    return { id, url: a.contentUrl, name, fileType, image: false, rule: 'file.teams_download' };
  }
  if (ct === 'reference') {
    return { id, url: a.contentUrl, name: name ?? nameFromUrl(a.contentUrl), fileType: extension(name ?? a.contentUrl), image: false, rule: 'file.reference' };
  }
  if (ct.startsWith('image/')) {
    return { id, url: a.contentUrl, name, fileType: ct.slice(6) || extension(name), image: true, rule: 'file.image' };
  }
  // Other MIME types with a URL (pdf, office documents, video) are files too; plain text and cards are not.
  if (/^(?:application|video|audio)\//.test(ct) && (a.contentUrl || name) && !ct.startsWith('application/vnd.microsoft.')) {
    return { id, url: a.contentUrl, name, fileType: extension(name) ?? ct.split('/')[1], image: false, rule: 'file.other' };
  }
  return undefined;
}

function filesFromHtml(html: string): FileRef[] {
  const refs: FileRef[] = [];
  const lower = html.length > 2_000_000 ? html.slice(0, 2_000_000).toLowerCase() : html.toLowerCase();
  for (const tag of tags(lower, html, '<attachment')) {
    refs.push({ id: attr(tag, 'id'), image: false, rule: 'file.html_attachment' });
  }
  for (const tag of tags(lower, html, '<img')) {
    if (!tag.includes(AMS_IMAGE)) continue;
    const alt = attr(tag, 'alt');
    refs.push({ url: attr(tag, 'src'), name: alt && alt !== 'image' ? alt : undefined, image: true, fileType: 'image', rule: 'file.html_image' });
  }
  return refs;
}

/** Yields the opening tags beginning with `open`, each capped so unclosed tags stay cheap. */
function* tags(lower: string, html: string, open: string): Generator<string> {
  let i = lower.indexOf(open);
  while (i >= 0) {
    const next = lower.charCodeAt(i + open.length);
    const close = lower.indexOf('>', i);
    if ((next === 32 || next === 62 || next === 9 || next === 10 || next === 47) && close > i && close - i < MAX_TAG) {
      yield html.slice(i, close + 1);
    }
    i = lower.indexOf(open, i + open.length);
  }
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag);
  return m ? (m[1] ?? m[2]) : undefined;
}

/**
 * HTML references not already represented by an attachment: matched by id or URL
 * first, then by count, because Teams gives inline images different URLs in the
 * attachment list and in the HTML.
 */
function unmatched(fromHtml: FileRef[], fromAttachments: FileRef[]): FileRef[] {
  const ids = new Set(fromAttachments.map((f) => f.id).filter(Boolean));
  const urls = new Set(fromAttachments.map((f) => f.url).filter(Boolean));
  const direct = fromHtml.filter((h) => (h.id && ids.has(h.id)) || (h.url && urls.has(h.url)));
  let filesLeft = fromAttachments.filter((f) => !f.image).length - direct.filter((h) => !h.image).length;
  let imagesLeft = fromAttachments.filter((f) => f.image).length - direct.filter((h) => h.image).length;
  const extra: FileRef[] = [];
  for (const h of fromHtml) {
    if (direct.includes(h)) continue;
    if (h.image ? imagesLeft-- > 0 : filesLeft-- > 0) continue;
    extra.push(h);
  }
  return dedupeSelf(extra);
}

function dedupeSelf(refs: FileRef[]): FileRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = r.id ?? r.url;
    if (!key) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function extension(name?: string): string | undefined {
  if (!name) return undefined;
  const clean = name.split(/[?#]/)[0];
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(clean);
  return m ? m[1].toLowerCase() : undefined;
}

function nameFromUrl(url?: string): string | undefined {
  if (!url) return undefined;
  const last = url.split(/[?#]/)[0].split('/').pop();
  if (!last) return undefined;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** File uploads are found in the attachments and HTML, not the text: scanner.ts calls detectFiles itself. */
export const fileUploadDetector = defineDetector({
  id: 'file_upload',
  types: {
    file_upload: { label: 'a file', severity: 'medium', topic: 'file_upload', mask: [256, 0] },
  },
});
