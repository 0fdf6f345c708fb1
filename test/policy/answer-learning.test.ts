import { describe, expect, it } from 'vitest';
import { exportApproved, importApproved, recordChoice } from '../../src/answer-learning/answer-learning';
import type { AnswerExamplesRepo } from '../../src/ports/answer-examples-repo';
import type { AuditLogRepo } from '../../src/ports/audit-log-repo';

/** An in-memory repo is enough here: the SQL repositories have their own contract tests. */
function fakeStore() {
  const rows: Array<{ question: string; clauseId: string | null; offered: string[] }> = [];
  const approved: Array<{ question: string; clauseId: string }> = [];
  const answerExamples: Partial<AnswerExamplesRepo> = {
    propose: async (i) => (rows.push({ question: i.questionMasked, clauseId: i.chosenClauseId, offered: i.offeredClauseIds }), rows.length),
    approvedPairs: async () => approved,
    importApproved: async (pairs) => {
      let added = 0;
      for (const p of pairs) if (!approved.some((a) => a.question === p.question && a.clauseId === p.clauseId)) (approved.push(p), added++);
      return added;
    },
  };
  return { rows, approved, store: { answerExamples: answerExamples as AnswerExamplesRepo, audit: {} as AuditLogRepo } };
}
const clock = { now: () => new Date('2026-11-29T22:00:00Z') };
const maskText = (t: string) => t.replace(/07\d{3} ?\d{6}/g, '[PHONE]');

describe('learning from use', () => {
  it('stores the chosen clause with the question masked; only an offered clause (or none) can be chosen', async () => {
    const f = fakeStore();
    const deps = { store: f.store, clock, maskText, reloadExamples: async () => 0 };
    expect(await recordChoice(deps, { question: 'ring 07700 900123 about yammer', offeredClauseIds: ['5.b11'], chosen: '5.b11' })).toMatchObject({ ok: true });
    expect(await recordChoice(deps, { question: 'ring me', offeredClauseIds: ['5.b11'], chosen: 'none' })).toMatchObject({ ok: true });
    expect(await recordChoice(deps, { question: 'ring me', offeredClauseIds: ['5.b11'], chosen: '1.p1' })).toMatchObject({ ok: false });
    expect(f.rows).toEqual([
      { question: 'ring [PHONE] about yammer', clauseId: '5.b11', offered: ['5.b11'] },
      { question: 'ring me', clauseId: null, offered: ['5.b11'] },
    ]);
  });

  it('exports JSON lines and imports them back: masked again, unknown clauses and bad lines refused by line number', async () => {
    const f = fakeStore();
    f.approved.push({ question: 'gmail for the ward page?', clauseId: '4.2.p4' });
    const jsonl = await exportApproved(f.store);
    expect(jsonl).toBe('{"question":"gmail for the ward page?","clauseId":"4.2.p4"}\n');
    const g = fakeStore();
    const result = await importApproved(
      { store: g.store, clock, maskText },
      `${jsonl}{"question":"call 07700 900123","clauseId":"5.b11"}\nnot json\n{"question":"x","clauseId":"9.z9"}\n${jsonl}`,
      (id) => ['4.2.p4', '5.b11'].includes(id),
      'cli',
    );
    expect(result).toEqual({ added: 2, duplicates: 1, refused: [{ line: 3, problem: 'not JSON' }, { line: 4, problem: 'unknown clause 9.z9' }] });
    expect(g.approved).toEqual([{ question: 'gmail for the ward page?', clauseId: '4.2.p4' }, { question: 'call [PHONE]', clauseId: '5.b11' }]);
  });
});
