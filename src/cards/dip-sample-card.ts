import type { DipSample } from '../moderation/dip-sample';
import { RAISE_TYPES } from '../moderation/raise-types';
import { formatLondon } from '../reports/london-time';
import { adaptiveCard, executeAction, facts, heading, paragraph, plainText, quote, subtle, type AdaptiveCard, type CardElement } from './card-kit';

export interface DipSampleCardView {
  sample: DipSample;
  /** Shown above the card when someone pressed a button on a stale card. */
  banner?: string;
}

function outcomeLine(sample: DipSample): string {
  const by = sample.reviewedByName ? ` by ${plainText(sample.reviewedByName)}` : '';
  const when = sample.reviewedAt ? `, ${formatLondon(sample.reviewedAt)}` : '';
  if (sample.state === 'fine') return `**Reviewed${by}${when}:** fine, nothing to flag.`;
  if (sample.state === 'flagged') return `**Reviewed${by}${when}:** flag ${sample.flagId ?? ''} raised; it is on its own card.`;
  return '**Waiting for a moderator.** Is this post within the policy?';
}

/**
 * A dip sample: an unflagged post picked at random for a moderator's look. Distinct from a flag
 * (nothing was detected); the text is shown in full because judging it is the point, and it is
 * purged with flag text under RETENTION_DAYS.
 */
export function dipSampleCard(view: DipSampleCardView): AdaptiveCard {
  const { sample } = view;
  const body: CardElement[] = [];
  if (view.banner) body.push({ type: 'Container', style: 'warning', items: [paragraph(view.banner, { weight: 'Bolder' })] });
  body.push(heading(`Dip sample ${sample.id}`, 'Large'));
  body.push(subtle('A random unflagged post from a watched channel, for a moderator to check. Nothing was detected in it.'));
  body.push(paragraph(outcomeLine(sample)));
  body.push(facts([
    ['Poster', plainText(sample.posterName ?? 'Unknown')],
    ['Channel', plainText(sample.channelName ?? sample.channelId)],
    ['Posted', formatLondon(sample.sampledAt)],
  ]));
  body.push(sample.text !== null ? quote(plainText(sample.text.length > 1500 ? `${sample.text.slice(0, 1499)}…` : sample.text), 'Post') : subtle('The post text has been removed under the retention policy.'));
  const actions: CardElement[] = [];
  if (sample.state === 'pending') {
    actions.push(executeAction('Fine', 'sample.fine', { sampleId: sample.id }, 'positive'));
    actions.push({
      type: 'Action.ShowCard',
      title: 'Raise a flag',
      card: {
        type: 'AdaptiveCard',
        body: [
          { type: 'Input.ChoiceSet', id: 'flagType', label: 'Type', style: 'compact', isRequired: true, errorMessage: 'Choose a type', value: 'personal_information', choices: Object.entries(RAISE_TYPES).map(([value, title]) => ({ title, value })) },
          { type: 'Input.Text', id: 'reason', label: 'Reason (required)', isRequired: true, errorMessage: 'A reason is required', maxLength: 1000, isMultiline: true },
        ],
        actions: [executeAction('Raise flag', 'sample.raise', { sampleId: sample.id }, 'destructive')],
      },
    });
  }
  if (sample.deepLink) actions.push({ type: 'Action.OpenUrl', title: 'Open the post', url: sample.deepLink });
  return adaptiveCard(body, {
    actions,
    fallbackText: `Dip sample ${sample.id} from ${sample.channelName ?? 'a watched channel'}: ${sample.state === 'pending' ? 'waiting for a moderator' : sample.state}.`,
  });
}
