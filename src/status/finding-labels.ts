import { TYPE_LABELS, type FindingType } from '../detection';

/**
 * Finding types in words, for cards and the CLI. Each detector module declares its types'
 * labels (src/detection/detectors/registry.ts collects them, and the compiler insists every
 * type has one). A type stored by an older version that no detector emits any more falls
 * back to "personal information" rather than showing a raw code.
 */
const LABELS: Readonly<Record<string, string>> = TYPE_LABELS;

export function findingLabel(type: FindingType | (string & {})): string {
  return LABELS[type] ?? 'personal information';
}

/** "a phone number and an email address" (each kind once, in the order found). */
export function describeFindings(types: readonly string[]): string {
  const labels = [...new Set(types.map(findingLabel))];
  if (labels.length <= 1) return labels[0] ?? 'personal information';
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}
