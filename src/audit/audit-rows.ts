/**
 * The audit's output rows (one per finding) and the summary the HTML report charts. Rows carry
 * masked values only; post text appears solely when PSD asked for it (see audit-options.ts).
 */
import { posterPseudonym } from '../reports/pseudonym';
import type { AuditCounts, AuditTally } from './audit-tally';
import type { FlaggedMessage } from './audit-types';
import { yearOf } from './export-dates';

export interface AuditRow {
  messageId: string;
  threadId: string;
  group: string;
  senderId: string;
  date: string;
  type: string;
  maskedValue: string;
  clause: string;
  link: string;
  text?: string;
}

/** Topic ('personal_information', 'file_upload', any new one) to the clause it offends, as text. */
export type ClauseResolver = (policyTopic: string) => string | undefined;

export function rowsOfMessage(m: FlaggedMessage, clauseFor: ClauseResolver): AuditRow[] {
  return m.hits.map((h) => ({
    messageId: m.id,
    threadId: m.threadId,
    group: m.groupName,
    senderId: m.senderId,
    date: m.createdAt,
    type: h.type,
    maskedValue: h.type === 'file_upload' ? h.fileName ?? h.masked : h.masked,
    clause: clauseFor(h.policyTopic) ?? '',
    link: m.link ?? '',
    ...(m.text !== undefined ? { text: m.text } : {}),
  }));
}

/** Every row: flagged messages in export order, then files no message attached. */
export function* auditRows(tally: AuditTally, clauseFor: ClauseResolver): Generator<AuditRow> {
  for (const m of tally.latestFlagged()) yield* rowsOfMessage(m, clauseFor);
  for (const { file, hits } of tally.unattachedFiles()) {
    for (const h of hits) {
      yield {
        messageId: '', threadId: '', group: file.groupName || file.groupId || '(no group)', senderId: file.uploaderId, date: file.createdAt,
        type: h.type, maskedValue: h.fileName ?? file.name, clause: clauseFor(h.policyTopic) ?? '', link: file.downloadUrl ?? '',
      };
    }
  }
}

export interface Count {
  label: string;
  value: number;
}

export interface PosterCount {
  pseudonym: string;
  senderId: string;
  senderName?: string;
  flaggedMessages: number;
  findings: number;
}

export interface AuditSummary {
  counts: AuditCounts;
  byType: Count[];
  byGroup: Count[];
  byYear: Count[];
  topPosters: PosterCount[];
  /** Every poster with a finding, for the PSD key file. */
  posters: PosterCount[];
}

const sortedCounts = (map: Map<string, number>): Count[] =>
  [...map].map(([label, value]) => ({ label, value })).sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));

export function summarise(tally: AuditTally, topN = 10): AuditSummary {
  const counts = tally.finish();
  const byType = new Map<string, number>();
  const byGroup = new Map<string, number>();
  const byYear = new Map<string, number>();
  const posters = new Map<string, PosterCount>();
  const add = (map: Map<string, number>, key: string, n = 1) => map.set(key, (map.get(key) ?? 0) + n);
  const addPoster = (senderId: string, senderName: string | undefined, findings: number) => {
    if (!senderId) return;
    const p = posters.get(senderId) ?? { pseudonym: posterPseudonym(senderId), senderId, senderName, flaggedMessages: 0, findings: 0 };
    p.flaggedMessages++;
    p.findings += findings;
    p.senderName ??= senderName;
    posters.set(senderId, p);
  };
  for (const m of tally.latestFlagged()) {
    for (const h of m.hits) add(byType, h.type);
    add(byGroup, m.groupName, m.hits.length);
    add(byYear, yearOf(m.createdAt), m.hits.length);
    addPoster(m.senderId, m.senderName, m.hits.length);
  }
  for (const { file, hits } of tally.unattachedFiles()) {
    for (const h of hits) add(byType, h.type);
    add(byGroup, file.groupName || file.groupId || '(no group)', hits.length);
    add(byYear, yearOf(file.createdAt), hits.length);
    addPoster(file.uploaderId, undefined, hits.length);
  }
  const allPosters = [...posters.values()].sort((a, b) => b.findings - a.findings || b.flaggedMessages - a.flaggedMessages || a.pseudonym.localeCompare(b.pseudonym));
  return {
    counts,
    byType: sortedCounts(byType),
    byGroup: sortedCounts(byGroup),
    byYear: [...byYear].map(([label, value]) => ({ label, value })).sort((a, b) => a.label.localeCompare(b.label)),
    topPosters: allPosters.slice(0, topN),
    posters: allPosters,
  };
}
