export type {
  PolicyMetadata,
  Clause,
  PolicySection,
  PolicyDocument,
  Verdict,
  Citation,
  Answer,
  PolicyIndex,
  PolicyTopic,
} from './types';
export { PolicyFormatError } from './policy-format-error';
export { createFindingClauseMap, type FindingContext, type FindingClauseMap } from './finding-clauses';
export { loadFindingClauses, findingClausesPathFor } from './load-finding-clauses';
export { parsePolicy } from './parse-policy';
export { loadPolicyFile } from './load-policy-file';
export { createPolicyIndex } from './create-policy-index';
