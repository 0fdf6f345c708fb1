import { z } from 'zod';
import { STATUS_INTENTS, type StatusDeps } from './types';
import { TOPIC_MAX_LENGTH, DRAFT_MAX_LENGTH } from './limits';
import { suggestStatuses } from './suggest-statuses';
import { checkStatus } from './check-status';

/**
 * Server side of the "Use this" button (verb `status.use`). Card data comes back from the
 * client and can't be trusted, so a suggestion is recomputed from topic + intent + variant
 * (never taken from the card), and a rewrite is checked again before it is echoed back.
 */
const SuggestionChoice = z.object({
  index: z.number().int().min(0).max(2),
  topic: z.string().max(TOPIC_MAX_LENGTH * 2),
  intent: z.enum(STATUS_INTENTS).optional(),
  variant: z.number().int().min(0).max(1_000_000).optional(),
});
const RewriteChoice = z.object({ rewrite: z.string().min(1).max(DRAFT_MAX_LENGTH * 2) });

export type UseResolution = { ok: true; text: string } | { ok: false; message: string };

const STALE = "Sorry, I couldn't use that suggestion. Please ask for new suggestions and try again.";

export function resolveUseAction(data: unknown, deps: StatusDeps): UseResolution {
  const suggestion = SuggestionChoice.safeParse(data);
  if (suggestion.success) {
    const { index, topic, intent, variant } = suggestion.data;
    const result = suggestStatuses({ topic, ...(intent ? { intent } : {}), variant: variant ?? 0 }, deps);
    const text = result.kind === 'suggestions' ? result.suggestions[index] : undefined;
    return text === undefined ? { ok: false, message: STALE } : { ok: true, text };
  }
  const rewrite = RewriteChoice.safeParse(data);
  if (rewrite.success) {
    const check = checkStatus(rewrite.data.rewrite, deps);
    return check.outcome === 'ok' ? { ok: true, text: rewrite.data.rewrite.trim() } : { ok: false, message: STALE };
  }
  return { ok: false, message: STALE };
}
