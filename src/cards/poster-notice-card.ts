import type { Citation } from '../policy';
import type { Flag } from '../moderation/flag';
import { findingLabel } from '../status/finding-labels';
import { adaptiveCard, executeAction, facts, heading, paragraph, plainText, quote, subtle, type AdaptiveCard, type CardElement } from './card-kit';
import { placeLabel } from './place-label';

const WHEN = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** "Tuesday 24 November at 14:05" (London time): how a person remembers when they posted. */
export function friendlyLondonTime(date: Date): string {
  const parts = Object.fromEntries(WHEN.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.weekday} ${parts.day} ${parts.month} at ${parts.hour}:${parts.minute}`;
}

/** "a phone number, 07700 9•••23" for each finding (masked: the notice never repeats the value in full). */
function foundLines(flag: Flag): CardElement[] {
  if (flag.findings.length === 0) return [paragraph('• something a colleague asked the moderators to look at')];
  const seen = new Set<string>();
  return flag.findings.flatMap((finding) => {
    const value = finding.fileName ? `“${finding.fileName}”` : finding.maskedValue;
    const line = `${findingLabel(finding.type)}, ${value}`;
    if (seen.has(line)) return [];
    seen.add(line);
    return [paragraph(`• ${plainText(line)}`)];
  });
}

function nextSteps(flag: Flag): string[] {
  const hasFile = flag.findings.some((finding) => finding.type === 'file_upload' || finding.fileName);
  const steps = [
    flag.deepLink ? 'Open the post with the button below.' : 'Find the post in the channel named above.',
    hasFile
      ? 'Edit the post to remove the file (or delete the post), and share the file by email or a shared folder instead; a link to the folder is fine.'
      : 'Edit the post to take those details out, or delete it. If a colleague needs them, send them privately through the usual systems.',
    'Then press **I’ve fixed it**. If you think this is a mistake, press **I think this is wrong** and tell the moderators why.',
  ];
  return steps.map((step, i) => `${i + 1}. ${step}`);
}

/** The private 1:1 notice to a poster. Kind in tone; never posted in the channel. */
export function posterNoticeCard(flag: Flag, clauses: Citation[], resolved?: 'fixed' | 'appealed'): AdaptiveCard {
  const where = placeLabel(flag, 'a channel');
  const body: CardElement[] = [
    heading('A quick note about one of your posts'),
    paragraph(`Your post in **${plainText(where)}** on ${friendlyLondonTime(flag.createdAt)} includes:`),
    ...foundLines(flag),
    paragraph('Everyone in the force can read that channel, so the social media policy asks us not to share this kind of information there:'),
    ...clauses.map((clause) => quote(clause.text, `Social media policy, section ${clause.section} ${clause.sectionTitle} (clause ${clause.clauseId})`)),
    paragraph('**What to do next**'),
    paragraph(nextSteps(flag).join('\n')),
    facts([['Reference', flag.id]]),
    subtle('Only you and the moderators can see this message.'),
  ];
  const openPost = flag.deepLink ? [{ type: 'Action.OpenUrl', title: 'Open the post', url: flag.deepLink }] : [];
  if (resolved === 'fixed') return adaptiveCard([...body, paragraph('**Thank you: you told us you have fixed it.**')], { actions: openPost });
  if (resolved === 'appealed') return adaptiveCard([...body, paragraph('**Thank you: your reply has gone back to the moderators, who will look again.**')], { actions: openPost });
  return adaptiveCard(body, {
    actions: [
      ...openPost,
      executeAction("I've fixed it", 'poster.fixed', { flagId: flag.id }, 'positive'),
      {
        type: 'Action.ShowCard',
        title: 'I think this is wrong',
        card: {
          type: 'AdaptiveCard',
          body: [{ type: 'Input.Text', id: 'appealReason', label: 'Tell the moderators why', isRequired: true, errorMessage: 'Please say why', maxLength: 1000, isMultiline: true }],
          actions: [executeAction('Send to the moderators', 'poster.appeal', { flagId: flag.id })],
        },
      },
    ],
    fallbackText: `A note about your post in ${where} (${flag.id}): please take out ${flag.findings.map((f) => findingLabel(f.type)).filter((v, i, a) => a.indexOf(v) === i).join(', ') || 'the details'}.`,
  });
}
