import { adaptiveCard, heading, paragraph, subtle, type AdaptiveCard } from './card-kit';

const EVERYONE = [
  'Ask about the social media policy, for example "Can I upload files?" or "Can I set up a group with people from the council?"',
  '**status**: get suggestions for your "What are you working on" status',
  '**check status "..."**: check a draft status for personal information',
];
const ADMIN = ['**watch** / **unwatch**: start or stop checking posts in this channel', '**set moderators** / **set psd**: choose where flag cards and escalations go', '**settings**, **grant moderator @Name**, **revoke moderator @Name**'];
const PSD = ['**report**, **report 30d**, **report 2026-11-01 2026-11-21**', '**export csv [period]**, **audit F-XXXXXXXX**'];

export function helpCard(options: { isAdmin?: boolean; isPsd?: boolean } = {}): AdaptiveCard {
  const lines = [...EVERYONE, ...(options.isAdmin ? ADMIN : []), ...(options.isPsd ? PSD : [])];
  return adaptiveCard(
    [heading('What I can do'), ...lines.map((line) => paragraph(`• ${line}`)), subtle('In a channel, @mention me first. I answer from the force social media policy and quote the clause.')],
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
