/** The parts of an activity (the parsed one, or botbuilder's in the turn error handler) that say who sent it to whom. */
interface Addressed {
  from?: { id: string; role?: string };
  recipient?: { id?: string };
  entities?: ReadonlyArray<{ type: string }>;
}

/** Messages from the bot itself or from any other bot are never scanned or answered. */
export function isFromBot(activity: Addressed): boolean {
  const from = activity.from;
  if (!from) return true;
  if (from.role === 'bot') return true;
  if (activity.recipient?.id && from.id === activity.recipient.id) return true;
  // Teams gives bots ids of the form "28:<app id>"; people are "29:..." (or "8:orgid:..." in some payloads).
  return from.id.startsWith('28:');
}

export function isBotMentioned(activity: Addressed): boolean {
  const botId = activity.recipient?.id;
  if (!botId) return false;
  return (activity.entities ?? []).some((entity) => entity.type === 'mention' && (entity as { mentioned?: { id?: string } }).mentioned?.id === botId);
}
