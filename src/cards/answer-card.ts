import { HEADER_SECTION, type Answer, type Citation, type PolicySection, type Verdict } from '../policy';
import { adaptiveCard, executeAction, paragraph, plainText, quote, subtle, type AdaptiveCard, type CardElement } from './card-kit';

/** Verdicts in words, with a symbol as a second cue: never colour alone. */
export const VERDICT_LABELS: Record<Verdict, { label: string; symbol: string; color: string }> = {
  allowed: { label: 'Allowed', symbol: '✔', color: 'Good' },
  not_allowed: { label: 'Not allowed', symbol: '✖', color: 'Attention' },
  conditional: { label: 'Allowed with conditions', symbol: '◐', color: 'Warning' },
  info: { label: 'For information', symbol: 'ℹ', color: 'Accent' },
  not_covered: { label: 'Not covered by the policy', symbol: '?', color: 'Default' },
};

/** Where the person is in the feedback exchange; the answer itself stays on the card throughout. */
export type FeedbackState = 'ask' | 'helpful' | 'choose' | 'chosen';

export interface AnswerCardView {
  question: string;
  answer: Answer;
  /** The section holding the top clause, shown in place by "Show the whole section". */
  section?: PolicySection;
  /** The answer each "Did you mean..." clause gives, in the order of `answer.alternatives`. */
  alternatives?: Answer[];
  feedback?: FeedbackState;
}

const SECTION_ID = 'wholeSection';
const MAX_QUESTION = 500;

/** The opening sentence: what the verdict means for the person, without repeating the clause. */
export function leadSentence(answer: Answer): string {
  switch (answer.verdict) {
    case 'allowed':
      return 'Yes, the policy allows this.';
    case 'not_allowed':
      return 'No, the policy does not allow this.';
    case 'conditional':
      return answer.condition ? `Yes, with a condition: ${answer.condition}.` : 'Only under the conditions in the clause below.';
    case 'info':
      return 'Here is what the policy says.';
    case 'not_covered':
      return answer.answer;
  }
}

function verdictHeading(answer: Answer, unsure: boolean): CardElement {
  const v = VERDICT_LABELS[answer.verdict];
  return { type: 'TextBlock', text: `${v.symbol} ${unsure ? `Not sure — closest answer: ${v.label.toLowerCase()}` : v.label}`, weight: 'Bolder', size: 'Large', color: v.color, wrap: true, style: 'heading' };
}

// Header lines (owner, expiry, contact) are not in a numbered section: name them by what they tell.
const isHeader = (c: Citation) => c.section === HEADER_SECTION;
const attribution = (c: Citation) => (isHeader(c) ? `Social media policy, header: ${c.sectionTitle}` : `Social media policy, section ${c.section} ${c.sectionTitle} (clause ${c.clauseId})`);

/** Verdict, lead and the quoted clause: shared by the main answer and each "Did you mean..." choice. */
function answerBody(answer: Answer, unsure: boolean): CardElement[] {
  const [top, ...more] = answer.citations;
  const body: CardElement[] = [verdictHeading(answer, unsure)];
  if (unsure) body.push(paragraph("I'm not sure I've understood the question. This is the closest part of the policy:"));
  // An unsure fact answer's lead ("Here is what the policy says.") would only introduce the clause a second time.
  if (!(unsure && answer.verdict === 'info')) body.push(paragraph(plainText(leadSentence(answer))));
  if (top) body.push(quote(top.text, attribution(top)));
  if (more.length) body.push(subtle('Also relevant:'), ...more.map((c) => quote(c.text, attribution(c))));
  return body;
}

