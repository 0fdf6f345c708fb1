/**
 * Spoken and regional spellings of the little words that carry a question's speech act ("do I av to", "con I", "am ah
 * allowed tae", "wanna", "is that sound or wha"), read as their standard forms before the intent is judged
 * (question-intent.ts; nineteenth session). Only function words and modals: content words are left to the search, and the
 * ranking never sees this rewrite. Each form is one British or general-English spoken spelling, not a writer's typo.
 */
const WORDS: [RegExp, string][] = [
  [/\b(?:av|'ave|ave|hav)\s+(?=to\b|got\b)/gi, 'have '],
  [/\bhafta\b/gi, 'have to'],
  [/\bgotta\b/gi, 'got to'],
  [/\bwanna\b/gi, 'want to'],
  [/\bgonna\b/gi, 'going to'],
  // "con" for "can" only where a subject follows, as a modal stands: "con I", "con we", "con it wait".
  [/\bcon\s+(?=(?:i|we|you|it|they|he|she|ah|us|me|my|our|the)\b)/gi, 'can '],
  // "ah" for "I" only as a subject beside a verb or an inverted auxiliary: "ah'm", "am ah", "can ah", "ah need".
  [/\bah(?='m\b|’m\b)/gi, 'I'],
  [/\b(am|can|could|should|would|will|do|did|may|must)\s+ah\b/gi, '$1 I'],
  [/\bah\s+(?=(?:am|can|cannae|could|need|have|want|was|will|would|should|must|do|dinnae|no)\b)/gi, 'I '],
  [/\btae\b/gi, 'to'],
  [/\bma\s+(?=(?:ain|own|work|team|home|status|profile|page|account|email|phone)\b)/gi, 'my '],
  [/\bain\b(?=\s+\w)/gi, 'own'],
];

export function standardSpellings(question: string): string {
  return WORDS.reduce((q, [re, to]) => q.replace(re, to), question);
}
