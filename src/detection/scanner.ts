import { illustrativeValue } from './illustrative-values';
import { DEFAULT_SEVERITY, parseDetectionConfig, type DetectionConfig, type DetectionConfigInput } from './config';
import { DEFAULT_TOPIC, DETECTORS, SCAN_TABLES, type Detector } from './detectors/registry';
import { detectFiles } from './detectors/files';
import { compileCustomPatterns, detectCustom, type CompiledPattern } from './detectors/custom-patterns';
import { maskValue } from './mask';
import { normaliseForScan, toOriginal, type NormalisedText } from './normalise';
import { ScanContext } from './scan-context';
import { addSpokenReadings } from './spoken-number-scan';
import { addListedValues } from './listed-values';
import { addSpacedDateReadings } from './spaced-dates';
import { CAP_FROM_LENGTH, CappedCandidates, MAX_CANDIDATES_PER_DETECTOR, runCapped } from './candidate-cap';
import { FINDING_TYPES, type Candidate, type Finding, type FindingType, type PostInput, type Scanner, type Severity } from './types';

/** Teams caps messages at ~28 KB; anything past 5 M characters is not scanned (bounds the worst case). */
const MAX_TEXT = 5_000_000;

/** How the engine runs, apart from what it detects. */
export interface EngineOptions {
  /**
   * Skip detectors whose precondition (DetectorModule.needs) is false for a post. On by
   * default; off only to prove it changes no finding (test/detection/prefilter-equivalence.test.ts)
   * and to measure what it saves (bench:detect).
   */
  prefilter?: boolean;
}

/** Builds a scanner: validates the config with zod once and compiles custom patterns once. */
export function createScanner(input?: Partial<DetectionConfigInput>, engine: EngineOptions = {}): Scanner {
  const prefilter = engine.prefilter !== false;
  const config = parseDetectionConfig(input);
  const enabledSet = new Set(FINDING_TYPES.filter((t) => config.types[t]?.enabled !== false));
  const enabled = (t: FindingType): boolean => enabledSet.has(t);
  const severities = new Map(FINDING_TYPES.map((t) => [t, config.types[t]?.severity ?? DEFAULT_SEVERITY[t]]));
  const severity = (t: FindingType): Severity => severities.get(t) ?? 'medium';
  const detectors: Detector[] = DETECTORS.filter((d) => d.types.some(enabled));
  const dateDetectors = enabled('date_of_birth') ? detectors.filter((d) => d.types.includes('date_of_birth')) : [];
  const custom: CompiledPattern[] = compileCustomPatterns(config.customPatterns).filter((p) => enabled(p.type));
  const customSeverity = new Map(config.customPatterns.map((p) => [p.name, p.severity]));

  return {
    scan(post: PostInput): Finding[] {
      const original = typeof post?.text === 'string' ? post.text.slice(0, MAX_TEXT) : '';
      // Detectors read what a reader sees (NFKC, no hidden characters); offsets are mapped back below.
      const norm = normaliseForScan(original);
      const text = norm.text;
      // Long posts get a list that stops each detector at MAX_CANDIDATES_PER_DETECTOR (candidate-cap.ts).
      const candidates: Candidate[] = text.length >= CAP_FROM_LENGTH ? new CappedCandidates(MAX_CANDIDATES_PER_DETECTOR) : [];
      if (text.length > 0) {
        const ctx = new ScanContext(text, config, SCAN_TABLES, prefilter);
        // Short posts (nearly all) call each detector straight: no closure per detector per post for runCapped.
        const capped = candidates instanceof CappedCandidates;
        for (const d of detectors) {
          if (prefilter && !d.needs(ctx)) continue;
          if (capped) runCapped(() => d.run(ctx, candidates), candidates);
          else d.run(ctx, candidates);
        }
        if (custom.length > 0) runCapped(() => detectCustom(ctx, custom, candidates), candidates);
        // Numbers said in words ("oh seven seven double oh ..."): the detectors read them again as digits (spoken-numbers.ts).
        if (ctx.has('spokenNumber') && text.length < CAP_FROM_LENGTH) {
          addSpokenReadings(ctx, candidates, (viewText) => {
            const found: Candidate[] = [];
            const view = new ScanContext(viewText, config, SCAN_TABLES, prefilter);
            for (const d of detectors) if (!prefilter || d.needs(view)) d.run(view, found);
            return found;
          });
        }
        // Dates typed with spaces ("03 07 1962") read again with slashes by the date-of-birth detectors (spaced-dates.ts).
        if (dateDetectors.length > 0 && text.length < CAP_FROM_LENGTH) {
          addSpacedDateReadings(ctx, candidates, (viewText) => {
            const found: Candidate[] = [];
            const view = new ScanContext(viewText, config, SCAN_TABLES, prefilter);
            for (const d of dateDetectors) if (!prefilter || d.needs(view)) d.run(view, found);
            return found;
          });
        }
      }
      if (enabled('file_upload') && (post?.attachments?.length || post?.html)) detectFiles(post, candidates);
      if (candidates.length === 0) return [];
      // a value listed after a found one in the same form is the same kind of value (listed-values.ts); a reserved example
      // value its post calls an example is nobody's (illustrative-values.ts)
      const kept = addListedValues(text, resolve(candidates.filter((c) => c.confidence >= config.minConfidence && enabled(c.type) && !illustrativeValue(text, c))));
      const masks = new LastMask();
      return kept.map((c) => toFinding(c, norm, c.rule.startsWith('custom.') ? customSeverity.get(c.rule.slice(7)) ?? severity(c.type) : severity(c.type), masks));
    },
  };
}

