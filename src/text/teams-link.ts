/**
 * Links the bot puts on cards and in exports come from Teams payloads, so they are checked
 * rather than trusted: only https links to teams.microsoft.com are kept (a `javascript:` URL
 * would run in whoever opens the card or the HTML export).
 */
export function isTeamsMessageLink(value: string | null | undefined): value is string {
  if (!value) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname === 'teams.microsoft.com' && url.username === '' && url.password === '' && url.port === '';
  } catch {
    return false;
  }
}

/** The link if it is a Teams link, otherwise undefined. */
export function teamsLinkOrNone(value: string | null | undefined): string | undefined {
  return isTeamsMessageLink(value) ? value : undefined;
}
