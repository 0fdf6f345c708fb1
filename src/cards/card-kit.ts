/**
 * Small helpers shared by the card builders. Cards are plain JSON (Adaptive Card schema 1.5),
 * so builders stay pure functions that tests can validate against the official schema.
 */
export type CardElement = Record<string, unknown>;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardElement[];
  refresh?: { action: CardElement; userIds?: string[] };
  fallbackText?: string;
  msteams?: { width: 'Full' };
  [key: string]: unknown;
}

export function adaptiveCard(body: CardElement[], extra: Partial<AdaptiveCard> = {}): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...extra,
  };
}

export function heading(text: string, size: 'Medium' | 'Large' = 'Medium'): CardElement {
  return { type: 'TextBlock', text, weight: 'Bolder', size, wrap: true, style: 'heading' };
}

export function paragraph(text: string, options: Record<string, unknown> = {}): CardElement {
  return { type: 'TextBlock', text, wrap: true, ...options };
}

export function subtle(text: string): CardElement {
  return { type: 'TextBlock', text, wrap: true, isSubtle: true, size: 'Small' };
}

export function quote(text: string, attribution: string): CardElement {
  return {
    type: 'Container',
    style: 'emphasis',
    items: [paragraph(`"${text}"`, { fontType: 'Default' }), subtle(attribution)],
  };
}

export function facts(pairs: Array<[string, string]>): CardElement {
  return { type: 'FactSet', facts: pairs.map(([title, value]) => ({ title, value })) };
}

export function executeAction(title: string, verb: string, data: Record<string, unknown> = {}, style?: 'positive' | 'destructive'): CardElement {
  return { type: 'Action.Execute', title, verb, data: { verb, ...data }, ...(style ? { style } : {}) };
}

/**
 * Text shown in cards may come from users (names, reasons). Adaptive Card TextBlocks render a
 * Markdown subset, so neutralise the characters that would turn input into links or formatting.
 */
export function plainText(text: string): string {
  return text.replace(/[\\*_`~[\]()#>|]/g, (ch) => `\\${ch}`);
}
