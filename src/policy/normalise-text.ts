/**
 * Text extracted from Word/PDF carries invisible junk (BOM, NBSP, soft hyphens, CRLF, tabs).
 * Normalise it once so every later rule can assume plain spaces and '\n'.
 */
export function normaliseText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[\u00AD\u200B-\u200D\u2060]/g, '')
    .replace(/\t/g, '    ');
}

/** Collapse runs of spaces inside a line; used on clause text so citations read cleanly. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Bullet glyphs that survive copy-paste from Word, sometimes doubled after a '-' marker. */
export const BULLET_GLYPHS = '·•▪◦●‣∙○■□➢►✓';

const LEADING_GLYPHS = new RegExp(`^[\\s${BULLET_GLYPHS}]+`);

export function stripLeadingGlyphs(text: string): string {
  return text.replace(LEADING_GLYPHS, '');
}

/** Markdown emphasis and inline code are presentation only; the clause text keeps the words. */
export function stripInlineMarkdown(text: string): string {
  return text
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/__(.+?)__/g, '$1')
    .replace(/(^|[\s(])\*(\S(?:.*?\S)?)\*(?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/(^|[\s(])_(\S(?:.*?\S)?)_(?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');
}
