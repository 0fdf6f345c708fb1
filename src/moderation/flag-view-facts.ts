/**
 * Gathers what a flag's cards show from the store, as it is now: used by the decisions (the card
 * answered to the moderator who pressed a button) and by the outbox renderer at delivery (so a
 * queued card shows the flag and the poster's record as they are when it goes out).
 */
import type { Citation } from '../policy';
import type { Repositories } from '../ports/store';
import type { Flag } from './flag';
import type { FlagCardView, FlagView, PosterHistory } from './flag-views';
import { MODERATOR_MRIS_KEY, NINETY_DAYS_MS, type ModerationDeps } from './moderation-deps';
import { truncateGraphemes } from '../text/safe-text';

type ViewDeps = Pick<ModerationDeps, 'clausesFor' | 'maskText'> & { clock: ModerationDeps['clock'] };
type FlagMessage = { kind: 'flag_card' | 'poster_notice' | 'psd_escalation'; flagId: string } | { kind: 'appeal'; flagId: string; moderatorsChannelId: string };

/** The clauses a flag's findings offend, each chosen for the finding's type and where it was posted (a file or the post text). */
export function clausesFor(flag: Flag, deps: Pick<ModerationDeps, 'clausesFor'>): Citation[] {
  const findings = flag.findings.length ? flag.findings : [{ type: 'reported', fileName: undefined }];
  const seen = new Map<string, Citation>();
  for (const finding of findings) {
    const context = finding.fileName || finding.type === 'file_upload' ? 'file' : 'channel_post';
    for (const clause of deps.clausesFor(finding.type, context)) if (!seen.has(clause.clauseId)) seen.set(clause.clauseId, clause);
  }
  return [...seen.values()];
}

/** The poster's record as moderators weigh it: upheld flags and ones still waiting; dismissed ones are not held against them. */
export async function posterHistoryOf(repos: Pick<Repositories, 'flags'>, posterId: string, now: Date): Promise<PosterHistory> {
  const since = new Date(now.getTime() - NINETY_DAYS_MS);
  const [confirmed, open] = await Promise.all([repos.flags.countForPoster(posterId, since, ['confirmed', 'escalated']), repos.flags.countForPoster(posterId, since, ['open', 'appealed'])]);
  return { confirmed, open };
}

/** The moderators' card for a flag from current state, inside whatever transaction the caller holds. */
export async function flagCardView(repos: Repositories, deps: ViewDeps, flag: Flag, banner?: string, draft?: FlagCardView['draft']): Promise<FlagCardView> {
  const [content, posterHistory, notes, mris] = await Promise.all([
    repos.postContent.get(flag.id),
    posterHistoryOf(repos, flag.posterId, deps.clock.now()),
    repos.flagActions.listForFlag(flag.id).then((actions) => actions.filter((action) => action.action === 'note')),
    repos.settings.get<string[]>(MODERATOR_MRIS_KEY),
  ]);
  // By grapheme: cutting through an emoji leaves a lone surrogate that cannot be stored or sent.
  const maskedSnippet = content ? truncateGraphemes(deps.maskText(content.text), 400) : undefined;
  return { flag, maskedSnippet, clauses: clausesFor(flag, deps), posterHistory, notes, refreshUserIds: mris ?? [], banner, draft };
}

/** The view a queued flag message shows, from the flag as it is now; undefined when the flag no longer exists. */
export async function flagViewOf(repos: Repositories, deps: ViewDeps, message: FlagMessage): Promise<FlagView | undefined> {
  const flag = await repos.flags.get(message.flagId);
  if (!flag) return undefined;
  switch (message.kind) {
    case 'flag_card':
      return { kind: 'flag_card', card: await flagCardView(repos, deps, flag) };
    case 'poster_notice':
      return { kind: 'poster_notice', flag, clauses: clausesFor(flag, deps) };
    case 'appeal':
      return { kind: 'appeal', flag, moderatorsChannelId: message.moderatorsChannelId };
    case 'psd_escalation': {
      const [content, history, posterHistory] = await Promise.all([repos.postContent.get(flag.id), repos.flagActions.listForFlag(flag.id), posterHistoryOf(repos, flag.posterId, deps.clock.now())]);
      return { kind: 'psd_escalation', flag, postText: content?.text, clauses: clausesFor(flag, deps), history, posterHistory };
    }
  }
}
