import { BULLET_GLYPHS, collapseSpaces, stripInlineMarkdown, stripLeadingGlyphs } from './normalise-text';

/**
 * First pass over a policy: turn lines into headings, bullets and paragraphs. No repair
 * happens here (that is `repair-blocks.ts`); we only record the layout facts the repair
 * rules need (indentation, whether a blank line came before).
 */
export type Block =
  | { type: 'heading'; number?: string; title: string; level: number; line: number }
  | { type: 'bullet'; text: string; line: number }
  | { type: 'paragraph'; text: string; indented: boolean; afterBlank: boolean; line: number };

export type PolicyFormat = 'text' | 'markdown';

const GLYPH_CLASS = BULLET_GLYPHS.replace(/[\]\\^-]/g, '\\$&');
const BULLET_MARKER = new RegExp(`^\\s*(?:[-*+–${GLYPH_CLASS}]|\\(?[a-z0-9]{1,2}[).])\\s+(.*)$`, 'i');
// A numbered line is a heading only when it reads like a title (short, no closing punctuation);
// "1. Do not share passwords." is a numbered rule, not a heading.
const NUMBERED_HEADING = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\S.*)$/;
const MD_HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;

function looksLikeTitle(title: string): boolean {
  return title.length <= 90 && !/[.;,:!?]$/.test(title) && title.split(/\s+/).length <= 12 && /^[A-Z(“"']/.test(title);
}

function splitHeadingNumber(text: string): { number?: string; title: string } {
  const m = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\S.*)$/.exec(text);
  return m ? { number: m[1], title: m[2].trim() } : { title: text };
}

export function readBlocks(text: string, format: PolicyFormat): Block[] {
  const blocks: Block[] = [];
  let afterBlank = true;
  let previousLineWasText = false;
  const lines = text.split('\n');
  lines.forEach((rawLine, i) => {
    const lineNo = i + 1;
    let line = rawLine.replace(/\s+$/, '');
    if (format === 'markdown') line = line.replace(/^\s{0,3}>\s?/, '');
    const clean = (s: string) => collapseSpaces(format === 'markdown' ? stripInlineMarkdown(s) : s);

    if (!line.trim() || (format === 'markdown' && /^\s*(?:[-*_]\s*){3,}$/.test(line))) {
      afterBlank = true;
      previousLineWasText = false;
      return;
    }

    if (format === 'markdown') {
      const h = MD_HEADING.exec(line);
      if (h) {
        const { number, title } = splitHeadingNumber(clean(h[2]));
        blocks.push({ type: 'heading', number, title, level: h[1].length, line: lineNo });
        afterBlank = false;
        previousLineWasText = false;
        return;
      }
    } else {
      const h = NUMBERED_HEADING.exec(line);
      if (h && !/^\s/.test(line) && looksLikeTitle(h[2].trim())) {
        blocks.push({ type: 'heading', number: h[1], title: collapseSpaces(h[2]), level: h[1].split('.').length, line: lineNo });
        afterBlank = false;
        previousLineWasText = false;
        return;
      }
    }

    const bullet = BULLET_MARKER.exec(line);
    if (bullet) {
      const body = clean(stripLeadingGlyphs(bullet[1]));
      if (body) blocks.push({ type: 'bullet', text: body, line: lineNo });
      afterBlank = false;
      previousLineWasText = false;
      return;
    }

    const indented = /^\s/.test(line);
    const body = clean(stripLeadingGlyphs(line));
    const last = blocks[blocks.length - 1];
    if (previousLineWasText && last?.type === 'paragraph' && !(indented && !last.indented)) {
      // Hard-wrapped paragraph: same block.
      last.text = `${last.text} ${body}`;
    } else if (!afterBlank && last?.type === 'bullet' && !indented) {
      // Wrapped bullet continuation.
      last.text = `${last.text} ${body}`;
    } else {
      blocks.push({ type: 'paragraph', text: body, indented, afterBlank, line: lineNo });
      previousLineWasText = true;
      afterBlank = false;
      return;
    }
    previousLineWasText = last?.type === 'paragraph';
    afterBlank = false;
  });
  return blocks;
}
