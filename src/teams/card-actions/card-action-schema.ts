import { z } from 'zod';
import { RAISE_TYPE_IDS } from '../../moderation/raise-types';

/**
 * Every Action.Execute the bot's cards can send, one member per verb with its own typed data.
 * Card data is untrusted (a client can send anything), so ids are bounded and shapes are strict;
 * roles are never read from here.
 */
const flagId = z.string().regex(/^F-[0-9A-Z]{4,16}$/);
const sampleId = z.string().regex(/^S-[0-9A-Z]{4,16}$/);
const alertId = z.string().regex(/^X-[0-9A-Z]{4,16}$/);
const shortText = (max: number) => z.string().trim().max(max);
const verdict = z.enum(['allowed', 'not_allowed', 'conditional', 'info', 'not_covered']);
const statusIntent = z.enum(['ask_experience', 'share_progress', 'attending', 'collaborators']);

export const cardActionSchema = z.discriminatedUnion('verb', [
  z.object({ verb: z.literal('policy.section'), clauseId: shortText(64).min(1) }),
  // The question rides in the card's own data so the refreshed card can show the same answer again;
  // it is the asker's own text in their own chat and is never stored unmasked.
  z.object({ verb: z.literal('policy.feedback'), clauseId: shortText(64).min(1).nullable(), verdict, helpful: z.boolean(), question: shortText(500).optional() }),
  z.object({ verb: z.literal('policy.choose'), question: shortText(500).min(1), offered: z.array(shortText(64).min(1)).max(6), chosen: shortText(64).min(1) }),
  z.object({ verb: z.literal('answers.decide'), exampleId: z.coerce.number().int().positive(), decision: z.enum(['approved', 'rejected']) }),
  z.object({ verb: z.literal('answers.review') }),
  z.object({ verb: z.literal('status.suggest'), topic: shortText(400).optional(), intent: z.union([statusIntent, z.literal('')]).optional(), variant: z.coerce.number().int().min(0).max(1000).optional() }),
  // "Use this" carries either the suggestion's recipe (topic, intent, variant, index) or a checked rewrite;
  // the server recomputes or re-checks the text, never echoing card data as is.
  z.object({
    verb: z.literal('status.use'),
    topic: shortText(400).optional(),
    intent: statusIntent.optional(),
    variant: z.coerce.number().int().min(0).max(1000).optional(),
    index: z.coerce.number().int().min(0).max(2).optional(),
    rewrite: shortText(600).optional(),
  }),
  z.object({ verb: z.literal('flag.refresh'), flagId }),
  z.object({ verb: z.literal('flag.dismiss'), flagId, dismissReason: shortText(100).optional(), dismissReasonText: shortText(500).optional() }),
  z.object({ verb: z.literal('flag.confirm'), flagId }),
  z.object({ verb: z.literal('flag.escalate'), flagId, escalationReason: shortText(1000).optional() }),
  z.object({ verb: z.literal('flag.note'), flagId, note: shortText(1000).optional() }),
  z.object({ verb: z.literal('poster.fixed'), flagId }),
  z.object({ verb: z.literal('poster.appeal'), flagId, appealReason: shortText(1000).optional() }),
  z.object({ verb: z.literal('settings.unwatch'), channelId: shortText(300).min(1) }),
  z.object({ verb: z.literal('settings.detector'), detectorType: shortText(40).min(1), enabled: z.boolean() }),
  z.object({ verb: z.literal('settings.refresh') }),
  z.object({ verb: z.literal('sample.fine'), sampleId }),
  z.object({ verb: z.literal('sample.raise'), sampleId, flagType: z.enum(RAISE_TYPE_IDS), reason: shortText(1000).min(1) }),
  z.object({ verb: z.literal('member.expected'), alertId, reason: shortText(500).min(1) }),
  z.object({ verb: z.literal('member.raise'), alertId }),
  z.object({ verb: z.literal('settings.partner'), change: z.enum(['add', 'remove']), domain: shortText(300).optional() }),
]);

export type CardAction = z.infer<typeof cardActionSchema>;
export type CardActionVerb = CardAction['verb'];

/** The invoke value Teams sends for Action.Execute. Inputs on the card are merged into data by the client. */
export const actionInvokeValueSchema = z.object({
  action: z.object({ type: z.literal('Action.Execute'), verb: z.string().min(1).max(64), data: z.record(z.unknown()).optional() }),
  trigger: z.enum(['manual', 'automatic']).optional(),
});

export function parseCardAction(invokeValue: unknown): { ok: true; action: CardAction; trigger: 'manual' | 'automatic' } | { ok: false; problem: string } {
  const value = actionInvokeValueSchema.safeParse(invokeValue);
  if (!value.success) return { ok: false, problem: 'not an Action.Execute invoke' };
  const action = cardActionSchema.safeParse({ ...(value.data.action.data ?? {}), verb: value.data.action.verb });
  if (!action.success) return { ok: false, problem: `invalid data for ${value.data.action.verb}: ${action.error.issues.map((i) => i.path.join('.') || i.code).join(', ')}` };
  return { ok: true, action: action.data, trigger: value.data.trigger ?? 'manual' };
}
