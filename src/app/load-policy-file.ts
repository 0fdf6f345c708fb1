import { existsSync, readFileSync } from 'node:fs';
import { parseOutOfScopeExamples, parsePolicy, parseSourcedExamples, parseVocabulary, PolicyFormatError, readSeedExamples, type PolicyDocument } from '../policy';

/**
 * Reads a policy document from disk for the policy domain, whose parsing stays pure (no file I/O in src/policy).
 * A vocabulary file beside the document (`social-media-policy.vocab.json` for
 * `social-media-policy.txt`) is loaded with it; a malformed one stops start-up like a
 * malformed policy does. So does a malformed seed examples file (`social-media-policy.examples.jsonl`:
 * a line that is not JSON or not the schema; the error names the line). An example whose quote no longer
 * matches a clause (the policy was re-issued with new wording) is left out and reported through `onWarning`
 * with its line numbers, so a re-issued policy still starts, answered from its own words where the examples
 * fell out. So does a malformed not-covered examples file (`social-media-policy.not-covered.jsonl`, questions the
 * policy does not answer). A document without these files is answered from its own words.
 */
export function loadPolicyFile(path: string, onWarning?: (message: string) => void): PolicyDocument {
  let raw: Buffer;
  try {
    raw = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new PolicyFormatError(path, code === 'ENOENT' ? 'file not found' : `cannot read the file (${code ?? 'unknown error'})`);
  }
  if (raw.includes(0)) throw new PolicyFormatError(path, 'the document contains binary data, not plain text or Markdown');
  let doc = parsePolicy(raw.toString('utf8'), path);
  const vocabPath = vocabularyPathFor(path);
  if (existsSync(vocabPath)) {
    try {
      doc = { ...doc, vocabulary: parseVocabulary(readFileSync(vocabPath, 'utf8'), vocabPath) };
    } catch (err) {
      throw new PolicyFormatError(vocabPath, (err as Error).message);
    }
  }
  const outOfScopePath = outOfScopePathFor(path);
  if (existsSync(outOfScopePath)) {
    try {
      doc = { ...doc, outOfScope: parseOutOfScopeExamples(readFileSync(outOfScopePath, 'utf8'), outOfScopePath) };
    } catch (err) {
      throw new PolicyFormatError(outOfScopePath, (err as Error).message);
    }
  }
  // Labelled questions from other writers (`<name>.dev-examples.jsonl`, sourced-examples.ts): unlike the seed examples,
  // a quote that matches no clause stops start-up too (the file is built by scripts/build-dev-examples.ts, not by hand).
  const sourcedPath = devExamplesPathFor(path);
  if (existsSync(sourcedPath)) {
    try {
      doc = { ...doc, sourcedExamples: parseSourcedExamples(readFileSync(sourcedPath, 'utf8'), doc, sourcedPath) };
    } catch (err) {
      throw new PolicyFormatError(sourcedPath, (err as Error).message);
    }
  }
  const examplesPath = examplesPathFor(path);
  if (!existsSync(examplesPath)) return doc;
  const { examples, problems } = readSeedExamples(readFileSync(examplesPath, 'utf8'), doc);
  const stale = problems.filter((p) => p.kind === 'cite_not_found');
  const broken = problems.find((p) => p.kind !== 'cite_not_found');
  if (broken) throw new PolicyFormatError(examplesPath, `line ${broken.line}: ${broken.message}`);
  if (stale.length) {
    const lines = stale.slice(0, 20).map((p) => p.line).join(', ');
    onWarning?.(`${examplesPath}: ${stale.length} example question(s) quote no clause of the policy and are left out (line ${lines}${stale.length > 20 ? ', ...' : ''}); update or remove them`);
  }
  return { ...doc, examples };
}

export function vocabularyPathFor(policyPath: string): string {
  return policyPath.replace(/\.(txt|md|markdown)$/i, '') + '.vocab.json';
}

export function examplesPathFor(policyPath: string): string {
  return policyPath.replace(/\.(txt|md|markdown)$/i, '') + '.examples.jsonl';
}

export function devExamplesPathFor(policyPath: string): string {
  return policyPath.replace(/\.(txt|md|markdown)$/i, '') + '.dev-examples.jsonl';
}

export function outOfScopePathFor(policyPath: string): string {
  return policyPath.replace(/\.(txt|md|markdown)$/i, '') + '.not-covered.jsonl';
}
