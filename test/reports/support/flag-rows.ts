/** Builders for hand-worked report tests: full Flag objects with only the interesting fields varied. */
import type { Finding, Flag } from '../../../src/moderation/flag';

let seq = 0;

export function flagRow(over: Partial<Flag> & { createdAt: Date }): Flag {
  seq += 1;
  const findings: Finding[] = over.findings ?? (over.detectionTypes ?? ['phone']).map((type) => ({
    type,
    maskedValue: type === 'email' ? 'j***@example.police.uk' : '07*** ***123',
    severity: 'high',
    confidence: 0.9,
    rule: `${type}-rule`,
    policyTopic: type === 'email' ? 'contact-details' : 'personal-data',
  }));
  return {
    id: `F-TEST${String(seq).padStart(4, '0')}`,
    source: 'scan',
    conversationId: `conv-${seq}`,
    messageId: `msg-${seq}`,
    channelId: 'chan-a',
    channelName: 'Ops',
    teamId: 'team-1',
    deepLink: null,
    posterId: 'user-1',
    posterName: 'Alex Example',
    detectionTypes: findings.map((f) => f.type),
    state: 'open',
    reporterId: null,
    reporterName: null,
    reportReason: null,
    escalationReason: null,
    appealReason: null,
    dismissReason: null,
    lastActorId: null,
    lastActorName: null,
    updatedAt: over.createdAt,
    firstActionAt: null,
    resolvedAt: null,
    resolvedBy: null,
    version: 1,
    cardOutboxId: null,
    cardActivityId: null,
    ...over,
    findings,
  };
}

export const at = (iso: string): Date => new Date(iso);
export const plusHours = (d: Date, h: number): Date => new Date(d.getTime() + h * 3_600_000);
