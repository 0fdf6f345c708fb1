/** A Teams link that opens one message (a card the bot posted) in its channel. */
export function channelMessageLink(channelId: string, messageId: string): string {
  return `https://teams.microsoft.com/l/message/${encodeURIComponent(channelId)}/${encodeURIComponent(messageId)}`;
}
