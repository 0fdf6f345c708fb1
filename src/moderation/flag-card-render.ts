import { flagCard, type FlagCardView } from '../cards/flag-card';
import type { AdaptiveCard } from '../cards/card-kit';
import type { Citation } from '../policy';
import type { Repositories } from '../ports/store';
import type { Flag } from './flag';
import type { FlagAction } from './flag-action';
import { MODERATOR_MRIS_KEY, NINETY_DAYS_MS, type ModerationDeps } from './moderation-deps';
import { truncateGraphemes } from '../text/safe-text';

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
export async function posterHistoryOf(repos: Repositories, posterId: string, now: Date): Promise<FlagCardView['posterHistory']> {
  const since = new Date(now.getTime() - NINETY_DAYS_MS);
  const [confirmed, open] = await Promise.all([repos.flags.countForPoster(posterId, since, ['confirmed', 'escalated']), repos.flags.countForPoster(posterId, since, ['open', 'appealed'])]);
  return { confirmed, open };
}

/** Renders the moderators' card for a flag from current state, inside whatever transaction the caller holds. */
export async function renderFlagCard(repos: Repositories, deps: ModerationDeps, flag: Flag, banner?: string, draft?: FlagCardView['draft']): Promise<AdaptiveCard> {
  const [content, posterHistory, notes, mris] = await Promise.all([
    repos.postContent.get(flag.id),
    posterHistoryOf(repos, flag.posterId, deps.clock.now()),
    repos.flagActions.listForFlag(flag.id).then((actions) => actions.filter((action) => action.action === 'note')),
    repos.settings.get<string[]>(MODERATOR_MRIS_KEY),
  ]);
  return flagCardFrom(deps, flag, { content, posterHistory, notes, refreshUserIds: mris ?? [], banner, draft });
}

/** The card from everything it shows, already in hand (no queries). */
export function flagCardFrom(
  deps: Pick<ModerationDeps, 'clausesFor' | 'maskText'>,
  flag: Flag,
  view: { content?: { text: string }; posterHistory: FlagCardView['posterHistory']; notes: FlagAction[]; refreshUserIds: string[]; banner?: string; draft?: FlagCardView['draft'] },
): AdaptiveCard {
  return flagCard({
    flag,
    maskedSnippet: view.content ? truncate(deps.maskText(view.content.text), 400) : undefined,
    clauses: clausesFor(flag, deps),
    posterHistory: view.posterHistory,
    notes: view.notes,
    refreshUserIds: view.refreshUserIds,
    banner: view.banner,
    draft: view.draft,
  });
}

function truncate(text: string, max: number): string {
  // By grapheme: cutting through an emoji leaves a lone surrogate that cannot be stored or sent.
  return truncateGraphemes(text, max);
}
