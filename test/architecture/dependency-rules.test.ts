import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The domain stays free of SDKs, drivers and adapters, so moving off botbuilder/teams-ai touches only adapters. */
const ROOT = path.resolve(__dirname, '..', '..', 'src');
const DOMAIN = ['policy', 'detection', 'moderation', 'reports', 'status', 'ports', 'cards', 'answer-learning', 'membership'];
const FORBIDDEN_PACKAGES = ['botbuilder', 'botframework-', '@microsoft/teams-ai', 'restify', 'pg', '@electric-sql/pglite'];
const ADAPTER_FOLDERS = ['teams', 'storage', 'http', 'connector', 'cli', 'app', 'language'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : full.endsWith('.ts') ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => (m[1] ?? m[2])!);
}

describe('dependency rules', () => {
  const domainFiles = DOMAIN.flatMap((folder) => filesUnder(path.join(ROOT, folder)));

  it('finds the domain files it is meant to check', () => {
    expect(domainFiles.length).toBeGreaterThan(20);
  });

  it.each(DOMAIN)('%s imports no SDK, driver or adapter', (folder) => {
    const offences: string[] = [];
    for (const file of filesUnder(path.join(ROOT, folder))) {
      for (const spec of importsOf(file)) {
        const badPackage = FORBIDDEN_PACKAGES.some((pkg) => spec === pkg || spec.startsWith(`${pkg}/`) || (pkg.endsWith('-') && spec.startsWith(pkg)));
        const resolved = spec.startsWith('.') ? path.relative(ROOT, path.resolve(path.dirname(file), spec)).split(path.sep)[0] : undefined;
        const badFolder = resolved !== undefined && ADAPTER_FOLDERS.includes(resolved);
        if (badPackage || badFolder) offences.push(`${path.relative(ROOT, file)} imports ${spec}`);
      }
    }
    expect(offences).toEqual([]);
  });
});
