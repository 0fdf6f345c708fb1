/** One step in a flag's history (append-only). */
export type FlagActionKind =
  | 'flagged' | 'viewed' | 'dismissed' | 'confirmed' | 'escalated' | 'appealed'
  | 'poster_fixed' | 'note' | 'edited' | 'deleted' | 'reopened';
export interface FlagAction {
  id: number;
  flagId: string;
  action: FlagActionKind;
  actorId: string | null;
  actorName: string | null;
  reason: string | null;
  at: Date;
}
