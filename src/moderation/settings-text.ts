/**
 * How the admins' settings read in a sentence: for the chat replies and for the settings card.
 * Pure (no store), so cards/ may import it; the settings use cases re-export it.
 */
// Parameter shapes are spelled out (not imported) because those modules re-export these functions.

export function describeSampling(settings: { ratePercent: number; weeklyCap: number }): string {
  return settings.ratePercent > 0
    ? `Dip-sampling ${settings.ratePercent}% of unflagged posts in watched channels, at most ${settings.weeklyCap} in any 7 days.`
    : `Dip-sampling is off (weekly cap ${settings.weeklyCap} when on).`;
}

export function describeOperationalHandling(handling: { mode: 'nudge' | 'nudge_and_card' }): string {
  return handling.mode === 'nudge'
    ? 'Live-incident and on-call posts get a private nudge to the poster only.'
    : 'Live-incident and on-call posts get a private nudge to the poster and a card to the moderators.';
}
