import { STATUS_INTENTS, type StatusDeps, type StatusIntent, type SuggestInput, type SuggestResult } from './types';
import { SUGGESTION_MAX_LENGTH, TOPIC_MAX_LENGTH } from './limits';
import { validateText } from './validate-input';
import { classifyNotWork } from './classify-not-work';
import { cleanTopicText } from './clean-text';
import { parseTopic, type TopicPhrase } from './parse-topic';
import { TEMPLATES, templateOrder, type Template } from './templates';
import { hasTopicWords, stripPersonal } from './strip-personal';
import { personalOnly } from './personal-only';

export const SUGGESTION_COUNT = 3;

const PERSONAL_ONLY_MESSAGE =
  "Once the personal information (like a phone number or address) is taken out, there's nothing left to build a status from. Tell me about the work itself, for example \"reviewing the ASB plan\".";
const NO_TOPIC_MESSAGE =
  "I couldn't find a topic in that. Tell me in a few words what you're working on, for example \"the new rota for response\".";

/**
 * Three status suggestions in the policy's style, built from the person's own words.
 * Pure and deterministic: the same topic, intent and variant always give the same three, so
 * a card only needs to carry those three values and the server can recompute the text.
 */
export function suggestStatuses(input: SuggestInput, allDeps: StatusDeps): SuggestResult {
  const deps = personalOnly(allDeps);
  const valid = validateText(input.topic, 'topic', TOPIC_MAX_LENGTH);
  if (!valid.ok) return { kind: 'invalid', reason: valid.reason, message: valid.message };
  const variant = normaliseVariant(input.variant);

  const notWork = classifyNotWork(valid.text);
  if (notWork) return { kind: 'not_work', ...notWork };

  // Personal information goes before anything else touches the text.
  const safe = stripPersonal(valid.text, deps.scanner);
  const cleaned = safe.text === '' ? '' : cleanTopicText(safe.text);
  const noTopic = safe.removed
    ? ({ kind: 'personal_only', message: PERSONAL_ONLY_MESSAGE } as const)
    : ({ kind: 'invalid', reason: 'empty', message: NO_TOPIC_MESSAGE } as const);
  if (!hasTopicWords(cleaned)) return noTopic;

  // Text-speak like "hols" only reads as a holiday once expanded.
  const notWorkCleaned = classifyNotWork(cleaned);
  if (notWorkCleaned) return { kind: 'not_work', ...notWorkCleaned };

  const parsed = parseTopic(cleaned);
  if (!parsed || !hasTopicWords(parsed.phrase.about)) return noTopic;
  const intent = isIntent(input.intent) ? input.intent : (parsed.cue ?? (parsed.phrase.kind === 'event' ? 'attending' : 'ask_experience'));

  const suggestions = pickSuggestions(parsed.phrase, intent, variant, deps);
  if (suggestions.length < SUGGESTION_COUNT) return { kind: 'personal_only', message: PERSONAL_ONLY_MESSAGE };
  return { kind: 'suggestions', suggestions, topic: cleaned, intent, variant };
}

function pickSuggestions(phrase: TopicPhrase, intent: StatusIntent, variant: number, deps: StatusDeps): string[] {
  // The chosen intent's templates first (in variant order), then the others as a fallback.
  const own = TEMPLATES[intent];
  const candidates: Template[] = templateOrder(variant, own.length).map((i) => own[i]!);
  for (const other of STATUS_INTENTS) if (other !== intent) candidates.push(...TEMPLATES[other]);

  const chosen: string[] = [];
  for (const template of candidates) {
    const text = renderToFit(template, phrase);
    if (text === undefined || chosen.some((c) => c.toLowerCase() === text.toLowerCase())) continue;
    // Every suggestion is scanned before it is shown, whatever went into it.
    if (deps.scanner.scan({ text }).length > 0) continue;
    chosen.push(text);
    if (chosen.length === SUGGESTION_COUNT) break;
  }
  return chosen;
}

const TRAILING_GLUE = /(?:[\s,;:\-–—]+|\s+(?:and|or|for|with|to|of|the|a|an|in|on|at|by|from|our|my|their|about|re))+$/i;

/** Renders a template, dropping words from the end of a long topic until it fits. */
export function renderToFit(template: Template, phrase: TopicPhrase): string | undefined {
  const full = template(phrase);
  if (full.length < SUGGESTION_MAX_LENGTH) return full;
  const textWords = phrase.text.split(' ');
  const aboutWords = phrase.about.split(' ');
  for (let drop = 1; drop < aboutWords.length; drop++) {
    const shorter: TopicPhrase = {
      kind: phrase.kind,
      text: trimWords(textWords, drop),
      about: trimWords(aboutWords, drop),
    };
    if (!hasTopicWords(shorter.about)) return undefined;
    const text = template(shorter);
    if (text.length < SUGGESTION_MAX_LENGTH) return text;
  }
  return undefined;
}

function trimWords(ws: string[], drop: number): string {
  return ws.slice(0, Math.max(1, ws.length - drop)).join(' ').replace(TRAILING_GLUE, '');
}

function isIntent(value: unknown): value is StatusIntent {
  return typeof value === 'string' && (STATUS_INTENTS as readonly string[]).includes(value);
}

/** Card data may carry anything: a missing, negative or fractional variant becomes a safe integer. */
export function normaliseVariant(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 0;
  return Math.min(Math.abs(Math.trunc(value)), 1_000_000);
}
