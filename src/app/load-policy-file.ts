import { existsSync, readFileSync } from 'node:fs';
import { parsePolicy, parseSeedExamples, parseVocabulary, PolicyFormatError, type PolicyDocument } from '../policy';

/**
 * Reads a policy document from disk for the policy domain, whose parsing stays pure (no file I/O in src/policy).
 * A vocabulary file beside the document (`social-media-policy.vocab.json` for
 * `social-media-policy.txt`) is loaded with it; a malformed one stops start-up like a
 * malformed policy does. So does a seed examples file (`social-media-policy.examples.jsonl`):
 * each line's cite must quote a clause of the document, and the error names the first line that does not.
 * A document without either file is answered from its own words.
 */
export function loadPolicyFile(path: string): PolicyDocument {
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
  const examplesPath = examplesPathFor(path);
  if (!existsSync(examplesPath)) return doc;
  try {
    return { ...doc, examples: parseSeedExamples(readFileSync(examplesPath, 'utf8'), doc, examplesPath) };
  } catch (err) {
    throw new PolicyFormatError(examplesPath, (err as Error).message);
  }
}

export function vocabularyPathFor(policyPath: string): string {
  return policyPath.replace(/\.(txt|md|markdown)$/i, '') + '.vocab.json';
}

export function examplesPathFor(policyPath: string): string {
  return policyPath.replace(/\.(txt|md|markdown)$/i, '') + '.examples.jsonl';
}