export function answerCard(view: AnswerCardView): AdaptiveCard {
  const { answer } = view;
  const unsure = answer.confidence < 0.5 && answer.verdict !== 'not_covered';
  const body = answerBody(answer, unsure);
  if (answer.expiryNote) body.push(subtle(`⚠ ${answer.expiryNote}`));

  const top = answer.citations[0];
  const actions: CardElement[] = [];
  if (top && view.section) {
    body.push({
      type: 'Container',
      id: SECTION_ID,
      isVisible: false,
      separator: true,
      items: [
        { type: 'TextBlock', text: `Section ${view.section.id}: ${view.section.title}`, weight: 'Bolder', wrap: true },
        ...view.section.clauses.map((c) => paragraph(c.kind === 'bullet' ? `• ${c.text}` : c.text, c.id === top.clauseId.split(':').pop() ? { weight: 'Bolder' } : {})),
      ],
    });
    actions.push({ type: 'Action.ToggleVisibility', title: 'Show the whole section', targetElements: [SECTION_ID] });
  }

  // Each choice on its own line with its clause wrapped in full view (buttons truncate long titles on phones),
  // and a button that opens that clause's answer in place.
  const alternatives = answer.alternatives ?? [];
  if (alternatives.length && view.alternatives?.length) {
    body.push({ type: 'TextBlock', text: 'Did you mean…', weight: 'Bolder', wrap: true, separator: true });
    alternatives.slice(0, 3).forEach((c, i) => {
      const alt = view.alternatives?.[i];
      body.push({
        type: 'Container',
        spacing: 'Small',
        items: [
          paragraph(`${i + 1}. ${choiceTitle(c, 140)}`),
          {
            type: 'ActionSet',
            actions: [{ type: 'Action.ShowCard', title: `Show answer ${i + 1}`, card: adaptiveCardBody(alt ? answerBody(alt, false) : [quote(c.text, attribution(c))]) }],
          },
        ],
      });
    });
  }

  body.push(...feedbackPart(view));
  if (!view.feedback || view.feedback === 'ask') {
    const data = { question: view.question.slice(0, MAX_QUESTION), clauseId: top?.clauseId ?? null, verdict: answer.verdict };
    actions.push(executeAction('Helpful', 'policy.feedback', { ...data, helpful: true }));
    actions.push(executeAction('Not helpful', 'policy.feedback', { ...data, helpful: false }));
  }
  if (view.feedback === 'choose') {
    actions.push(executeAction('Send', 'policy.choose', { question: view.question.slice(0, MAX_QUESTION), offered: offeredIds(answer) }, 'positive'));
  }
  return adaptiveCard(body, {
    actions,
    fallbackText: `${VERDICT_LABELS[answer.verdict].label}: ${leadSentence(answer)}${top ? ` ${isHeader(top) ? 'Header' : `Section ${top.section}`}: "${top.text}"` : ''}`,
  });
}

/** The clauses the person can say would have answered: what the card showed. */
export function offeredIds(answer: Answer): string[] {
  return [...answer.citations, ...(answer.alternatives ?? [])].map((c) => c.clauseId).filter((id, i, all) => all.indexOf(id) === i).slice(0, 6);
}

function feedbackPart(view: AnswerCardView): CardElement[] {
  switch (view.feedback ?? 'ask') {
    case 'ask':
      return [subtle('Was this helpful?')];
    case 'helpful':
      return [{ type: 'TextBlock', text: 'Thanks for the feedback — glad that helped.', wrap: true, separator: true, color: 'Good' }];
    case 'choose': {
      const choices = [...view.answer.citations, ...(view.answer.alternatives ?? [])]
        .filter((c, i, all) => all.findIndex((x) => x.clauseId === c.clauseId) === i)
        .slice(0, 6)
        .map((c) => ({ title: choiceTitle(c, 90), value: c.clauseId }));
      return [
        { type: 'TextBlock', text: 'Sorry that did not help. Which part of the policy would have answered your question?', wrap: true, separator: true, weight: 'Bolder' },
        { type: 'Input.ChoiceSet', id: 'chosen', style: 'expanded', isRequired: true, errorMessage: 'Pick one, or "None of these".', label: 'The clause that answers it', value: 'none', choices: [...choices, { title: 'None of these', value: 'none' }] },
        subtle('Your question is stored with personal details masked, and an admin reviews it before the bot learns from it.'),
      ];
    }
    case 'chosen':
      return [{ type: 'TextBlock', text: 'Thanks — an admin will review your choice. Approved choices help the bot answer the next person who asks.', wrap: true, separator: true, color: 'Good' }];
  }
}

function choiceTitle(c: Citation, max = 60): string {
  const text = c.text.length > max ? `${c.text.slice(0, max - 1).trimEnd()}…` : c.text;
  return isHeader(c) ? `Header: ${text}` : `Section ${c.section}: ${text}`;
}

function adaptiveCardBody(body: CardElement[]): CardElement {
  const { $schema: _schema, ...card } = adaptiveCard(body);
  return card;
}
