import type { Answer, Verdict } from '../policy';
import { adaptiveCard, executeAction, heading, paragraph, quote, subtle, type AdaptiveCard } from './card-kit';

/** Verdicts in words, with a symbol as a second cue: never colour alone. */
export const VERDICT_LABELS: Record<Verdict, { label: string; symbol: string; color: string }> = {
  allowed: { label: 'Allowed', symbol: '✔', color: 'Good' },
  not_allowed: { label: 'Not allowed', symbol: '✖', color: 'Attention' },
  conditional: { label: 'Allowed with conditions', symbol: '◐', color: 'Warning' },
  info: { label: 'For information', symbol: 'ℹ', color: 'Accent' },
  not_covered: { label: 'Not covered by the policy', symbol: '?', color: 'Default' },
};

export function answerCard(answer: Answer): AdaptiveCard {
  const verdict = VERDICT_LABELS[answer.verdict];
  const body = [
    { type: 'TextBlock', text: `${verdict.symbol} ${verdict.label}`, weight: 'Bolder', size: 'Large', color: verdict.color, wrap: true, style: 'heading' },
    paragraph(answer.answer),
    ...answer.citations.map((citation) => quote(citation.text, `Social media policy, section ${citation.section} ${citation.sectionTitle} (clause ${citation.clauseId})`)),
  ];
  if (answer.contact && answer.verdict === 'not_covered') body.push(subtle(answer.contact));
  if (answer.expiryNote) body.push(subtle(`⚠ ${answer.expiryNote}`));
  const top = answer.citations[0];
  const actions = [];
  if (top) actions.push(executeAction('Show the whole section', 'policy.section', { clauseId: top.clauseId }));
  const feedbackData = { clauseId: top?.clauseId ?? null, verdict: answer.verdict };
  actions.push(executeAction('Helpful', 'policy.feedback', { ...feedbackData, helpful: true }));
  actions.push(executeAction('Not helpful', 'policy.feedback', { ...feedbackData, helpful: false }));
  return adaptiveCard([...body, subtle('Was this helpful?')], {
    actions,
    fallbackText: `${verdict.label}: ${answer.answer}${top ? ` (section ${top.section}: "${top.text}")` : ''}`,
  });
}

export function feedbackThanksCard(answerSummary: string): AdaptiveCard {
  return adaptiveCard([heading('Thanks for the feedback'), paragraph(answerSummary), subtle('Your feedback is recorded without your question or your name.')]);
}
