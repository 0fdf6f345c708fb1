import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePolicy, PolicyFormatError } from '../../src/policy';
import { loadPolicyFile } from '../../src/app/load-policy-file';

const dir = mkdtempSync(join(tmpdir(), 'policy-format-'));
const write = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

function expectFormatError(fn: () => unknown, file: string, problem: RegExp) {
  let caught: unknown;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(PolicyFormatError);
  const err = caught as PolicyFormatError;
  expect(err.file).toBe(file);
  expect(err.message).toContain(file);
  expect(err.message).toMatch(problem);
}

describe('malformed or empty policy documents', () => {
  it('rejects an empty file, naming it', () => {
    const path = write('empty.txt', '');
    expectFormatError(() => loadPolicyFile(path), path, /empty/);
  });

  it('rejects a whitespace-only file', () => {
    const path = write('blank.md', ' \n\n\t \r\n');
    expectFormatError(() => loadPolicyFile(path), path, /empty/);
  });

  it('rejects binary content', () => {
    const path = write('policy.txt', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xff, 0xfe]));
    expectFormatError(() => loadPolicyFile(path), path, /binary/);
  });

  it('rejects a PDF saved with a .txt name', () => {
    expectFormatError(() => parsePolicy('%PDF-1.7\n%âãÏÓ\n1 0 obj', 'upload.txt'), 'upload.txt', /PDF/);
  });

  it('rejects a document with headings but no clauses', () => {
    const path = write('headings.txt', '1. Introduction\n\n2. Scope\n\n3. Yammer\n');
    expectFormatError(() => loadPolicyFile(path), path, /no policy clauses/);
  });

  it('rejects HTML and JSON', () => {
    expectFormatError(() => parsePolicy('<!DOCTYPE html><html><body>x</body></html>', 'p.txt'), 'p.txt', /HTML/);
    expectFormatError(() => parsePolicy('{"title":"Social Media"}', 'p.txt'), 'p.txt', /JSON/);
  });

  it('reports a missing file as a PolicyFormatError naming it', () => {
    const path = join(dir, 'nope.txt');
    expectFormatError(() => loadPolicyFile(path), path, /not found/);
  });

  it('accepts a plain policy with no headings as one section', () => {
    const doc = parsePolicy('Staff must not share passwords. Staff can use Teams.\n', 'short.txt');
    expect(doc.sections.map((s) => s.id)).toEqual(['1']);
    expect(doc.clauses.map((c) => c.id)).toEqual(['1.p1', '1.p2']);
  });
});
