/** Answer examples port: "Not helpful" choices kept for review, so answers learn from use. */
export type AnswerExampleStatus = 'pending' | 'approved' | 'rejected';
export interface AnswerExample {
  id: number;
  /** The question with personal data masked by the detection engine; never the raw text. */
  questionMasked: string;
  offeredClauseIds: string[];
  /** The clause the asker said would have answered; null for "none of these". */
  chosenClauseId: string | null;
  status: AnswerExampleStatus;
  createdAt: Date;
  decidedAt: Date | null;
  decidedBy: string | null;
  source: 'feedback' | 'import';
}
export interface AnswerExamplesRepo {
  /** Stores a "Not helpful" choice for review. The caller masks the question first. */
  propose(input: { questionMasked: string; offeredClauseIds: string[]; chosenClauseId: string | null; at?: Date }): Promise<number>;
  get(id: number): Promise<AnswerExample | undefined>;
  listByStatus(status: AnswerExampleStatus, limit?: number): Promise<AnswerExample[]>;
  /** Pending -> approved/rejected; false when it was not pending (decided already, or unknown). */
  decide(id: number, decision: 'approved' | 'rejected', by: string, at?: Date): Promise<boolean>;
  /** Approved pairs with a clause: what the retriever learns from. */
  approvedPairs(): Promise<Array<{ question: string; clauseId: string }>>;
  /** Adds approved pairs carried over from another deployment; returns how many were new. */
  importApproved(pairs: Array<{ question: string; clauseId: string }>, by: string, at?: Date): Promise<number>;
}
