import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every policy dev set (test/policy/dev/*.jsonl), blind-written ones first, then the team's. The dev scripts read the
 * folder rather than keeping their own lists, so a new blind dev set reaches every tool at once (hand lists had drifted:
 * some scripts missed dev 8 or 9). Sealed sets live elsewhere and are refused.
 * POLICY_DEV_EXCLUDE (comma-separated set names, e.g. `blind-dev10`) leaves sets out: a set kept as an out-of-sample
 * check is read for its aggregate figures only, so the tools that list questions must be able to skip it.
 */
export function policyDevSetFiles(root: string, extra: string[] = []): string[] {
  const dir = join(root, 'test', 'policy', 'dev');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .filter((f) => !excluded().includes(f.replace('-questions.jsonl', '')))
    .sort((a, b) => Number(a.startsWith('team')) - Number(b.startsWith('team')) || a.localeCompare(b, 'en', { numeric: true }))
    .map((f) => join(dir, f))
    .concat(extra);
  if (files.some((f) => f.includes('sealed'))) throw new Error('dev sets only');
  return files;
}

function excluded(): string[] {
  return (process.env.POLICY_DEV_EXCLUDE ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}
