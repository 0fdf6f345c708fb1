import type { FlagView } from '../moderation/flag-views';
import { appealCard } from './appeal-card';
import type { AdaptiveCard } from './card-kit';
import { flagCard } from './flag-card';
import { posterNoticeCard } from './poster-notice-card';
import { psdEscalationCard } from './psd-escalation-card';

/** The card for any view of a flag: answered to a button press (teams/) or delivered from the outbox (app/). */
export function flagViewCard(view: FlagView): AdaptiveCard {
  switch (view.kind) {
    case 'flag_card':
      return flagCard(view.card);
    case 'poster_notice':
      return posterNoticeCard(view.flag, view.clauses, view.reply);
    case 'psd_escalation':
      return psdEscalationCard(view);
    case 'appeal':
      return appealCard(view.flag, view.moderatorsChannelId);
  }
}
