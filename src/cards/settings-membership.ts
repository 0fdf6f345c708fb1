import type { MembershipSettingsView } from '../membership/membership-settings';
import { formatLondon } from '../reports/london-time';
import { executeAction, heading, paragraph, plainText, subtle, type CardElement } from './card-kit';

function lastCheckLines(view: MembershipSettingsView): CardElement[] {
  const check = view.lastCheck;
  if (!check) return [subtle('The daily roster check has not run yet.')];
  const when = formatLondon(new Date(check.at));
  if (check.ok) return [paragraph(`Last roster check ${when}: ${check.teamsRead} team(s) read, ${check.leaversRemoved} leaver(s) lost their roles, ${check.externalAlerted} external member(s) alerted.`)];
  return [
    paragraph(`**Last roster check ${when} did not complete.** ${plainText(check.heldBack ?? '')}`, { color: 'Warning' }),
    ...check.failures.map((f) => subtle(`${plainText(f.teamName ?? 'A team')}: ${plainText(f.problem)}`)),
  ];
}

/** The settings card's membership block: partner domains (remove buttons, an add box), partner teams, and the last roster check. */
export function settingsMembershipSection(view: MembershipSettingsView | undefined): CardElement[] {
  if (!view) return [];
  const domains: CardElement[] = view.partnerDomains.length
    ? view.partnerDomains.map((domain) => ({
        type: 'ColumnSet',
        columns: [
          { type: 'Column', width: 'stretch', items: [paragraph(plainText(domain))] },
          { type: 'Column', width: 'auto', items: [{ type: 'ActionSet', actions: [executeAction('Remove', 'settings.partner', { domain, change: 'remove' }, 'destructive')] }] },
        ],
      }))
    : [subtle('No partner domains: every external member added to a team alerts the moderators.')];
  return [
    heading('External members and leavers'),
    paragraph('**Partner domains** (their people never alert)'),
    ...domains,
    { type: 'Input.Text', id: 'domain', label: 'Add a partner domain', placeholder: 'council.gov.uk', maxLength: 253 },
    { type: 'ActionSet', actions: [executeAction('Add domain', 'settings.partner', { change: 'add' })] },
    ...(view.partnerTeams.length ? [paragraph('**Partner teams** (marked expected by a moderator)'), ...view.partnerTeams.map((t) => subtle(`${plainText(t.teamName ?? t.teamId)}: ${plainText(t.reason)}`))] : []),
    ...lastCheckLines(view),
  ];
}
