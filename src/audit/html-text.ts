/**
 * Message bodies exported as HTML (Graph always, Viva Engage's html_body) become plain text for
 * the detectors: tags dropped, entities decoded, block elements and <br> as line breaks, so a
 * phone number split across <span>s still reads as one. htmlparser2 does the parsing.
 */
import { Parser } from 'htmlparser2';

const BLOCK = new Set(['br', 'p', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'ul', 'ol']);
const SKIP = new Set(['script', 'style']);

export function htmlToText(html: string): string {
  let out = '';
  let skipping = 0;
  const parser = new Parser(
    {
      onopentagname(name) {
        if (SKIP.has(name)) skipping++;
        else if (BLOCK.has(name)) out += '\n';
      },
      onclosetag(name) {
        if (SKIP.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCK.has(name) && name !== 'br') out += '\n';
      },
      ontext(text) {
        if (!skipping) out += text;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return out.replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n[\n ]*/g, '\n').trim();
}

/** Cheap test: only bodies that contain markup go through the parser. */
export function looksLikeHtml(text: string): boolean {
  return /<[a-z!/][^>]*>|&[a-z#0-9]+;/i.test(text);
}