let defaultScanner: Scanner | undefined;

/** Scans with the default configuration. */
export function scan(post: PostInput): Finding[] {
  defaultScanner ??= createScanner();
  return defaultScanner.scan(post);
}

export type { DetectionConfig };

/**
 * Keeps the most confident candidate where text spans overlap (a 10-digit NHS number
 * is not also a phone number). File findings have no span and are always kept.
 * Candidates are grouped into clusters of mutually overlapping spans first, so the
 * greedy choice stays cheap even for posts with thousands of candidates.
 */
function resolve(candidates: Candidate[]): Candidate[] {
  if (candidates.length <= 1) return candidates;
  // File findings are rare: split the list only when there is one (the caller's list is a fresh copy, sorted in place).
  const hasFile = candidates.some((c) => c.end <= c.start);
  const files = hasFile ? candidates.filter((c) => c.end <= c.start) : [];
  const spans = sortedBy(hasFile ? candidates.filter((c) => c.end > c.start) : candidates, byStartThenLongest);
  const kept: Candidate[] = [];
  let i = 0;
  while (i < spans.length) {
    let j = i + 1;
    let clusterEnd = spans[i].end;
    while (j < spans.length && spans[j].start < clusterEnd) {
      clusterEnd = Math.max(clusterEnd, spans[j].end);
      j++;
    }
    if (j === i + 1) kept.push(spans[i]);
    else kept.push(...pickNonOverlapping(spans.slice(i, j)));
    i = j;
  }
  sortedBy(kept, byStartThenEnd);
  return files.length ? [...files, ...kept] : kept;
}

const byStartThenLongest = (a: Candidate, b: Candidate): number => a.start - b.start || b.end - a.end;
const byStartThenEnd = (a: Candidate, b: Candidate): number => a.start - b.start || a.end - b.end;

/**
 * Sorts in place, skipping the sort when the list is already in order (one detector's
 * candidates come in text order: a post of 100,000 e-mail addresses needs no sort).
 * The sort is stable, so skipping it on an ordered list changes nothing.
 */
function sortedBy(list: Candidate[], order: (a: Candidate, b: Candidate) => number): Candidate[] {
  for (let i = 1; i < list.length; i++) if (order(list[i - 1], list[i]) > 0) return list.sort(order);
  return list;
}

function pickNonOverlapping(cluster: Candidate[]): Candidate[] {
  if (cluster.length > 32) return sweep(cluster);
  const ordered = cluster.sort((a, b) => b.confidence - a.confidence || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of ordered) {
    if (kept.some((k) => k.start < c.end && c.start < k.end)) continue;
    kept.push(c);
  }
  return kept;
}

/**
 * Linear fallback for huge clusters (a post that is one long chain of overlapping
 * candidates): walk in start order and keep the more confident of two overlapping ones.
 */
function sweep(cluster: Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of cluster) {
    const last = kept[kept.length - 1];
    if (!last || c.start >= last.end) kept.push(c);
    else if (c.confidence > last.confidence) kept[kept.length - 1] = c;
  }
  return kept;
}

/**
 * The mask of the previous finding, reused when the next one has the same type and value:
 * a post that repeats one value thousands of times masks it once. Nothing else is cached.
 */
class LastMask {
  private type = '';
  private raw = '';
  private masked = '';

  /** The mask of text[start, end): compared in place, so a repeated value is not even sliced. */
  of(type: FindingType, text: string, start: number, end: number): string {
    if (type === this.type && end - start === this.raw.length && text.startsWith(this.raw, start)) return this.masked;
    this.type = type;
    this.raw = text.slice(start, end);
    this.masked = this.raw ? maskValue(type, this.raw) : '';
    return this.masked;
  }
}

function toFinding(c: Candidate, norm: NormalisedText, severity: Severity, masks: LastMask): Finding {
  // Masked from the normalised value (what a reader sees); offsets refer to the text as written.
  const file = c.type === 'file_upload';
  const name = c.fileName ?? '';
  // Most posts need no offset mapping (normalising changed nothing): no pair allocated per finding.
  let start = c.start;
  let end = c.end;
  if (!file && norm.starts) [start, end] = toOriginal(norm, c.start, c.end);
  const f: Finding = {
    type: c.type,
    start,
    end,
    masked: file ? (name ? maskValue(c.type, name) : '') : masks.of(c.type, norm.text, c.start, c.end),
    severity,
    confidence: Math.round(Math.min(1, Math.max(0, c.confidence)) * 100) / 100,
    rule: c.rule,
    policyTopic: DEFAULT_TOPIC[c.type],
  };
  if (c.fileName !== undefined) f.fileName = c.fileName;
  if (c.fileType !== undefined) f.fileType = c.fileType;
  return f;
}
