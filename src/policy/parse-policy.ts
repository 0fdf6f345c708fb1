import type { Clause, PolicyDocument, PolicyMetadata, PolicySection } from './types';
import { PolicyFormatError } from './policy-format-error';
import { normaliseText } from './normalise-text';
import { readBlocks, type Block, type PolicyFormat } from './read-blocks';
import { repairBlocks } from './repair-blocks';
import { splitSentences } from './split-sentences';
import { isContactLine, isExpiryWarning, matchMarking, matchOwner } from './read-metadata';

/**
 * Parses a policy (plain text or Markdown) into sections and clauses.
 *
 * Clause ids are `<section>.p<n>` for the n-th paragraph sentence of a section and
 * `<section>.b<n>` for its n-th bullet, counted separately and in document order, so an id
 * depends only on the document's structure (see docs/policy-answers.md).
 */
export function parsePolicy(text: string, source: string): PolicyDocument {
  const normalised = normaliseText(text);
  rejectUnreadable(normalised, source);
  const format = detectFormat(normalised, source);
  const blocks = readBlocks(normalised, format);
  const documentId = documentIdFrom(source);
  const metadata: PolicyMetadata = { expired: false, source };

  const content = liftMetadata(blocks, metadata, format);
  const sections = buildSections(content, documentId, metadata.title);
  const clauses = sections.flatMap((s) => s.clauses);
  if (clauses.length === 0) {
    throw new PolicyFormatError(source, 'no policy clauses found (expected headings followed by paragraphs or bullet points)');
  }
  return { id: documentId, metadata, sections, clauses };
}

