import { PassThrough, Readable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { runAsk } from '../../src/cli/commands/ask';
import { createPolicyIndex, type PolicyIndex } from '../../src/policy';
import { loadPolicyFile } from '../../src/app/load-policy-file';
import { bundledPolicyPath, languageOptions } from './policy-fixtures';

let index: PolicyIndex;
beforeAll(async () => {
  index = createPolicyIndex([loadPolicyFile(bundledPolicyPath)], await languageOptions());
});

async function run(question: string | undefined, stdin: string, json: boolean): Promise<string> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (c: Buffer) => chunks.push(c));
  await runAsk(index, question, Readable.from([stdin]), output, { json });
  output.end();
  return Buffer.concat(chunks).toString('utf8');
}

describe('runAsk', () => {
  it('prints a readable answer for one question', async () => {
    const out = await run('can i attach a PDF to my yammer post?', '', false);
    expect(out).toMatch(/^Not allowed \(confidence 0\.\d\d\)\n/);
    expect(out).toContain('[5.b16] section 5 Yammer: Employees should refrain from uploading files into Yammer');
    expect(out).toContain('Note: this policy is marked as expired');
  });

  it('prints one JSON object with --json', async () => {
    const out = await run('What is the canteen menu today?', '', true);
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const obj = JSON.parse(lines[0]);
    expect(obj).toMatchObject({ question: 'What is the canteen menu today?', verdict: 'not_covered', citations: [] });
    expect(typeof obj.confidence).toBe('number');
    expect(obj.answer).toContain('extension 2270');
  });

  it('--json adds "alternatives" (up to three) and confidence below 0.5 when unsure, and keeps the other fields', async () => {
    // Seventeenth session: with the dev examples' none class, "what are the rules on sharing stuff" is refused (p(none)
    // 0.75 -> 0.96); this test is about the unsure answer's fields, so it asks another vague question.
    const obj = JSON.parse((await run('what about sharing stuff', '', true)).trim());
    expect(obj.confidence).toBeLessThan(0.5);
    expect(obj.alternatives.length).toBeGreaterThanOrEqual(1);
    expect(obj.alternatives.length).toBeLessThanOrEqual(3);
    for (const c of obj.alternatives) expect(Object.keys(c).sort()).toEqual(['clauseId', 'section', 'sectionTitle', 'text']);
    expect(Object.keys(obj)).toEqual(expect.arrayContaining(['question', 'verdict', 'confidence', 'citations', 'answer']));
    const sure = JSON.parse((await run('can i attach a PDF to my yammer post?', '', true)).trim());
    expect(sure.confidence).toBeGreaterThanOrEqual(0.5);
    expect(sure.alternatives).toBeUndefined();
  });

  it('reads one question per line from stdin and writes JSON lines', async () => {
    const out = await run(undefined, 'can I use my hotmail for the team twitter?\n\n  who hosts yammer  \r\nhow do I claim overtime?', false);
    const rows = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((r) => r.question)).toEqual(['can I use my hotmail for the team twitter?', 'who hosts yammer', 'how do I claim overtime?']);
    expect(rows.map((r) => r.verdict)).toEqual(['not_allowed', 'info', 'not_covered']);
    expect(rows[0].citations[0]).toMatchObject({ clauseId: '4.2.p4', section: '4.2', text: 'Personal email addresses must NOT be used for any social media accounts.' });
  });
});
