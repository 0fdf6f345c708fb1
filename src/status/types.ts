/**
 * Public shapes of the status-suggestion domain. Cards, the CLI and the Teams routes code
 * against these, so changes here are API changes.
 *
 * The scanner is injected (structural type, no import from ../detection) so this module works
 * with whatever detection config the bot runs, and tests can pass the real engine.
 */

/** The slice of a detection Finding this module needs; detection's Finding satisfies it. */
export interface ScannerFinding {
  type: string;
  start: number;
  end: number;
  masked: string;
}

export interface Scanner {
  scan(post: { text: string }): readonly ScannerFinding[];
}

export interface StatusDeps {
  scanner: Scanner;
}

export const STATUS_INTENTS = ['ask_experience', 'share_progress', 'attending', 'collaborators'] as const;
export type StatusIntent = (typeof STATUS_INTENTS)[number];

export type InvalidReason = 'empty' | 'too_long' | 'not_text';
export type NotWorkReason = 'holiday' | 'family' | 'health' | 'whereabouts';

export interface SuggestInput {
  topic: unknown;
  intent?: StatusIntent;
  variant?: number;
}

export type SuggestResult =
  | {
      kind: 'suggestions';
      /** Exactly three, distinct, each under 150 characters, each scanned clean. */
      suggestions: string[];
      /** The cleaned topic the suggestions were built from (personal information removed). */
      topic: string;
      intent: StatusIntent;
      variant: number;
    }
  | { kind: 'not_work'; reason: NotWorkReason; message: string }
  | { kind: 'invalid'; reason: InvalidReason; message: string }
  | { kind: 'personal_only'; message: string };

export interface MaskedFinding {
  type: string;
  masked: string;
}

export type StatusCheck =
  | { outcome: 'ok'; message: string }
  | {
      outcome: 'personal_information';
      findings: MaskedFinding[];
      /** The draft with the personal phrases removed; '' when nothing work-related is left. */
      rewrite: string;
      message: string;
    }
  | { outcome: 'not_work'; reason: NotWorkReason; message: string }
  | { outcome: 'invalid'; reason: InvalidReason; message: string };

/** Citation-like clause quote passed in by the caller (PolicyIndex.clauseForTopic satisfies it). */
export interface ClauseQuote {
  clauseId: string;
  section: string;
  sectionTitle?: string;
  text: string;
}

export interface StatusCitations {
  /** 'status_encouraged': update your status with work related topics. */
  encouraged?: ClauseQuote;
  /** 'status_personal_information': don't publish personal information in your status. */
  personalInformation?: ClauseQuote;
}
