import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './policy-fixtures';

// The policy module is domain code: no SDKs, servers or databases, and file access only in the loader.
const FORBIDDEN = ['botbuilder', '@microsoft/teams-ai', 'restify', 'pg', '@electric-sql/pglite'];
const dir = join(repoRoot, 'src', 'policy');

describe('src/policy imports', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

  it.each(files)('%s imports no adapter or SDK', (file) => {
    const source = readFileSync(join(dir, file), 'utf8');
    const imports = [...source.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
    for (const spec of imports) {
      expect(FORBIDDEN.some((f) => spec === f || spec.startsWith(`${f}/`)), `${file} imports ${spec}`).toBe(false);
      expect(spec.startsWith('../'), `${file} reaches outside src/policy: ${spec}`).toBe(false);
      if (file !== 'load-policy-file.ts') expect(spec.startsWith('node:fs'), `${file} touches the file system`).toBe(false);
    }
  });
});
