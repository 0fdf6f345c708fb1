import { describe, expect, it } from 'vitest';
import { createPolicyIndex, parsePolicy } from '../../src/policy';

const markdown = `# Acceptable Use of Teams

OFFICIAL - Policy owned by Digital Services

## 1. Purpose

This policy explains how **all staff** use Microsoft Teams. It applies to officers and police staff.

## 2. Channels

### 2.1 Creating channels

* Staff *can* create a channel for a project team.
- Channels **must not** be used to share intelligence reports.

### 2.2 Files

1. Staff should not upload exhibits to a channel.
2. Links to SharePoint are fine.

For enquiries about this policy, contact the Digital Service Desk.
`;

describe('parsePolicy on Markdown', () => {
  const doc = parsePolicy(markdown, 'policies/teams-use.md');

  it('reads # headings as sections, numbered or not, with parents', () => {
    expect(doc.sections.map((s) => [s.id, s.title, s.parentId])).toEqual([
      ['1', 'Purpose', undefined],
      ['2', 'Channels', undefined],
      ['2.1', 'Creating channels', '2'],
      ['2.2', 'Files', '2'],
    ]);
  });

  it('takes the title, marking, owner and contact as metadata', () => {
    expect(doc.id).toBe('teams-use');
    expect(doc.metadata).toMatchObject({
      title: 'Acceptable Use of Teams',
      protectiveMarking: 'OFFICIAL',
      owner: 'Digital Services',
      expired: false,
      contact: 'For enquiries about this policy, contact the Digital Service Desk.',
    });
  });

  it('turns -, * and numbered items into bullets and strips emphasis', () => {
    expect(doc.clauses.map((c) => [c.id, c.kind, c.text])).toEqual([
      ['1.p1', 'sentence', 'This policy explains how all staff use Microsoft Teams.'],
      ['1.p2', 'sentence', 'It applies to officers and police staff.'],
      ['2.1.b1', 'bullet', 'Staff can create a channel for a project team.'],
      ['2.1.b2', 'bullet', 'Channels must not be used to share intelligence reports.'],
      ['2.2.b1', 'bullet', 'Staff should not upload exhibits to a channel.'],
      ['2.2.b2', 'bullet', 'Links to SharePoint are fine.'],
    ]);
  });

  it('answers from a Markdown policy without an expiry note', () => {
    const index = createPolicyIndex([doc]);
    const a = index.answer('can I share intelligence reports in a channel?');
    expect(a.verdict).toBe('not_allowed');
    expect(a.citations[0]?.clauseId).toBe('2.1.b2');
    expect(a.expiryNote).toBeUndefined();
  });

  it('detects Markdown by content when the source has no extension', () => {
    expect(parsePolicy(markdown, 'from-admin-upload').sections.map((s) => s.id)).toEqual(['1', '2', '2.1', '2.2']);
  });
});
