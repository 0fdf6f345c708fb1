import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/detection';
import { runStatus } from '../../src/cli/commands/status';

const deps = { scanner: { scan } };
const citations = {
  encouraged: { clauseId: '5.b1', section: '5', sectionTitle: 'Yammer', text: "employees are encouraged to update their own 'What are you working on' status with work related topics." },
  personalInformation: { clauseId: '5.b2', section: '5', sectionTitle: 'Yammer', text: 'Staff should not use their status to publish personal information, as all employees are able to see all updates.' },
};

function run(args: Parameters<typeof runStatus>[0], withCitations = false): string {
  const out = new PassThrough();
  let text = '';
  out.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  runStatus(args, out, withCitations ? { ...deps, citations } : deps);
  return text;
}

describe('runStatus', () => {
  it('prints three numbered suggestions', () => {
    const lines = run({ text: 'working on the new rota for response', json: false }).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    lines.forEach((line, i) => expect(line).toMatch(new RegExp(`^${i + 1}\\. .*rota for response`)));
  });

  it('prints {"suggestions": [...]} with --json, honouring intent and variant', () => {
    const body = JSON.parse(run({ text: 'the burglary project', json: true, intent: 'collaborators', variant: 1 }));
    expect(Object.keys(body)).toEqual(['suggestions']);
    expect(body.suggestions).toHaveLength(3);
    const other = JSON.parse(run({ text: 'the burglary project', json: true, intent: 'collaborators', variant: 0 }));
    expect(other.suggestions).not.toEqual(body.suggestions);
  });

  it('explains instead of suggesting for non-work topics', () => {
    expect(run({ text: 'off to Spain for 2 weeks', json: false }, true)).toMatch(/Holiday plans.*\nPolicy section 5 \(clause 5\.b1\)/s);
    expect(JSON.parse(run({ text: '', json: true }))).toMatchObject({ suggestions: [], kind: 'invalid', reason: 'empty' });
  });

  it('checks a draft: ok', () => {
    expect(run({ check: 'Attending NPIA meeting, will keep you updated on outcomes', json: false }, true)).toMatch(/^OK: .*\nPolicy section 5 \(clause 5\.b1\): "employees are encouraged/s);
    expect(JSON.parse(run({ check: 'Attending NPIA meeting', json: true }))).toEqual({ outcome: 'ok', findings: [], message: expect.any(String) });
  });

  it('checks a draft: personal information, masked, with a rewrite', () => {
    const text = run({ check: 'Working on the ASB plan, ring me on 07700 900123', json: false }, true);
    expect(text).toMatch(/^PERSONAL INFORMATION/);
    expect(text).toMatch(/a phone number: 07700 9•+23/);
    expect(text).toMatch(/Suggested rewrite: Working on the ASB plan\.\n$/);
    expect(text).not.toMatch(/900123/);
    const body = JSON.parse(run({ check: 'Working on the ASB plan, ring me on 07700 900123', json: true }));
    expect(body).toMatchObject({ outcome: 'personal_information', rewrite: 'Working on the ASB plan.' });
    expect(body.findings).toEqual([{ type: 'phone', masked: expect.stringContaining('•') }]);
  });

  it('checks a draft: not_work and invalid, with no rewrite key', () => {
    const body = JSON.parse(run({ check: "I'm in Spain for two weeks from Saturday", json: true }));
    expect(body).toMatchObject({ outcome: 'not_work', reason: 'whereabouts', findings: [] });
    expect(body).not.toHaveProperty('rewrite');
    expect(run({ check: '', json: false })).toMatch(/^CANNOT CHECK \(empty\)/);
  });
});
