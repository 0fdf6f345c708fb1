import type { ModerationActor } from '../moderation/actor';
import type { Clock } from '../ports/clock';
import type { AnswerExample } from '../ports/answer-examples-repo';
import type { Store } from '../ports/store';

/**
 * Learning from use, with a person in charge (the way Azure custom question answering's
 * active learning works): "Not helpful" asks which offered clause, or none, would have
 * answered; the choice is stored with the question's personal data masked; an admin
 * approves or rejects it; approved pairs become example questions the retriever matches.
 */
export interface AnswerLearningDeps {
  store: Pick<Store, 'answerExamples' | 'audit'>;
  clock: Clock;
  /** The detection engine's masking (phone numbers, emails, names...): nothing raw is stored. */
  maskText(text: string): string;
  /** Rebuilds the policy index with the approved pairs after a decision. */
  reloadExamples(): Promise<unknown>;
}

export const NONE_OF_THESE = 'none';

export async function recordChoice(
  deps: AnswerLearningDeps,
  input: { question: string; offeredClauseIds: string[]; chosen: string },
): Promise<{ ok: true; id: number } | { ok: false; message: string }> {
  const question = deps.maskText(input.question).trim();
  if (!question) return { ok: false, message: 'There was no question to learn from.' };
  const chosen = input.chosen === NONE_OF_THESE ? null : input.chosen;
  // Only a clause the card offered can be chosen: card data is untrusted.
  if (chosen !== null && !input.offeredClauseIds.includes(chosen)) return { ok: false, message: 'That choice was not one of the offered clauses.' };
  const id = await deps.store.answerExamples.propose({ questionMasked: question, offeredClauseIds: input.offeredClauseIds, chosenClauseId: chosen, at: deps.clock.now() });
  return { ok: true, id };
}

export type ReviewResult = { ok: true; pending: AnswerExample[] } | { ok: false; message: string };

const ADMINS_ONLY = 'Only admins can review suggested answers.';

export async function listForReview(deps: AnswerLearningDeps, actor: ModerationActor): Promise<ReviewResult> {
  if (!actor.roles.has('admin')) {
    await deps.store.audit.append({ actorId: actor.id, actorName: actor.name, action: 'command.refused', target: 'answers.review', at: deps.clock.now() });
    return { ok: false, message: ADMINS_ONLY };
  }
  const pending = await deps.store.answerExamples.listByStatus('pending', 10);
  await deps.store.audit.append({ actorId: actor.id, actorName: actor.name, action: 'answers.review.view', target: null, details: { pending: pending.length }, at: deps.clock.now() });
  return { ok: true, pending };
}

export async function decide(
  deps: AnswerLearningDeps,
  actor: ModerationActor,
  id: number,
  decision: 'approved' | 'rejected',
): Promise<ReviewResult & { changed?: boolean }> {
  if (!actor.roles.has('admin')) {
    await deps.store.audit.append({ actorId: actor.id, actorName: actor.name, action: 'command.refused', target: `answer-example:${id}`, at: deps.clock.now() });
    return { ok: false, message: ADMINS_ONLY };
  }
  const changed = await deps.store.answerExamples.decide(id, decision, actor.id, deps.clock.now());
  if (changed) {
    await deps.store.audit.append({ actorId: actor.id, actorName: actor.name, action: `answers.${decision === 'approved' ? 'approve' : 'reject'}`, target: `answer-example:${id}`, at: deps.clock.now() });
    if (decision === 'approved') await deps.reloadExamples();
  }
  const pending = await deps.store.answerExamples.listByStatus('pending', 10);
  return { ok: true, pending, changed };
}

/** JSON lines for carrying approved pairs to another deployment: {"question","clauseId"} per line. */
export async function exportApproved(store: Pick<Store, 'answerExamples'>): Promise<string> {
  const pairs = await store.answerExamples.approvedPairs();
  return pairs.map((p) => JSON.stringify({ question: p.question, clauseId: p.clauseId })).join('\n') + (pairs.length ? '\n' : '');
}

/**
 * Reads JSON lines of approved pairs; each question is masked again (an edited file could hold
 * personal data) and each clause id must exist in the loaded policy. Returns counts and the
 * line numbers that were refused, so nothing is dropped silently.
 */
export async function importApproved(
  deps: Pick<AnswerLearningDeps, 'store' | 'clock' | 'maskText'>,
  jsonl: string,
  knownClause: (id: string) => boolean,
  by: string,
): Promise<{ added: number; duplicates: number; refused: Array<{ line: number; problem: string }> }> {
  const refused: Array<{ line: number; problem: string }> = [];
  const pairs: Array<{ question: string; clauseId: string }> = [];
  jsonl.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return void refused.push({ line: i + 1, problem: 'not JSON' });
    }
    const v = value as { question?: unknown; clauseId?: unknown };
    if (typeof v.question !== 'string' || !v.question.trim() || typeof v.clauseId !== 'string') return void refused.push({ line: i + 1, problem: 'needs "question" and "clauseId" strings' });
    if (!knownClause(v.clauseId)) return void refused.push({ line: i + 1, problem: `unknown clause ${v.clauseId}` });
    pairs.push({ question: deps.maskText(v.question).trim().slice(0, 1000), clauseId: v.clauseId });
  });
  const added = await deps.store.answerExamples.importApproved(pairs, by, deps.clock.now());
  return { added, duplicates: pairs.length - added, refused };
}
