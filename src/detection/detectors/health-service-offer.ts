/**
 * Treatment a service offers is no one's health (dev set 13 round): "the treatment centres take referrals for physio",
 * "the hub offers counselling", "Op Courage provides detox": the subject is a provider and the sentence describes what
 * it does, as a leaflet would; capitalised place and service names in such sentences read like people's names, so the
 * frame is told before any person is looked for. Only the present tense of a provider's verbs, straight before the
 * term (or "take/accept referrals for"), counts: "the GP offered him antidepressants" or "she was offered counselling" stay hers.
 */
const OFFERED_BEFORE =
  /\b(?:(?:takes?|accepts?|offers?)\s+(?:self[- ])?referrals?\s+(?:for|to)\s+|(?:offers?|provides?|delivers?|funds?)\s+(?:(?:free|confidential|specialist)\s+)?)(?:and\s+)?$/;
/**
 * Dev set 17 round: what a place or service is recommended for ("the treatment centre is brilliant for physio", "the
 * hub is the best place for counselling"): "<good> for" straight before the term says what it is for, as a review
 * would; a person's treatment is had, booked or needed ("she's booked in for physio"), not good for.
 */
const RECOMMENDED_FOR = /\b(?:good|great|brilliant|excellent|fantastic|amazing|superb|ideal|recommended|the (?:best|place)(?: place)?)\s+for\s+$/;
// "Takes" alone is how a person takes a medicine ("he takes methadone"), so it counts only before "referrals".

export function offeredAsService(lower: string, termStart: number): boolean {
  const before = lower.slice(Math.max(0, termStart - 48), termStart);
  // RECOMMENDED_FOR ends in "for ": a native check first, so most terms cost no second regex run.
  return OFFERED_BEFORE.test(before) || (before.endsWith('for ') && RECOMMENDED_FOR.test(before));
}

/**
 * A surgery the police, a councillor or an MP holds is a meeting with the public (dev set 14 round): "beat surgery
 * cancelled today", "the ward surgery at the library", "MP's surgery"; no one's operation.
 */
const MEETING_HOST = /\b(?:beat|ward|police|councillors?|councillor's|mps?|mp's|constituency|advice|drop[- ]in|pcsos?|neighbourhood|community|street)\s+$/;
export function surgeryAsMeeting(lower: string, termStart: number, end: number): boolean {
  return /^surger(?:y|ies)$/.test(lower.slice(termStart, end)) && MEETING_HOST.test(lower.slice(Math.max(0, termStart - 24), termStart));
}
