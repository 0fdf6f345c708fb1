import { readFileSync } from 'node:fs';
import { parsePolicy } from './parse-policy';
import { PolicyFormatError } from './policy-format-error';
import type { PolicyDocument } from './types';

/** The only place the policy domain touches the file system; parsing stays pure. */
export function loadPolicyFile(path: string): PolicyDocument {
  let raw: Buffer;
  try {
    raw = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new PolicyFormatError(path, code === 'ENOENT' ? 'file not found' : `cannot read the file (${code ?? 'unknown error'})`);
  }
  if (raw.includes(0)) throw new PolicyFormatError(path, 'the document contains binary data, not plain text or Markdown');
  return parsePolicy(raw.toString('utf8'), path);
}
