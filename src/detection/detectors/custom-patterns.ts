import type { CustomPattern } from '../config';
import type { Candidate, FindingType } from '../types';
import type { ScanContext } from '../scan-context';
import { eachMatch } from '../text-utils';

/**
 * Force-specific formats from config (crime/incident reference shapes). A pattern with
 * context words only counts when one of them appears within the window before or after.
 */
export interface CompiledPattern {
  name: string;
  type: FindingType;
  re: RegExp;
  context?: RegExp;
  confidence: number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function compileCustomPatterns(patterns: readonly CustomPattern[]): CompiledPattern[] {
  return patterns.map((p) => ({
    name: p.name,
    type: p.type,
    re: new RegExp(p.pattern, (p.flags ?? '').replace(/g/g, '') + 'g'),
    context: p.contextWords.length
      ? new RegExp(`(?:^|[^a-z0-9])(?:${p.contextWords.map((w) => escape(w.toLowerCase())).join('|')})(?:$|[^a-z0-9])`)
      : undefined,
    confidence: p.confidence ?? 0.9,
  }));
}

export function detectCustom(ctx: ScanContext, patterns: readonly CompiledPattern[], out: Candidate[]): void {
  for (const p of patterns) {
    eachMatch(p.re, ctx.text, (m) => {
      const start = m.index;
      const end = start + m[0].length;
      if (end === start) return;
      if (p.context && !ctx.near(p.context, start, end, 50)) return;
      out.push({ type: p.type, start, end, confidence: p.confidence, rule: `custom.${p.name}` });
    });
  }
}
