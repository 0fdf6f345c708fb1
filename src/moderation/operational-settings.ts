import type { Clock } from '../ports/clock';
import type { Store } from '../ports/store';
import { forbidden, type ModerationActor, type Refusal } from './actor';

/** How live-incident / on-call posts are handled; kept in the settings table. */
export const OPERATIONAL_HANDLING_KEY = 'operational.handling';

export type OperationalMode = 'nudge' | 'nudge_and_card';

export interface OperationalHandling {
  /** 'nudge': a private note to the poster only (default). 'nudge_and_card': also a moderators' flag card. */
  mode: OperationalMode;
  /** Where such traffic belongs, in the force's words; quoted in the nudge. */
  guidance: string;
}

export const DEFAULT_OPERATIONAL_HANDLING: OperationalHandling = {
  mode: 'nudge',
  guidance: 'For a live incident or an on-call matter, use the control room, Airwave or the on-call procedure instead.',
};

export const MAX_GUIDANCE_LENGTH = 300;

export type OperationalChange = { mode: OperationalMode } | { guidance: string };

/** The text after "operational": "nudge", "card" (nudge and card), or "guidance <line>". */
export function parseOperationalChange(text: string): OperationalChange | { problem: string } | undefined {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (!trimmed) return undefined;
  const lower = trimmed.toLowerCase();
  if (/^(nudge|nudge only)$/.test(lower)) return { mode: 'nudge' };
  if (/^(card|cards|nudge (and|\+|&) card|nudge and moderators?)$/.test(lower)) return { mode: 'nudge_and_card' };
  const guidance = /^guidance[:\s]+(.+)$/i.exec(trimmed);
  if (guidance) {
    const line = guidance[1]!.trim().replace(/^["'“‘](.*)["'”’]$/s, '$1').trim();
    if (line.length < 10 || line.length > MAX_GUIDANCE_LENGTH) return { problem: `The guidance line must be between 10 and ${MAX_GUIDANCE_LENGTH} characters.` };
    return { guidance: line };
  }
  return { problem: 'Say "operational nudge" (a private note to the poster only), "operational card" (the note plus a moderators\' card) or "operational guidance <where such traffic belongs>".' };
}

const ADMIN_ONLY = 'Sorry, only network admins can change how live-incident posts are handled. I have noted the request.';

export async function changeOperationalHandling(store: Store, clock: Clock, actor: ModerationActor, change: OperationalChange): Promise<({ ok: true; handling: OperationalHandling }) | Refusal> {
  if (!actor.roles.has('admin')) {
    await store.audit.append({ actorId: actor.id, actorName: actor.name, action: 'command.refused', target: null, reason: 'not an admin', details: { command: 'operational' }, at: clock.now() });
    return forbidden(ADMIN_ONLY);
  }
  return store.transaction(async (tx) => {
    const before = (await tx.settings.getForUpdate<OperationalHandling>(OPERATIONAL_HANDLING_KEY)) ?? DEFAULT_OPERATIONAL_HANDLING;
    const handling: OperationalHandling = { ...before, ...change };
    await tx.settings.set(OPERATIONAL_HANDLING_KEY, handling, actor.id);
    await tx.audit.append({ actorId: actor.id, actorName: actor.name, action: 'settings.operational', target: null, details: { mode: handling.mode, guidanceChanged: 'guidance' in change, previousMode: before.mode }, at: clock.now() });
    return { ok: true as const, handling };
  });
}

export { describeOperationalHandling } from './settings-text';
