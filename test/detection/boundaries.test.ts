import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../src/detection');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('detection module boundaries', () => {
  it('imports only relative modules, zod, libphonenumber-js and the first-name data lists (no SDKs, drivers or I/O)', () => {
    const bad: string[] = [];
    for (const file of files(ROOT)) {
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/\bfrom\s+'([^']+)'|\brequire\('([^']+)'\)|\bimport\('([^']+)'\)/g)) {
        const spec = m[1] ?? m[2] ?? m[3];
        if (!/^\.|^zod$|^libphonenumber-js(?:\/|$)|^@stdlib\/datasets-(?:female|male)-first-names-en\/data\/names\.json$/.test(spec)) bad.push(`${file}: ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('never logs', () => {
    const bad = files(ROOT).filter((f) => /\bconsole\.|\blogger\b/.test(readFileSync(f, 'utf8')));
    expect(bad).toEqual([]);
  });
});
