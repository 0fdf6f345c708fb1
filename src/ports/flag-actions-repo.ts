/** Flag actions port: the append-only history of every flag. */
import type { FlagAction } from '../moderation/flag-action';

export interface FlagActionsRepo {
  append(input: Omit<FlagAction, 'id' | 'at' | 'actorId' | 'actorName' | 'reason'> & {
    actorId?: string | null; actorName?: string | null; reason?: string | null; at?: Date;
  }): Promise<FlagAction>;
  listForFlag(flagId: string): Promise<FlagAction[]>;
  /** Retention: replaces the free-text reason of actions on flags raised before `date` (the action itself stays). */
  purgeReasonsOlderThan(date: Date): Promise<number>;
}
