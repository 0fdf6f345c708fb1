import type { ClauseQuote, StatusCheck, StatusCitations, StatusIntent, SuggestResult } from '../status';
import { STATUS_INTENTS, TOPIC_MAX_LENGTH, findingLabel } from '../status';
import { adaptiveCard, executeAction, facts, heading, paragraph, plainText, quote, subtle, type AdaptiveCard, type CardElement } from './card-kit';
import { cutGraphemes } from '../text/safe-text';

/**
 * Cards for status suggestions and checks. Action data stays minimal: "Use this" carries
 * topic + intent + variant + index, and the server recomputes the text (resolveUseAction)
 * rather than trusting suggestion text sent back by the client. Topics in card data are the
 * cleaned topic, which has had personal information removed.
 */
export const STATUS_VERBS = { suggest: 'status.suggest', use: 'status.use' } as const;

export const INTENT_LABELS: Record<StatusIntent, string> = {
  ask_experience: 'Ask for experience or help',
  share_progress: 'Share progress',
  attending: 'Attending a meeting or event',
  collaborators: 'Look for collaborators',
};

/** Outcomes in words, with a symbol as a second cue: never colour alone. */
const CHECK_LABELS: Record<StatusCheck['outcome'], { label: string; symbol: string; color: string }> = {
  ok: { label: 'Good to post', symbol: '✔', color: 'Good' },
  personal_information: { label: 'Contains personal information', symbol: '✖', color: 'Attention' },
  not_work: { label: 'Not a work topic', symbol: '◐', color: 'Warning' },
  invalid: { label: "Couldn't check that", symbol: '?', color: 'Default' },
};

export function statusPromptCard(options: { topic?: string; intent?: StatusIntent; message?: string } = {}): AdaptiveCard {
  const body: CardElement[] = [heading('Suggest a status')];
  if (options.message) body.push(paragraph(plainText(options.message)));
  else body.push(paragraph("Tell me what you're working on and I'll suggest three status updates in the style the social media policy recommends."));
  body.push(
    {
      type: 'Input.Text',
      id: 'topic',
      label: "What are you working on?",
      placeholder: 'e.g. reviewing the ASB plan for Cannock',
      maxLength: TOPIC_MAX_LENGTH,
      isRequired: true,
      errorMessage: "Please say in a few words what you're working on.",
      ...(options.topic ? { value: cutGraphemes(options.topic, TOPIC_MAX_LENGTH) } : {}),
    },
    {
      type: 'Input.ChoiceSet',
      id: 'intent',
      label: 'What should the status do? (optional)',
      style: 'compact',
      isMultiSelect: false,
      placeholder: 'Let me choose',
      choices: STATUS_INTENTS.map((intent) => ({ title: INTENT_LABELS[intent], value: intent })),
      ...(options.intent ? { value: options.intent } : {}),
    },
    subtle("Keep it to work: no phone numbers, addresses, holidays or family news. Everyone on the network can see your status."),
  );
  return adaptiveCard(body, {
    actions: [executeAction('Suggest a status', STATUS_VERBS.suggest, { variant: 0 }, 'positive')],
    fallbackText: "Tell me what you're working on and I'll suggest a status.",
  });
}

/** The three suggestions, each with its own "Use this"; other results explain and re-prompt. */
export function statusSuggestionsCard(result: SuggestResult, citations: StatusCitations = {}): AdaptiveCard {
  if (result.kind !== 'suggestions') {
    const card = statusPromptCard({ message: result.message });
    if (result.kind === 'not_work' && citations.encouraged) card.body.splice(2, 0, clauseQuote(citations.encouraged));
    return card;
  }
  const base = { topic: result.topic, intent: result.intent, variant: result.variant };
  const body: CardElement[] = [
    heading('Status suggestions'),
    subtle(`${INTENT_LABELS[result.intent]}, built from what you told me. Pick one to copy.`),
    ...result.suggestions.map((suggestion, index) => ({
      type: 'Container',
      separator: index > 0,
      spacing: 'Medium',
      items: [
        paragraph(`${index + 1}. ${plainText(suggestion)}`),
        { type: 'ActionSet', actions: [executeAction('Use this', STATUS_VERBS.use, { index, ...base })] },
      ],
    })),
  ];
  return adaptiveCard(body, {
    actions: [executeAction('Another suggestion', STATUS_VERBS.suggest, { ...base, variant: result.variant + 1 })],
    fallbackText: result.suggestions.map((s, i) => `${i + 1}. ${s}`).join('\n'),
  });
}

/** The chosen status in a form that is easy to select and copy on a phone. */
export function statusUseCard(text: string): AdaptiveCard {
  return adaptiveCard(
    [
      heading('Your status'),
      {
        type: 'Container',
        style: 'emphasis',
        items: [{ type: 'TextBlock', text: plainText(text), wrap: true, fontType: 'Monospace' }],
      },
      { type: 'Input.Text', id: 'statusText', label: 'Select and copy', value: text, isMultiline: true, maxLength: 500 },
      subtle("Copy it into your 'What are you working on' status. Thanks for keeping it to work."),
    ],
    { fallbackText: text },
  );
}

/** The result of checking a draft: verdict in words, the policy clause, findings, rewrite. */
export function statusCheckCard(check: StatusCheck, citations: StatusCitations = {}): AdaptiveCard {
  const label = CHECK_LABELS[check.outcome];
  const body: CardElement[] = [
    { type: 'TextBlock', text: `${label.symbol} ${label.label}`, weight: 'Bolder', size: 'Large', color: label.color, wrap: true, style: 'heading' },
    paragraph(plainText(check.message)),
  ];
  const actions: CardElement[] = [];
  if (check.outcome === 'ok' || check.outcome === 'not_work') {
    if (citations.encouraged) body.push(clauseQuote(citations.encouraged));
  }
  if (check.outcome === 'personal_information') {
    body.push(subtle('What I found (masked):'));
    body.push(facts(check.findings.map((f) => [capitalise(findingLabel(f.type)), plainText(f.masked)])));
    if (citations.personalInformation) body.push(clauseQuote(citations.personalInformation));
    if (check.rewrite) {
      body.push(heading('Suggested rewrite'));
      body.push({
        type: 'Container',
        style: 'emphasis',
        items: [paragraph(plainText(check.rewrite))],
      });
      // The server re-checks this text before echoing it (resolveUseAction).
      actions.push(executeAction('Use this', STATUS_VERBS.use, { rewrite: check.rewrite }, 'positive'));
    }
  }
  if (check.outcome !== 'ok') actions.push(executeAction('Suggest a status instead', STATUS_VERBS.suggest, { variant: 0 }));
  return adaptiveCard(body, {
    ...(actions.length > 0 ? { actions } : {}),
    fallbackText: `${label.label}: ${check.message}`,
  });
}

function clauseQuote(clause: ClauseQuote): CardElement {
  const title = clause.sectionTitle ? ` ${clause.sectionTitle}` : '';
  return quote(clause.text, `Social media policy, section ${clause.section}${title} (clause ${clause.clauseId})`);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
