/**
 * Team names beside channel names, so cards, notices, reports and exports name the place a post
 * was made ("General, Force Network") rather than "this channel". Names are resolved through the
 * Teams API when a channel is watched or first seen and kept current on rename events.
 * Additive only: existing rows keep a null team name until the next rename or watch.
 */
export const name = 'place-names';

export const statements: string[] = [
  `ALTER TABLE watched_channels ADD COLUMN team_name text`,
  `ALTER TABLE flags ADD COLUMN team_name text`,
];
