import type { Flag } from './flag';
import { enqueueFlagCard, toStoredFindings, type ScannedPost } from './flag-intake';
import type { ModerationDeps } from './moderation-deps';

export interface ReportedPost extends ScannedPost {
  poster: { id: string; name: string };
  reporter: { id: string; name: string };
  reason: string;
}

/**
 * Any member can report a post, in any channel where the bot is installed. The flag names the
 * reporter to moderators only; the post is scanned as well so moderators see what was found.
 */
export async function reportPost(deps: ModerationDeps, reported: ReportedPost): Promise<{ outcome: 'reported' | 'duplicate'; flag?: Flag; cardQueued: boolean }> {
  // The reporter's reason is free text: masked before it is stored, shown or exported.
  const report = { ...reported, reason: deps.maskText(reported.reason) };
  return deps.store.transaction(async (tx) => {
    const now = deps.clock.now();
    if (!(await tx.activities.claimActivity(report.deliveryKey, now))) return { outcome: 'duplicate' as const, cardQueued: false };
    const { flag } = await tx.flags.create({
      source: 'report', conversationId: report.conversationId, messageId: report.messageId, channelId: report.channelId, channelName: report.channelName ?? null, teamId: report.teamId,
      deepLink: report.deepLink, posterId: report.poster.id, posterName: report.poster.name, findings: toStoredFindings(report.findings),
      detectionTypes: ['reported', ...new Set(report.findings.map((f) => f.type))], reporterId: report.reporter.id, reporterName: report.reporter.name, reportReason: report.reason, createdAt: now,
    });
    await tx.flagActions.append({ flagId: flag.id, action: 'flagged', actorId: report.reporter.id, actorName: report.reporter.name, reason: `reported: ${report.reason}`, at: now });
    await tx.postContent.put(flag.id, { text: report.text, fileNames: report.fileNames }, now);
    await tx.audit.append({ actorId: report.reporter.id, actorName: report.reporter.name, action: 'flag.report', target: flag.id, reason: report.reason, at: now });
    const cardQueued = await enqueueFlagCard(tx, flag);
    return { outcome: 'reported' as const, flag, cardQueued };
  });
}
