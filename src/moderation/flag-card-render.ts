import { flagCard } from '../cards/flag-card';
import type { AdaptiveCard } from '../cards/card-kit';
import type { Citation } from '../policy';
import type { Flag, FlagAction, Repositories } from '../ports/store';
import { MODERATOR_MRIS_KEY, NINETY_DAYS_MS, type ModerationDeps } from './moderation-deps';
import { truncateGraphemes } from '../text/safe-text';

export function clausesFor(flag: Flag, deps: Pick<ModerationDeps, 'clauseFor'>): Citation[] {
  const topics = new Set(flag.findings.map((finding) => finding.policyTopic ?? 'personal_information'));
  if (flag.findings.length === 0) topics.add('personal_information');
  return [...topics].map((topic) => deps.clauseFor(topic)).filter((c): c is Citation => Boolean(c));
}

/** Renders the moderators' card for a flag from current state, inside whatever transaction the caller holds. */
export async function renderFlagCard(repos: Repositories, deps: ModerationDeps, flag: Flag, banner?: string): Promise<AdaptiveCard> {
  const now = deps.clock.now();
  const [content, count, notes, mris] = await Promise.all([
    repos.postContent.get(flag.id),
    repos.flags.countForPoster(flag.posterId, new Date(now.getTime() - NINETY_DAYS_MS)),
    repos.flagActions.listForFlag(flag.id).then((actions) => actions.filter((action) => action.action === 'note')),
    repos.settings.get<string[]>(MODERATOR_MRIS_KEY),
  ]);
  return flagCardFrom(deps, flag, { content, posterFlagCount90d: count, notes, refreshUserIds: mris ?? [], banner });
}

/** The card from everything it shows, already in hand (no queries). */
export function flagCardFrom(
  deps: Pick<ModerationDeps, 'clauseFor' | 'maskText'>,
  flag: Flag,
  view: { content?: { text: string }; posterFlagCount90d: number; notes: FlagAction[]; refreshUserIds: string[]; banner?: string },
): AdaptiveCard {
  return flagCard({
    flag,
    maskedSnippet: view.content ? truncate(deps.maskText(view.content.text), 400) : undefined,
    clauses: clausesFor(flag, deps),
    posterFlagCount90d: view.posterFlagCount90d,
    notes: view.notes,
    refreshUserIds: view.refreshUserIds,
    banner: view.banner,
  });
}

function truncate(text: string, max: number): string {
  // By grapheme: cutting through an emoji leaves a lone surrogate that cannot be stored or sent.
  return truncateGraphemes(text, max);
}
