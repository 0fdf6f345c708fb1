import type { Citation } from '../policy';
import { adaptiveCard, heading, paragraph, plainText, quote, subtle, type AdaptiveCard } from './card-kit';

export interface OperationalNudgeView {
  channelName: string | null;
  clause?: Citation;
  /** The admins' line on where such traffic belongs. */
  guidance: string;
  /** True when the moderators were also sent a card. */
  moderatorsTold: boolean;
}

/**
 * The private, immediate nudge for a post that looks like live-incident or on-call traffic.
 * Kind and quick to read on a phone between jobs: what, why (the clause), where instead.
 */
export function operationalNudgeCard(view: OperationalNudgeView): AdaptiveCard {
  const where = plainText(view.channelName ?? 'a channel');
  return adaptiveCard(
    [
      heading('A quick word about your post'),
      paragraph(`Your post in ${where} looks like it is about a live incident or an on-call matter. The staff network is not watched around the clock, so a request there can be missed.`),
      paragraph(`**${plainText(view.guidance)}**`),
      ...(view.clause ? [quote(view.clause.text, `Social media policy, section ${view.clause.section} (clause ${view.clause.clauseId})`)] : []),
      subtle(view.moderatorsTold ? 'The moderators have also been told. Only you and they can see this.' : 'Nothing else happens: this note is only to you.'),
    ],
    { fallbackText: `Your post in ${view.channelName ?? 'a channel'} looks like live-incident or on-call traffic. ${view.guidance}` },
  );
}
