/** Keeps stored channel and team names current when Teams reports a rename (watched channels and flags). */
export interface PlaceNamesRepo {
  renameChannel(channelId: string, name: string): Promise<{ watched: number; flags: number }>;
  renameTeam(teamId: string, name: string): Promise<{ watched: number; flags: number }>;
}
