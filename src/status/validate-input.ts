import type { InvalidReason } from './types';

export type Validated = { ok: true; text: string } | { ok: false; reason: InvalidReason; message: string };

const MESSAGES: Record<'topic' | 'draft', Record<InvalidReason, (max: number) => string>> = {
  topic: {
    empty: () => "Tell me in a few words what you're working on (for example \"reviewing the ASB plan\") and I'll suggest a status.",
    too_long: (max) => `That's a bit long for a status. Could you sum up what you're working on in under ${max} characters?`,
    not_text: () => "I can only suggest a status from a short piece of text. Tell me in a few words what you're working on.",
  },
  draft: {
    empty: () => 'Paste the status you want to post and I\'ll check it, for example: check status "Attending the NPCC conference".',
    too_long: (max) => `That draft is longer than ${max} characters. A status works best as one short sentence: could you shorten it?`,
    not_text: () => 'I can only check a status written as text. Paste the words you want to post.',
  },
};

/**
 * Inputs arrive from card data and the command line, so they are `unknown` until checked here.
 * Length is measured on the trimmed text: leading/trailing spaces from phone keyboards don't count.
 */
export function validateText(value: unknown, kind: 'topic' | 'draft', max: number): Validated {
  if (typeof value !== 'string') return fail('not_text', kind, max);
  const text = value.replace(/\s+/g, ' ').trim();
  // Strip invisible characters before deciding emptiness, so "\u200b" counts as empty.
  if (text.replace(/[\u200b-\u200d\ufeff\s]/g, '') === '') return fail('empty', kind, max);
  if ([...text].length > max) return fail('too_long', kind, max);
  return { ok: true, text };
}

function fail(reason: InvalidReason, kind: 'topic' | 'draft', max: number): Validated {
  return { ok: false, reason, message: MESSAGES[kind][reason](max) };
}
