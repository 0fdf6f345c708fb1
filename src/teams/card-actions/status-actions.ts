import { statusSuggestionsCard, statusUseCard } from '../../cards/status-cards';
import { resolveUseAction, suggestStatuses } from '../../status';
import { statusCitations, type StatusDeps } from '../commands/status-commands';
import type { CardActionHandler } from './card-action-context';

export const suggestStatus: CardActionHandler<'status.suggest', StatusDeps> = async ({ deps, action, logger }) => {
  const intent = action.intent === '' ? undefined : action.intent;
  const result = suggestStatuses({ topic: action.topic ?? '', ...(intent ? { intent } : {}), variant: action.variant ?? 0 }, { scanner: deps.scanner });
  logger.info({ outcome: result.kind, variant: action.variant ?? 0 }, 'status suggestions made');
  return { kind: 'card', card: statusSuggestionsCard(result, statusCitations(deps)) };
};

export const useSuggestion: CardActionHandler<'status.use', Pick<StatusDeps, 'scanner'>> = async ({ deps, action }) => {
  const { verb: _verb, ...data } = action;
  const resolved = resolveUseAction(data, { scanner: deps.scanner });
  return resolved.ok ? { kind: 'card', card: statusUseCard(resolved.text) } : { kind: 'error', status: 400, text: resolved.message };
};
