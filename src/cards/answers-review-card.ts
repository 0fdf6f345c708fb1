import type { Clause } from '../policy';
import type { AnswerExample } from '../ports/answer-examples-repo';
import { adaptiveCard, executeAction, heading, paragraph, plainText, subtle, type AdaptiveCard, type CardElement } from './card-kit';

/**
 * Admin review of "Not helpful" choices: each shows the masked question and the clause the
 * person picked (or "none of these"), with Approve / Reject. Approved pairs become example
 * questions the bot matches; rejected ones are kept for the record and never used.
 */
export function answersReviewCard(pending: AnswerExample[], clause: (id: string) => Clause | undefined, notice?: string): AdaptiveCard {
  const body: CardElement[] = [heading('Suggested answers to review')];
  if (notice) body.push(paragraph(notice, { color: 'Warning' }));
  if (!pending.length) body.push(paragraph('Nothing is waiting for review.'));
  else body.push(subtle('Questions are shown with personal details masked. Approve a pair only when the clause really answers the question.'));
  for (const e of pending) {
    const chosen = e.chosenClauseId ? clause(e.chosenClauseId) : undefined;
    body.push({
      type: 'Container',
      separator: true,
      items: [
        paragraph(`**Question:** ${plainText(e.questionMasked)}`),
        paragraph(
          e.chosenClauseId === null
            ? '**Answer chosen:** none of the offered clauses (the policy may not cover this)'
            : `**Answer chosen:** clause ${e.chosenClauseId}${chosen ? ` — "${plainText(chosen.text)}"` : ' (no longer in the policy)'}`,
        ),
        subtle(`Suggested ${e.createdAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`),
        {
          type: 'ActionSet',
          actions: [
            ...(e.chosenClauseId !== null && chosen ? [executeAction('Approve', 'answers.decide', { exampleId: e.id, decision: 'approved' }, 'positive')] : []),
            executeAction(e.chosenClauseId === null ? 'Noted — dismiss' : 'Reject', 'answers.decide', { exampleId: e.id, decision: 'rejected' }),
          ],
        },
      ],
    });
  }
  return adaptiveCard(body, { actions: [executeAction('Refresh', 'answers.review')], fallbackText: `${pending.length} suggested answer(s) to review` });
}