function rejectUnreadable(text: string, source: string): void {
  if (!text.trim()) throw new PolicyFormatError(source, 'the document is empty');
  if (text.startsWith('%PDF-')) throw new PolicyFormatError(source, 'this is a PDF file; export the policy as plain text or Markdown');
  const controls = (text.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g) ?? []).length;
  if (controls > 0 && controls / text.length > 0.001) {
    throw new PolicyFormatError(source, 'the document contains binary data, not plain text or Markdown');
  }
  const head = text.trimStart().slice(0, 200).toLowerCase();
  if (head.startsWith('<!doctype') || head.startsWith('<html')) {
    throw new PolicyFormatError(source, 'HTML is not supported; save the policy as plain text or Markdown');
  }
  if (/^[[{]/.test(head)) {
    try {
      JSON.parse(text);
      throw new PolicyFormatError(source, 'this is JSON, not a policy document');
    } catch (err) {
      if (err instanceof PolicyFormatError) throw err;
    }
  }
}

function detectFormat(text: string, source: string): PolicyFormat {
  if (/\.(md|markdown)$/i.test(source)) return 'markdown';
  if (/\.txt$/i.test(source)) return 'text';
  return /^#{1,6}\s+\S/m.test(text) ? 'markdown' : 'text';
}

function documentIdFrom(source: string): string {
  const base = source.split(/[\\/]/).pop() ?? '';
  const id = base.replace(/\.[a-z0-9]+$/i, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return id || 'policy';
}

/** Pulls marking/owner/expiry/title out of the preamble and contact lines from anywhere. */
function liftMetadata(blocks: Block[], metadata: PolicyMetadata, format: PolicyFormat): Block[] {
  const firstSection = blocks.findIndex((b) => b.type === 'heading' && (b.number !== undefined || format === 'markdown'));
  const content: Block[] = [];
  blocks.forEach((block, i) => {
    const inPreamble = firstSection === -1 ? false : i < firstSection;
    if (block.type === 'paragraph' && isContactLine(block.text)) {
      metadata.contact = block.text;
      return;
    }
    if (block.type === 'paragraph' && isExpiryWarning(block.text)) {
      metadata.expired = true;
      metadata.expiryWarning = block.text;
      return;
    }
    if (block.type === 'paragraph' && (inPreamble || i < 3)) {
      const marking = matchMarking(block.text);
      if (marking) {
        metadata.protectiveMarking = marking.marking;
        const owner = marking.rest ? matchOwner(marking.rest) : undefined;
        if (owner) {
          metadata.owner = owner;
          metadata.ownerLine = block.text;
        }
        return;
      }
      const owner = matchOwner(block.text);
      if (owner) {
        metadata.owner = owner;
        metadata.ownerLine = block.text;
        return;
      }
      if (inPreamble && metadata.title === undefined && block.text.length <= 100 && !/[.;:]$/.test(block.text)) {
        metadata.title = block.text;
        return;
      }
    }
    if (block.type === 'heading' && format === 'markdown' && block.level === 1 && block.number === undefined && metadata.title === undefined) {
      metadata.title = block.title;
      return;
    }
    content.push(block);
  });
  return content;
}

interface SectionDraft {
  section: PolicySection;
  blocks: Block[];
}

function buildSections(blocks: Block[], documentId: string, docTitle: string | undefined): PolicySection[] {
  const drafts: SectionDraft[] = [];
  const counters: number[] = [];
  const minLevel = Math.min(...blocks.filter((b) => b.type === 'heading').map((b) => (b as { level: number }).level), 99);
  let current: SectionDraft | undefined;

  for (const block of blocks) {
    if (block.type !== 'heading') {
      if (!current) {
        // Content before any heading (or a document with no headings at all) becomes section 1.
        const id = drafts.some((d) => d.section.id === '1') ? '0' : '1';
        current = { section: { id, title: docTitle ?? 'General', clauses: [] }, blocks: [] };
        drafts.push(current);
      }
      current.blocks.push(block);
      continue;
    }
    const id = block.number ?? nextUnnumberedId(counters, block.level - minLevel);
    if (block.number) syncCounters(counters, block.number);
    if (current && current.section.id === id && current.blocks.length === 0) {
      // A repeated number straight after an empty heading ("1. Policy Purpose" then "1. Introduction")
      // is one section announced twice; keep both titles.
      current.section.title = `${current.section.title}: ${block.title}`;
      continue;
    }
    const uniqueId = uniqueSectionId(id, drafts);
    const parentId = parentOf(uniqueId, drafts);
    current = { section: { id: uniqueId, title: block.title, ...(parentId ? { parentId } : {}), clauses: [] }, blocks: [] };
    drafts.push(current);
  }

  for (const draft of drafts) draft.section.clauses = cutClauses(repairBlocks(draft.blocks), draft.section, documentId);
  return drafts.map((d) => d.section);
}

function nextUnnumberedId(counters: number[], depth: number): string {
  counters.length = Math.max(depth + 1, 1);
  for (let i = 0; i < depth; i++) counters[i] = counters[i] ?? 1;
  counters[depth] = (counters[depth] ?? 0) + 1;
  return counters.slice(0, depth + 1).join('.');
}

function syncCounters(counters: number[], number: string): void {
  const parts = number.split('.').map(Number);
  counters.length = 0;
  counters.push(...parts);
}

function uniqueSectionId(id: string, drafts: SectionDraft[]): string {
  if (!drafts.some((d) => d.section.id === id)) return id;
  let n = 2;
  while (drafts.some((d) => d.section.id === `${id}~${n}`)) n++;
  return `${id}~${n}`;
}

function parentOf(id: string, drafts: SectionDraft[]): string | undefined {
  const parts = id.replace(/~\d+$/, '').split('.');
  for (let len = parts.length - 1; len > 0; len--) {
    const candidate = parts.slice(0, len).join('.');
    if (drafts.some((d) => d.section.id === candidate)) return candidate;
  }
  return undefined;
}

function cutClauses(blocks: Block[], section: PolicySection, documentId: string): Clause[] {
  const clauses: Clause[] = [];
  let p = 0;
  let b = 0;
  const make = (kind: Clause['kind'], text: string, n: number): Clause => ({
    id: `${section.id}.${kind === 'bullet' ? 'b' : 'p'}${n}`,
    sectionId: section.id,
    sectionTitle: section.title,
    kind,
    text,
    documentId,
  });
  for (const block of blocks) {
    if (block.type === 'bullet') clauses.push(make('bullet', block.text, ++b));
    else if (block.type === 'paragraph') for (const s of splitSentences(block.text)) clauses.push(make('sentence', s, ++p));
  }
  return clauses;
}
