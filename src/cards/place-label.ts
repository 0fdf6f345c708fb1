/** Where a post was made, in words: "General (Force Network)", or "a watched channel" when nothing is known. */
export function placeLabel(place: { channelName?: string | null; teamName?: string | null }, fallback = 'a watched channel'): string {
  if (!place.channelName) return fallback;
  return place.teamName ? `${place.channelName} (${place.teamName})` : place.channelName;
}
