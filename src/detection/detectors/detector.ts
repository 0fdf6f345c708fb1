import type { PolicyTopic } from '../../policy/types';
import type { ScanContext } from '../scan-context';

/**
 * What a detector module declares. Everything else the engine and its users need (the list
 * of finding types, default severities, labels, masking, policy topics, the cue-word table
 * of the pre-pass) is derived from these declarations in registry.ts, so adding a detector
 * is one new file here plus one line in the registry.
 */
export type Severity = 'low' | 'medium' | 'high';
/**
 * Which topic of the social media policy a finding offends: one of the policy's own topics
 * (policy/types.ts), so a finding's topic always names something the policy index can cite.
 */
export type FindingTopic = Extract<PolicyTopic, 'personal_information' | 'file_upload' | 'operational_use'>;

export interface AttachmentInput {
  contentType: string;
  name?: string;
  contentUrl?: string;
  content?: unknown;
}

export interface PostInput {
  text: string;
  /** Teams' text/html rendering of the message; scanned for files only. */
  html?: string;
  attachments?: AttachmentInput[];
}

/** What a detector proposes before config (enabled, severity, minConfidence) is applied. */
export interface Candidate<T extends string = string> {
  type: T;
  start: number;
  end: number;
  confidence: number;
  rule: string;
  fileName?: string;
  fileType?: string;
}

/** Everything the rest of the product needs to know about one finding type. */
export interface TypeInfo {
  /** In words, for cards and the CLI: "a phone number". Required, so a new type cannot reach a card without one. */
  label: string;
  severity: Severity;
  /** The policy clause a finding of this type offends by default. */
  topic: FindingTopic;
  /** Characters kept visible at each end when masked ([64, 0] and longer: shown as written); default by length. */
  mask?: readonly [lead: number, trail: number];
}

export interface DetectorModule<T extends string = string, Also extends string = never> {
  id: string;
  /** The types this module owns, each with its label, severity, topic and masking. */
  types: { readonly [K in T]: TypeInfo };
  /** Types owned by another module that this one also proposes (a passport number read from a letters-and-digits token). */
  also?: readonly Also[];
  /**
   * Cue words by family: stems the one pre-pass over a post looks up word by word ("victim",
   * "arrest" matches "arrested"; "man$" or a stem under three letters matches the whole word only).
   * The detector reads `ctx.has(family)` / `ctx.cueStarts(family)` to run only near them.
   */
  cues?: Readonly<Record<string, readonly string[]>>;
  /** Words (hashed by the pre-pass, checked exactly by the detector) whose offsets it wants: see ScanContext.termCandidates. */
  terms?: Iterable<string>;
  /**
   * The prefilter: a cheap precondition read from the pre-pass facts (character classes,
   * cue-word bits, term hits), false only when `run` could not propose anything for this
   * post; the detector is then skipped. It must never change a result, only save the work:
   * test/detection/prefilter-equivalence.test.ts runs every dev corpus with and without it.
   */
  needs?: (ctx: ScanContext) => boolean;
  /** Absent for types found outside the text (file uploads). */
  run?: (ctx: ScanContext, out: Array<Candidate<NoInfer<T | Also>>>) => void;
}

/** Keeps the literal type names of a module, so the registry can derive FindingType from them. */
export function defineDetector<const T extends string, const Also extends string = never>(module: DetectorModule<T, Also>): DetectorModule<T, Also> {
  return module;
}

/** Preconditions most detectors share, read from the pre-pass flags. */
export const needs = {
  digits: (c: ScanContext): boolean => c.hasDigit,
  letters: (c: ScanContext): boolean => c.hasLetter,
  digitsAndLetters: (c: ScanContext): boolean => c.hasDigit && c.hasLetter,
  digitsOrLetters: (c: ScanContext): boolean => c.hasDigit || c.hasLetter,
  /** A letter and a digit side by side ("WS15", "453V"). */
  letterDigit: (c: ScanContext): boolean => c.hasLetterDigit,
  /** An '@' (every e-mail address has one). */
  at: (c: ScanContext): boolean => c.text.indexOf('@') >= 0,
  /** A group of at least six digits (ctx.runs, shared by the number detectors, so computing it here costs nothing extra). */
  numberRun: (c: ScanContext): boolean => c.hasDigit && c.runs.length > 0,
  /** A word of any of the given cue families: one bit test on the pre-pass's cue bits. */
  anyCue:
    (...families: string[]) =>
    (c: ScanContext): boolean =>
      c.hasAny(families),
};
