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
export { parsePolicy } from './parse-policy';
export { loadPolicyFile } from './load-policy-file';
export { createPolicyIndex } from './create-policy-index';
