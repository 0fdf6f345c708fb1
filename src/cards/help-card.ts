import { adaptiveCard, heading, paragraph, subtle, type AdaptiveCard } from './card-kit';

/** Who may use a command: the help card shows a person only what their roles let them do. */
export type HelpAudience = 'everyone' | 'moderator' | 'admin' | 'psd';

export interface HelpEntry {
  audience: HelpAudience;
  /** The command kinds (as the message parser names them) this line explains; a test checks every kind is listed. */
  commands: string[];
  text: string;
}

/**
 * Every command, once, under the role that can use it (the same roles the handlers check on the
 * server). Kept as data so a test can prove no command is missing from help.
 */
export const HELP_ENTRIES: HelpEntry[] = [
  { audience: 'everyone', commands: ['question'], text: 'Ask about the social media policy, for example "Can I upload files?" or "Can I set up a group with people from the council?"' },
  { audience: 'everyone', commands: ['status'], text: '**status**: get suggestions for your "What are you working on" status' },
  { audience: 'everyone', commands: ['check_status'], text: '**check status "..."**: check a draft status for personal information' },
  { audience: 'everyone', commands: [], text: '**Report this post** (a post\'s ⋯ menu, More actions): ask the moderators to look at a post' },
  { audience: 'everyone', commands: ['help'], text: '**help**: this list' },
  { audience: 'moderator', commands: ['queue'], text: '**queue**: the open and appealed flags, oldest first, each with a link to its card' },
  { audience: 'admin', commands: ['watch', 'unwatch'], text: '**watch** / **unwatch**: start or stop checking posts in this channel' },
  { audience: 'admin', commands: ['set_moderators', 'set_psd'], text: '**set moderators** / **set psd**: choose where flag cards and escalations go (two different channels)' },
  { audience: 'admin', commands: ['settings'], text: '**settings**: detectors, channels, role holders, dip-sampling and live-incident handling' },
  { audience: 'admin', commands: ['grant', 'revoke'], text: '**grant moderator @Name** / **revoke moderator @Name** (also admin, psd)' },
  { audience: 'admin', commands: ['sample'], text: '**sample 2%**, **sample 2% cap 40**, **sample off**: dip-sample unflagged posts for the moderators' },
  { audience: 'admin', commands: ['operational'], text: '**operational nudge** / **operational card** / **operational guidance ...**: how live-incident posts are handled' },
  { audience: 'admin', commands: ['partner'], text: '**partners**, **partner add council.gov.uk**, **partner remove ...**: partner domains whose people never alert when added to a team' },
  { audience: 'admin', commands: ['answers_review'], text: '**answers review**: approve or reject questions the bot could learn from' },
  { audience: 'psd', commands: ['report'], text: '**report**, **report 30d**, **report 2026-11-01 2026-11-21**: the report card' },
  { audience: 'psd', commands: ['export', 'audit'], text: '**export csv [period]**, **audit F-XXXXXXXX**: the flags as a file, and one flag\'s history' },
];

const SECTION_TITLES: Record<HelpAudience, string> = { everyone: 'Everyone', moderator: 'Moderators', admin: 'Admins', psd: 'Professional Standards' };

export function helpCard(options: { isAdmin?: boolean; isModerator?: boolean; isPsd?: boolean } = {}): AdaptiveCard {
  const shown: Record<HelpAudience, boolean> = { everyone: true, moderator: !!options.isModerator, admin: !!options.isAdmin, psd: !!options.isPsd };
  const audiences = (Object.keys(SECTION_TITLES) as HelpAudience[]).filter((audience) => shown[audience]);
  // One role: a plain list. Several: a short heading per role, so an admin sees which lines are theirs.
  const sections = audiences.flatMap((audience) => [
    ...(audiences.length > 1 ? [paragraph(`**${SECTION_TITLES[audience]}**`, { spacing: 'Medium' })] : []),
    ...HELP_ENTRIES.filter((entry) => entry.audience === audience).map((entry) => paragraph(`• ${entry.text}`, { spacing: 'Small' })),
  ]);
  return adaptiveCard(
    [heading('What I can do'), ...sections, subtle('In a channel, @mention me first. I answer from the force social media policy and quote the clause.')],
    { fallbackText: 'Ask me about the social media policy, or type "status" for status suggestions.' },
  );
}

export function welcomeCard(): AdaptiveCard {
  return adaptiveCard(
    [
      heading('Hello, I am the Social Media Policy Bot', 'Large'),
      paragraph('I answer questions about the force social media policy and quote the clause I rely on. @mention me with a question, for example "Can I upload files to the network?"'),
      paragraph('Admins can ask me to watch channels for personal information and uploaded files, so moderators can follow up.'),
      subtle('Type "help" to see everything I can do.'),
    ],
    { fallbackText: 'Hello, I am the Social Media Policy Bot. Type "help" to see what I can do.' },
  );
}
