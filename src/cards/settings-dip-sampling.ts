import type { ModerationSettingsView } from '../moderation/settings-view';
import { describeOperationalHandling, describeSampling } from '../moderation/settings-text';
import { heading, paragraph, plainText, subtle, type CardElement } from './card-kit';

/** The settings card's dip-sampling block: what is set, how much of the cap is used, how to change it. */
export function settingsDipSamplingSection(view: Pick<ModerationSettingsView, 'sampling' | 'operational'>): CardElement[] {
  const { sampling, operational } = view;
  const out: CardElement[] = operational
    ? [
        heading('Live-incident and on-call posts'),
        paragraph(describeOperationalHandling(operational)),
        subtle(`The nudge says: "${plainText(operational.guidance)}". Change with "operational nudge", "operational card" or "operational guidance ...".`),
      ]
    : [];
  if (!sampling) return out;
  return [
    ...out,
    heading('Dip-sampling'),
    paragraph(describeSampling(sampling)),
    subtle(`${sampling.lastSevenDays} sampled in the last 7 days. Change with "sample 2%", "sample 2% cap 40" or "sample off".`),
  ];
}
