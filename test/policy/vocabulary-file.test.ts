import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPolicyIndex, parseVocabulary, PolicyFormatError } from '../../src/policy';
import { loadPolicyFile } from '../../src/app/load-policy-file';
import { bundledPolicyPath } from './policy-fixtures';
import { createClauseSearch } from '../../src/policy/clause-search';
import { searchDocFor, withContext } from '../../src/policy/clause-context';
import { stem } from '../../src/policy/tokenise';

const POLICY = '1. Parking\n\nStaff must display a permit in the windscreen.\n\n2. Visitors\n\nVisitors park in bay C only.\n';

describe('vocabulary file beside the policy', () => {
  it('the bundled policy loads its vocabulary and topics from the JSON file, not from code', () => {
    const doc = loadPolicyFile(bundledPolicyPath);
    expect(doc.vocabulary?.terms.length).toBeGreaterThan(10);
    expect(doc.vocabulary?.topics.file_upload?.modality).toBe('prohibit');
  });

  it('another document works without one, and picks one up when it is there', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vocab-'));
    const policy = join(dir, 'parking.txt');
    writeFileSync(policy, POLICY);
    expect(loadPolicyFile(policy).vocabulary).toBeUndefined();
    expect(createPolicyIndex([loadPolicyFile(policy)]).answer('where do visitors park').citations[0]?.text).toContain('bay C');
    writeFileSync(join(dir, 'parking.vocab.json'), JSON.stringify({ terms: [{ phrases: ['guests'], means: 'visitors' }] }));
    const withVocab = createPolicyIndex([loadPolicyFile(policy)]);
    expect(withVocab.answer('where do guests park').citations[0]?.text).toContain('bay C');
  });

  it('a malformed vocabulary file stops loading with a message naming the file and the problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vocab-bad-'));
    const policy = join(dir, 'p.md');
    writeFileSync(policy, POLICY);
    writeFileSync(join(dir, 'p.vocab.json'), JSON.stringify({ terms: [{ phrases: [], means: 'x' }] }));
    expect(() => loadPolicyFile(policy)).toThrow(PolicyFormatError);
    expect(() => loadPolicyFile(policy)).toThrow(/p\.vocab\.json.*terms\.0\.phrases/);
    expect(() => parseVocabulary('{not json', 'v.json')).toThrow(/not valid JSON/);
    expect(() => parseVocabulary(JSON.stringify({ terms: [], extra: 1 }), 'v.json')).toThrow(/invalid/);
  });

  it('a unit or CID with a page or account is a department (4.4 "Neighbourhood / Department / Officer" pages); alone it is not', () => {
    const doc = loadPolicyFile(bundledPolicyPath);
    const search = createClauseSearch(withContext([doc]).map(searchDocFor), { vocabulary: doc.vocabulary });
    const added = (q: string, label: string) => search.search(q).query.units.find((u) => u.label === label)?.added.flat() ?? [];
    expect(added('can the dog unit have its own twitter account', 'unit')).toContain(stem('department'));
    expect(added('CID want our own page, who builds it', 'cid')).toContain(stem('department'));
    expect(added('which unit deals with stolen bikes', 'unit')).not.toContain(stem('department'));
    expect(added('is CID on yammer', 'cid')).not.toContain(stem('department'));
  });
});
