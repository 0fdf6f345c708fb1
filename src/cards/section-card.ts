import type { PolicySection } from '../policy';
import { adaptiveCard, heading, paragraph, subtle, type AdaptiveCard } from './card-kit';

export function sectionCard(section: PolicySection, highlightClauseId: string | undefined, expiryNote: string | undefined): AdaptiveCard {
  const body = [
    heading(`Section ${section.id}: ${section.title}`),
    ...section.clauses.map((clause) =>
      paragraph(clause.kind === 'bullet' ? `• ${clause.text}` : clause.text, clause.id === highlightClauseId ? { weight: 'Bolder' } : {}),
    ),
  ];
  if (expiryNote) body.push(subtle(`⚠ ${expiryNote}`));
  return adaptiveCard(body, { fallbackText: `Section ${section.id}: ${section.title}` });
}
