import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/policy';
import { loadPolicyFile } from '../../src/app/load-policy-file';
import { bundledPolicyPath } from './policy-fixtures';

const doc = loadPolicyFile(bundledPolicyPath);
const byId = (id: string) => doc.clauses.find((c) => c.id === id);

describe('parsePolicy on the bundled social media policy', () => {
  it('finds the numbered sections and subsections with their parents', () => {
    expect(doc.sections.map((s) => s.id)).toEqual(['1', '2', '3', '4', '4.1', '4.2', '4.3', '4.4', '5']);
    expect(doc.sections.filter((s) => s.parentId === '4').map((s) => s.id)).toEqual(['4.1', '4.2', '4.3', '4.4']);
    expect(doc.sections.find((s) => s.id === '4.2')?.title).toBe('Corporate pages');
    expect(doc.sections.find((s) => s.id === '5')?.title).toBe('Yammer');
  });

  it('merges the duplicated "1." headings into one section keeping both titles', () => {
    const one = doc.sections.filter((s) => s.id === '1');
    expect(one).toHaveLength(1);
    expect(one[0].title).toContain('Policy Purpose and key drivers');
    expect(one[0].title).toContain('Introduction');
  });

  it('cuts paragraphs into sentences and keeps each bullet whole', () => {
    const counts = Object.fromEntries(doc.sections.map((s) => [s.id, s.clauses.length]));
    expect(counts).toEqual({ '1': 11, '2': 6, '3': 4, '4': 0, '4.1': 4, '4.2': 16, '4.3': 2, '4.4': 14, '5': 35 });
    expect(doc.clauses).toHaveLength(92);
    expect(doc.clauses.filter((c) => c.kind === 'bullet')).toHaveLength(46);
    expect(byId('5.b16')?.text).toBe(
      'Employees should refrain from uploading files into Yammer, as these should be shared via email and shared folders. Files uploaded into Yammer are open to everybody. Employees are able to upload useful links into Yammer.',
    );
  });

  it('rejoins the sentence broken across a blank line in section 5', () => {
    expect(byId('5.p7')?.text).toBe('Anyone with a Staffordshire Police Force email address will be able to access the system from a work device or home PC.');
    expect(doc.clauses.some((c) => c.text.endsWith('Staffordshire Police'))).toBe(false);
    expect(doc.clauses.some((c) => c.text.startsWith('Force email address'))).toBe(false);
  });

  it('reads the metadata and keeps it out of the clauses', () => {
    expect(doc.metadata).toEqual({
      title: 'Social Media',
      protectiveMarking: 'NOT PROTECTIVELY MARKED',
      ownerLine: 'NOT PROTECTIVELY MARKED Policy owned by OSDG',
      owner: 'OSDG',
      expired: true,
      expiryWarning: 'WARNING - THIS INFORMATION HAS EXPIRED Please contact the OSDG department',
      contact: 'For enquiries regarding this policy, please contact the Web Communications Team on extension 2270.',
      source: bundledPolicyPath,
    });
    const all = doc.clauses.map((c) => c.text).join('\n');
    expect(all).not.toMatch(/EXPIRED|PROTECTIVELY|extension 2270/);
  });

  it('cleans the stray "·" bullet glyphs', () => {
    expect(readFileSync(bundledPolicyPath, 'utf8')).toContain('- · Communicate');
    expect(doc.clauses.some((c) => c.text.includes('·'))).toBe(false);
    expect(byId('4.4.b2')?.text).toBe('Communicate with the communities we serve');
    expect(byId('5.b1')?.text).toBe('Increased transparency and collaboration between staff');
  });

  it('keeps the bullets that lost their markers as bullets', () => {
    expect(byId('2.b3')).toMatchObject({ kind: 'bullet', text: 'building two way relationships with members of the public;' });
    expect(byId('2.b4')).toMatchObject({ kind: 'bullet', text: 'providing timely updates and responses to discussions about issues affecting the community' });
    expect(byId('5.b14')).toMatchObject({ kind: 'bullet', text: 'Employees should not set up new communities to connect with external groups.' });
    expect(byId('2.p2')?.text).toMatch(/^To ensure that officers represent the Force/);
  });

  it('gives every clause a unique id, its section title and the document id, deterministically', () => {
    const ids = doc.clauses.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of doc.clauses) {
      expect(c.id).toMatch(new RegExp(`^${c.sectionId.replace('.', '\\.')}\\.[pb]\\d+$`));
      expect(c.documentId).toBe('social-media-policy');
      expect(c.sectionTitle).toBe(doc.sections.find((s) => s.id === c.sectionId)?.title);
    }
    const again = parsePolicy(readFileSync(bundledPolicyPath, 'utf8'), 'elsewhere/social-media-policy.txt');
    expect(again.clauses.map((c) => [c.id, c.text])).toEqual(doc.clauses.map((c) => [c.id, c.text]));
  });

  it('copes with CRLF line endings and a BOM', () => {
    const crlf = `\uFEFF${readFileSync(bundledPolicyPath, 'utf8').replace(/\n/g, '\r\n')}`;
    const parsed = parsePolicy(crlf, 'policy.txt');
    expect(parsed.clauses.map((c) => c.text)).toEqual(doc.clauses.map((c) => c.text));
  });
});
