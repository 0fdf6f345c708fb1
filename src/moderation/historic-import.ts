/**
 * Network audit findings into the moderators' queue as "historic" flags (`policy-bot audit
 * --import`). Each exported message with findings becomes one flag, keyed by the export's own
 * group and message ids, so importing the same export again adds nothing. Flags are written in
 * batches (one transaction each) and their cards are queued through the normal outbox, spread
 * out over time: at most `cardsPerMinute` historic cards fall due each minute, well inside
 * Teams' per-conversation limit, so live flag cards are never stuck behind a backlog of years.
 */
import type { ChannelSetting } from './channel-settings';
import { MODERATORS_CHANNEL_KEY } from './channel-settings';
import { enqueueFlagCard } from './flag-intake';
import type { ModerationDeps } from './moderation-deps';
import type { Finding } from './flag';

/** One finding of an exported message, as the audit keeps it: the masked value only, never the matched text. */
export interface HistoricFinding {
  type: string;
  masked: string;
  policyTopic: string;
  severity: string;
  rule: string;
  fileName?: string;
}

/**
 * An exported message with findings, as the import needs it. Declared here, not taken from
 * src/audit, so moderation does not depend on the audit (which depends on reports, which depends on
 * moderation); the audit's FlaggedMessage has these fields, so the CLI passes its rows as they are.
 */
export interface HistoricMessage {
  id: string;
  groupId: string;
  groupName: string;
  senderId: string;
  senderName?: string;
  /** ISO 8601 where the export's value could be read, else the raw value (or empty). */
  createdAt: string;
  link?: string;
  hits: HistoricFinding[];
}

export interface HistoricImportOptions {
  /** Names the export in conversation ids ("engage", "graph"): flags from different exports never collide. */
  sourceKind: string;
  /** For the audit log and each flag's first action: the export's file name, no personal data. */
  sourceLabel: string;
  batchSize?: number;
  /** Historic cards due per minute; Teams allows about 120 a minute per conversation. Default 30. */
  cardsPerMinute?: number;
  /** Who ran the import (the CLI passes the OS user), for the audit log. */
  actorId: string;
}

export interface HistoricImportResult {
  created: number;
  alreadyImported: number;
  cardsQueued: number;
  /** When the last queued card falls due: how long moderators' cards will keep arriving. */
  lastCardDueAt: Date | null;
}

const toFindings = (hits: HistoricFinding[]): Finding[] =>
  hits.map((h) => ({ type: h.type, maskedValue: h.masked, severity: h.severity, confidence: 1, rule: h.rule, policyTopic: h.policyTopic, fileName: h.fileName }));

export async function importHistoricFlags(deps: ModerationDeps, messages: Iterable<HistoricMessage>, options: HistoricImportOptions): Promise<HistoricImportResult> {
  const batchSize = Math.max(1, options.batchSize ?? 100);
  const perMinute = Math.min(120, Math.max(1, options.cardsPerMinute ?? 30));
  const start = deps.clock.now();
  const result: HistoricImportResult = { created: 0, alreadyImported: 0, cardsQueued: 0, lastCardDueAt: null };
  let batch: HistoricMessage[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const current = batch;
    batch = [];
    await deps.store.transaction(async (tx) => {
      const moderators = await tx.settings.get<ChannelSetting>(MODERATORS_CHANNEL_KEY);
      for (const m of current) {
        const { flag, created } = await tx.flags.create({
          source: 'historic', conversationId: `${options.sourceKind}:${m.groupId}`, messageId: m.id, channelId: m.groupId, channelName: m.groupName,
          teamId: options.sourceKind, deepLink: m.link ?? null, posterId: m.senderId, posterName: m.senderName ?? null,
          findings: toFindings(m.hits), createdAt: deps.clock.now(),
        });
        if (!created) {
          result.alreadyImported++;
          continue;
        }
        result.created++;
        await tx.flagActions.append({ flagId: flag.id, action: 'flagged', reason: `historic: found by a network audit of ${options.sourceLabel} (posted ${m.createdAt || 'on an unknown date'})` });
        // Without a moderators' channel the flag waits; "set moderators" queues its card later.
        if (!moderators) continue;
        const dueAt = new Date(start.getTime() + Math.floor(result.cardsQueued / perMinute) * 60_000);
        await enqueueFlagCard(tx, flag, { notBefore: dueAt });
        result.cardsQueued++;
        result.lastCardDueAt = dueAt;
      }
    });
  };
  for (const m of messages) {
    batch.push(m);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  await deps.store.audit.append({ actorId: options.actorId, action: 'audit.import', target: options.sourceLabel, details: { created: result.created, alreadyImported: result.alreadyImported, cardsQueued: result.cardsQueued } });
  return result;
}
