export type {
  PolicyMetadata,
  Clause,
  PolicySection,
  PolicyDocument,
  Verdict,
  Citation,
  Answer,
  PolicyIndex,
  AnswerHints,
  PendingAnswer,
  PolicyTopic,
  ApprovedExample,
  SourcedExample,
} from './types';
export { PolicyFormatError } from './policy-format-error';
export { createFindingClauseMap, type FindingContext, type FindingClauseMap } from './finding-clauses';
export { parsePolicy } from './parse-policy';
export { createPolicyIndex } from './create-policy-index';
export type { PolicyIndexOptions, Resource } from './policy-index-options';
export { parseVocabulary, vocabularyPhrases, type Vocabulary } from './vocabulary';
export { parseOutOfScopeExamples } from './out-of-scope-examples';
export { parseSourcedExamples, keptSources } from './sourced-examples';
export { DEFAULT_SOURCED_EXAMPLE_USE, type SourcedExampleUse, type SourcedExampleOptions } from './sourced-example-use';
export { parseSeedExamples, readSeedExamples, type SeedExample, type SeedExampleProblem } from './seed-examples';
export type { WordVectors } from './word-vectors';
export type { CaseWords } from './case-words';
export { HEADER_SECTION } from './clause-context';
