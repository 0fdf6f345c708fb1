import type { ExternalMemberAlert } from '../ports/member-checks';
import type { Citation } from '../policy';
import { formatLondon } from '../reports/london-time';
import { adaptiveCard, executeAction, facts, heading, paragraph, plainText, quote, subtle, type AdaptiveCard, type CardElement } from './card-kit';

export interface ExternalMemberCardView {
  alert: ExternalMemberAlert;
  clause?: Citation;
  /** Shown above the card when someone pressed a button on a stale card. */
  banner?: string;
}

const REASONS: Record<ExternalMemberAlert['reason'], string> = {
  guest: 'Guest account (from outside the force)',
  other_tenant: "Account from another organisation's tenant",
};

const SOURCES: Record<ExternalMemberAlert['source'], string> = {
  member_added: 'When they were added',
  bot_installed: 'When the bot was added to the team',
  sweep: 'Daily check of teams with watched channels',
};

function outcomeLine(alert: ExternalMemberAlert): string {
  const by = alert.decidedByName ? ` by ${plainText(alert.decidedByName)}` : '';
  const when = alert.decidedAt ? `, ${formatLondon(alert.decidedAt)}` : '';
  if (alert.state === 'expected') return `**Marked expected${by}${when}:** a partner team${alert.decisionReason ? ` (${plainText(alert.decisionReason)})` : ''}. Its external members no longer alert.`;
  if (alert.state === 'raised') return `**Raised with the team owner${by}${when}.** They were sent a private note quoting the policy.`;
  return '**Waiting for a moderator.** Is this an expected partner team?';
}

/**
 * "External member added to <team>": who (display name and domain only, never the address),
 * when, how it was found, and the clause. Actions: "Expected (partner team)" with a reason, and
 * "Raise with the team owner" (only when the bot knows who added them).
 */
export function externalMemberCard(view: ExternalMemberCardView): AdaptiveCard {
  const { alert } = view;
  const team = plainText(alert.teamName ?? 'a team');
  const body: CardElement[] = [];
  if (view.banner) body.push({ type: 'Container', style: 'warning', items: [paragraph(view.banner, { weight: 'Bolder' })] });
  body.push(heading(`External member added to ${team}`, 'Large'));
  body.push(paragraph(outcomeLine(alert)));
  body.push(facts([
    ['Who', plainText(alert.memberName ?? 'Name not shown by Teams')],
    ['Domain', plainText(alert.memberDomain ?? 'unknown')],
    ['Why', REASONS[alert.reason]],
    ['When', formatLondon(alert.detectedAt)],
    ['Found', SOURCES[alert.source]],
    ...(alert.addedByName ? [['Added by', plainText(alert.addedByName)] as [string, string]] : []),
    ['Alert', alert.id],
  ]));
  if (view.clause) body.push(quote(view.clause.text, `Social media policy, section ${view.clause.section} (clause ${view.clause.clauseId})`));
  const actions: CardElement[] = [];
  if (alert.state === 'open') {
    actions.push({
      type: 'Action.ShowCard',
      title: 'Expected (partner team)',
      card: {
        type: 'AdaptiveCard',
        body: [{ type: 'Input.Text', id: 'reason', label: 'Why is this expected? (required)', isRequired: true, errorMessage: 'A reason is required', maxLength: 500, placeholder: 'e.g. joint safeguarding team with the county council' }],
        actions: [executeAction('Mark expected', 'member.expected', { alertId: alert.id }, 'positive')],
      },
    });
    if (alert.ownerRef) actions.push(executeAction('Raise with the team owner', 'member.raise', { alertId: alert.id }, 'destructive'));
    else body.push(subtle('Found by a check, not when they were added, so the bot does not know who added them. Ask the team owner directly.'));
  }
  return adaptiveCard(body, { actions, fallbackText: `External member added to ${alert.teamName ?? 'a team'} (${alert.memberDomain ?? 'unknown domain'}): ${alert.state}.` });
}
