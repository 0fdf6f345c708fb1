import type { Citation } from '../policy';
import type { Flag } from '../ports/store';
import { adaptiveCard, executeAction, heading, paragraph, plainText, quote, subtle, type AdaptiveCard } from './card-kit';

const ADVICE: Record<string, string> = {
  file_upload: 'Please remove the file from the post and share it by email or a shared folder instead; a link to the shared folder is fine.',
  default: 'Please edit the post to take out the personal or operational details (or delete it), and share them privately through the usual systems if they are needed.',
};

/** The private 1:1 notice to a poster. Kind in tone; never posted in the channel. */
export function posterNoticeCard(flag: Flag, clauses: Citation[], resolved?: 'fixed' | 'appealed'): AdaptiveCard {
  const isFile = flag.detectionTypes.length > 0 && flag.detectionTypes.every((type) => type === 'file_upload');
  const body = [
    heading('A quick note about one of your posts'),
    paragraph(`Your post in ${plainText(flag.channelName ?? 'a channel')} includes ${flag.detectionTypes.map((type) => type.replace(/_/g, ' ')).join(', ') || 'something the moderators asked about'}. The network is open to every employee, and the policy asks us not to share this kind of information there.`),
    ...clauses.map((clause) => quote(clause.text, `Social media policy, section ${clause.section} (clause ${clause.clauseId})`)),
    paragraph(isFile ? ADVICE.file_upload! : ADVICE.default!),
    subtle(`Reference ${flag.id}. Only you and the moderators can see this message.`),
  ];
  if (resolved === 'fixed') return adaptiveCard([...body, paragraph('**Thank you: you told us you have fixed it.**')]);
  if (resolved === 'appealed') return adaptiveCard([...body, paragraph('**Thank you: your reply has gone back to the moderators, who will look again.**')]);
  return adaptiveCard(body, {
    actions: [
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
    fallbackText: `A note about your post (${flag.id}): please remove personal information or files.`,
  });
}
