import { describeSampling } from '../moderation/dip-sample-settings';
import type { SettingsView } from '../moderation/settings-view';
import { heading, paragraph, subtle, type CardElement } from './card-kit';

/** The settings card's dip-sampling block: what is set, how much of the cap is used, how to change it. */
export function settingsDipSamplingSection(view: Pick<SettingsView, 'sampling'>): CardElement[] {
  const { sampling } = view;
  if (!sampling) return [];
  return [
    heading('Dip-sampling'),
    paragraph(describeSampling(sampling)),
    subtle(`${sampling.lastSevenDays} sampled in the last 7 days. Change with "sample 2%", "sample 2% cap 40" or "sample off".`),
  ];
}
