import type { AdaptiveCard } from './card-kit';
import type { BotActivity } from '../ports/messenger';
import { cutGraphemes } from '../text/safe-text';

/** The message activity that carries one Adaptive Card: plain JSON, ready for the outbox. */
export function cardActivity(card: AdaptiveCard): BotActivity {
  return {
    type: 'message',
    summary: typeof card.fallbackText === 'string' ? cutGraphemes(card.fallbackText, 200) : undefined,
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
  };
}
