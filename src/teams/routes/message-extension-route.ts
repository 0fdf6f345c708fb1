import { z } from 'zod';
import type { ModerationDeps } from '../../moderation/moderation-deps';
import { reportPost } from '../../moderation/report-post';
import type { ScannerProvider } from '../../moderation/scanner-provider';
import type { PostsRepo } from '../../ports/posts-repo';
import { readChannelData } from '../activity-schema';
import { deepLinkOf, fileNamesOf } from '../channel-posts/post-content';
import type { KickDispatcher } from '../route-deps';
import { actorOf, placeOf, type Turn } from '../turn-info';
import { teamsLinkOrNone } from '../../text/teams-link';

/** What the "Report this post" message extension uses. */
export interface ReportSubmitDeps {
  /** The post as the bot scanned it (a watched channel), to name its author from our own record. */
  readonly store: { readonly posts: PostsRepo };
  /** The scanner with the admins' detector toggles applied. */
  readonly scanners: Pick<ScannerProvider, 'current'>;
  /** The report use case. */
  readonly moderationDeps: ModerationDeps;
  readonly kickDispatcher: KickDispatcher;
}

export const REPORT_COMMAND_ID = 'reportPost';

/** The task module that asks the reporter why. */
export function reportTaskInfo() {
  return {
    title: 'Report this post to the moderators',
    height: 'medium' as const,
    width: 'medium' as const,
    card: {
      contentType: 'application/vnd.microsoft.card.adaptive',
      content: {
        type: 'AdaptiveCard',
        $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
        version: '1.5',
        body: [
          { type: 'TextBlock', text: 'Tell the moderators what concerns you about this post. Only the moderators will see that you reported it.', wrap: true },
          { type: 'Input.Text', id: 'reason', label: 'Reason', isMultiline: true, maxLength: 1000, isRequired: true, errorMessage: 'Please give a reason' },
        ],
        actions: [{ type: 'Action.Submit', title: 'Report' }],
      },
    },
  };
}

const submitSchema = z.object({
  commandId: z.literal(REPORT_COMMAND_ID),
  data: z.object({ reason: z.string().trim().min(1).max(1000) }).passthrough(),
  messagePayload: z
    .object({
      id: z.string().min(1).max(256),
      body: z.object({ content: z.string().max(100_000).optional(), contentType: z.string().optional() }).passthrough().optional(),
      from: z.object({ user: z.object({ id: z.string(), displayName: z.string().optional(), aadObjectId: z.string().optional() }).passthrough().optional() }).passthrough().optional(),
      linkToMessage: z.string().url().optional(),
      attachments: z.array(z.object({ contentType: z.string(), name: z.string().optional(), contentUrl: z.string().optional() }).passthrough()).optional(),
    })
    .passthrough(),
});

function htmlToText(html: string): string {
  return html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/p>/gi, '\n').replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").trim();
}

/**
 * The reported message's author. The payload is written by the reporter's client, so it is
 * not proof: when the bot scanned the post itself (a watched channel) the stored poster is
 * used; otherwise the name is shown as what the reporter's client said.
 */
async function reportedAuthor(deps: ReportSubmitDeps, channelId: string, messageId: string, claimed: { id: string; displayName?: string; aadObjectId?: string } | undefined): Promise<{ id: string; name: string }> {
  const known = await deps.store.posts.get(channelId, messageId);
  const claimedName = claimed?.displayName ?? 'Unknown';
  if (known) {
    const sameAsClaimed = known.posterId === (claimed?.aadObjectId ?? claimed?.id ?? '').toLowerCase();
    return { id: known.posterId, name: sameAsClaimed ? claimedName : 'Author as recorded when the post was scanned' };
  }
  return { id: `unverified:${(claimed?.aadObjectId ?? claimed?.id ?? 'unknown').toLowerCase()}`, name: `${claimedName} (as reported, not verified)` };
}

/** composeExtension/submitAction for "Report this post": returns the message the reporter sees. */
export async function handleReportSubmit(turn: Turn, deps: ReportSubmitDeps): Promise<{ task: { type: 'message'; value: string } }> {
  const { activity, logger } = turn;
  const parsed = submitSchema.safeParse(activity.value);
  if (!parsed.success) {
    logger.warn({ issues: parsed.error.issues.length }, 'report submission rejected');
    return { task: { type: 'message', value: 'Sorry, that report could not be read, so nothing was sent. Please try again and give a reason.' } };
  }
  const { data, messagePayload } = parsed.data;
  const place = placeOf(activity);
  const channelData = readChannelData(activity.channelData);
  const reporter = actorOf(activity);
  const html = messagePayload.body?.content ?? '';
  const text = messagePayload.body?.contentType === 'html' ? htmlToText(html) : html;
  const post = { text, html, attachments: (messagePayload.attachments ?? []).filter((a) => !a.contentType.startsWith('application/vnd.microsoft.card.')) };
  const findings = (await deps.scanners.current()).scan(post);
  const channelId = place.channelId ?? place.conversationId;
  const author = messagePayload.from?.user;
  const result = await reportPost(deps.moderationDeps, {
    deliveryKey: `report:${messagePayload.id}:${reporter.aadObjectId ?? reporter.id}`,
    conversationId: channelId,
    messageId: messagePayload.id,
    channelId,
    channelName: place.channelName,
    teamId: place.teamId ?? 'no-team',
    // Only a Teams link is taken from the payload; anything else (javascript:, another site) is replaced by our own.
    deepLink: teamsLinkOrNone(messagePayload.linkToMessage) ?? (place.channelId ? deepLinkOf({ channelId, messageId: messagePayload.id, tenantId: place.tenantId, groupId: channelData.team?.aadGroupId }) : null),
    poster: await reportedAuthor(deps, channelId, messagePayload.id, author),
    reporter: { id: reporter.aadObjectId ?? reporter.id, name: reporter.name },
    reason: data.reason,
    text,
    fileNames: fileNamesOf(post),
    findings,
  });
  logger.info({ outcome: result.outcome, flagId: result.flag?.id, cardQueued: result.cardQueued }, 'post reported');
  if (result.cardQueued) deps.kickDispatcher();
  return { task: { type: 'message', value: 'Thank you. Your report has gone to the moderators. Only they can see that you reported it.' } };
}
