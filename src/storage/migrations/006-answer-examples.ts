/**
 * Learning from use: when someone marks an answer "Not helpful" they pick which offered clause
 * (or none) would have answered. The question is stored only after the detection engine masked
 * its personal data. An admin approves or rejects each; approved pairs become example
 * questions the retriever matches. Numbered 006: 003-005 belong to other branches.
 */
export const name = 'answer-examples';

export const statements: string[] = [
  `CREATE TABLE answer_examples (
    id bigserial PRIMARY KEY,
    question_masked text NOT NULL CHECK (length(question_masked) BETWEEN 1 AND 1000),
    offered_clause_ids text NOT NULL DEFAULT '[]',
    chosen_clause_id text,
    status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
    created_at timestamptz NOT NULL,
    decided_at timestamptz,
    decided_by text,
    source text NOT NULL DEFAULT 'feedback' CHECK (source IN ('feedback', 'import'))
  )`,
  `CREATE INDEX answer_examples_status_idx ON answer_examples (status, id)`,
  // An import of the same approved pair twice is one row.
  `CREATE UNIQUE INDEX answer_examples_approved_pair_idx ON answer_examples (question_masked, chosen_clause_id) WHERE status = 'approved'`,
];
