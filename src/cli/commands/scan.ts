import { mapLines } from '../json-lines';
import { createScanner, type AttachmentInput, type DetectionConfigInput, type Finding, type PostInput } from '../../detection';

/**
 * `policy-bot scan`: reads posts from `input`, one per line, either plain text or JSON
 * `{"text": ..., "html"?: ..., "attachments"?: [...]}`, and writes one line per input line.
 * With --json each line is `{"findings": [{type, start, end, text, masked, severity, confidence, rule}]}`
 * where `text` is the matched substring: this is for local evaluation only, so raw text
 * goes to `output` and nowhere else. Without --json a short human-readable line shows
 * masked values only.
 */
export interface ScanOptions {
  json: boolean;
  config?: Partial<DetectionConfigInput>;
}

interface JsonFinding {
  type: string;
  start: number;
  end: number;
  text: string;
  masked: string;
  severity: string;
  confidence: number;
  rule: string;
  fileName?: string;
  fileType?: string;
}

export async function runScan(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, opts: ScanOptions): Promise<void> {
  // Validates the config (zod) before any input is read, so a bad config fails fast.
  const scanner = createScanner(opts.config);
  await mapLines(input, output, (line, n) => {
    const post = parseLine(line);
    const findings = scanner.scan(post);
    return opts.json ? findingsLine(findings, post.text) : describe(n, findings);
  });
}

/** A line is JSON when it parses to an object with a string `text`; anything else is the post text itself. */
export function parseLine(line: string): PostInput {
  const trimmed = line.trim();
  if (trimmed.startsWith('{')) {
    try {
      const value = JSON.parse(trimmed) as Record<string, unknown>;
      if (value && typeof value === 'object' && typeof value.text === 'string') {
        const post: PostInput = { text: value.text };
        if (typeof value.html === 'string') post.html = value.html;
        if (Array.isArray(value.attachments)) {
          post.attachments = value.attachments.filter(isAttachment);
        }
        return post;
      }
    } catch {
      // Not JSON after all: scan the line as text.
    }
  }
  return { text: line };
}

function isAttachment(a: unknown): a is AttachmentInput {
  return !!a && typeof a === 'object' && typeof (a as { contentType?: unknown }).contentType === 'string';
}

/**
 * The --json line: exactly `JSON.stringify({ findings: findings.map(toJson) })`, written field by
 * field (strings through JSON.stringify, numbers as JSON writes them), so the CLI builds no object
 * per finding; the common no-finding line is a constant.
 */
export function findingsLine(findings: Finding[], text: string): string {
  if (findings.length === 0) return NO_FINDINGS;
  let out = '{"findings":[';
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    if (i > 0) out += ',';
    out += `{"type":${quoted(f.type)},"start":${num(f.start)},"end":${num(f.end)},"text":${JSON.stringify(text.slice(f.start, f.end))},"masked":${JSON.stringify(f.masked)},"severity":${quoted(f.severity)},"confidence":${num(f.confidence)},"rule":${quoted(f.rule)}`;
    if (f.fileName !== undefined) out += `,"fileName":${JSON.stringify(f.fileName)}`;
    if (f.fileType !== undefined) out += `,"fileType":${JSON.stringify(f.fileType)}`;
    out += '}';
  }
  return out + ']}';
}

const NO_FINDINGS = '{"findings":[]}';

/**
 * JSON.stringify of a type, severity or rule name, kept: these come from small fixed sets (custom patterns add a few
 * rule names), so each is quoted once per process instead of once per finding. Bounded in case a config names many rules.
 */
const QUOTED = new Map<string, string>();
function quoted(s: string): string {
  let q = QUOTED.get(s);
  if (q === undefined) {
    q = JSON.stringify(s);
    if (QUOTED.size < 4096) QUOTED.set(s, q);
  }
  return q;
}
/** A number as JSON.stringify writes it (NaN and infinities as null). */
const num = (x: number): string => (Number.isFinite(x) ? String(x) : 'null');

/** The object form of a finding, as the --json line spells it (findingsLine writes the same without building it). */
export function toJson(f: Finding, text: string): JsonFinding {
  const j: JsonFinding = {
    type: f.type,
    start: f.start,
    end: f.end,
    text: text.slice(f.start, f.end),
    masked: f.masked,
    severity: f.severity,
    confidence: f.confidence,
    rule: f.rule,
  };
  if (f.fileName !== undefined) j.fileName = f.fileName;
  if (f.fileType !== undefined) j.fileType = f.fileType;
  return j;
}

function describe(n: number, findings: Finding[]): string {
  if (findings.length === 0) return `post ${n}: nothing to flag`;
  const parts = findings.map((f) => `${f.type} ${f.type === 'file_upload' ? f.fileName ?? '(file)' : f.masked} [${f.severity}]`);
  return `post ${n}: ${findings.length} finding${findings.length === 1 ? '' : 's'}: ${parts.join('; ')}`;
}
