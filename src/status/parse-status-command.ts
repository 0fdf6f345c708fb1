/**
 * Recognises the ways people ask for status help in a chat, so the Teams route can hand the
 * text to suggestStatuses or checkStatus:
 *   "status", "suggest a status", "help me with my status"          -> { kind: 'prompt' }
 *   "status working on the new rota"                                 -> { kind: 'suggest', topic }
 *   'check status "Attending the NPCC conference"', "check my status: ..." -> { kind: 'check', draft }
 * Returns undefined for anything else.
 */
export type StatusCommand = { kind: 'prompt' } | { kind: 'suggest'; topic: string } | { kind: 'check'; draft: string };

const PROMPT = /^(?:status|suggest (?:a |my )?status|(?:help|help me) (?:with )?(?:my |a )?status|(?:can you |could you |please )?(?:help me )?(?:write|update) (?:my |a )?status(?: please)?|status (?:help|ideas|suggestions?))(?:,?\s*please)?[\s.!?]*$/i;
const CHECK = /^(?:check|review|vet)\s+(?:my\s+|this\s+|a\s+)?status\s*[:\-]?\s*([\s\S]+)$/i;
const SUGGEST = /^(?:status|suggest (?:a |my )?status(?: for)?)\s*[:\-]?\s+([\s\S]+)$/i;

export function parseStatusCommand(message: string): StatusCommand | undefined {
  const text = message.trim();
  if (PROMPT.test(text)) return { kind: 'prompt' };
  const check = CHECK.exec(text);
  if (check?.[1]) return { kind: 'check', draft: unquote(check[1]) };
  const suggest = SUGGEST.exec(text);
  if (suggest?.[1]) return { kind: 'suggest', topic: unquote(suggest[1]) };
  return undefined;
}

function unquote(text: string): string {
  return text.trim().replace(/^["'“‘](.*)["'”’]$/s, '$1').trim();
}
