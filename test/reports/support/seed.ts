/** Seeding helpers over the real Store port (no SQL), for report tests against PGlite/PostgreSQL. */
import type { Finding, Flag, FlagState } from '../../../src/moderation/flag';
import type { Store } from '../../../src/ports/store';

let n = 0;

export function finding(type: string, topic = 'personal-data'): Finding {
  return { type, maskedValue: type === 'email' ? 'a***@b.uk' : '07*** ***123', severity: 'high', confidence: 0.9, rule: type, policyTopic: topic };
}

export async function seedFlag(
  store: Store,
  input: { createdAt: string; channelId?: string; channelName?: string; posterId?: string; posterName?: string; types?: string[]; state?: FlagState; firstActionAfterHours?: number },
): Promise<Flag> {
  n += 1;
  const { flag } = await store.flags.create({
    source: 'scan',
    conversationId: `conv-${n}`,
    messageId: `msg-${n}-${Math.random().toString(36).slice(2)}`,
    channelId: input.channelId ?? 'chan-a',
    channelName: input.channelName ?? 'Ops',
    teamId: 'team-1',
    posterId: input.posterId ?? 'u-other',
    posterName: input.posterName ?? 'Other Person',
    findings: (input.types ?? ['phone']).map((t) => finding(t)),
    createdAt: new Date(input.createdAt),
  });
  if (!input.state || input.state === 'open') return flag;
  const patch = {
    state: input.state,
    ...(input.firstActionAfterHours !== undefined ? { firstActionAt: new Date(flag.createdAt.getTime() + input.firstActionAfterHours * 3_600_000) } : {}),
  };
  const result = await store.flags.transition(flag.id, flag.version, patch);
  if (!result.ok) throw new Error('seed transition lost');
  return result.flag;
}

export async function seedPost(store: Store, at: string, channelId: string, flagged: boolean): Promise<void> {
  n += 1;
  await store.posts.recordScan({ conversationId: `conv-p${n}`, messageId: `post-${n}`, channelId, teamId: 'team-1', posterId: 'u-any', flagged, at: new Date(at) });
}
