/** File I/O for the clause map beside a policy document; the map itself is validated in src/policy. */
import { existsSync, readFileSync } from 'node:fs';
import { PolicyFormatError } from '../policy';

/** `policies/social-media-policy.txt` -> `policies/social-media-policy.clauses.json`. */
export function findingClausesPathFor(policyFile: string): string {
  return policyFile.replace(/\.(txt|md|markdown)$/i, '') + '.clauses.json';
}

/** Reads the clause map beside a policy document; undefined when the policy ships none. */
export function loadFindingClauses(policyFile: string): { file: string; raw: unknown } | undefined {
  const file = findingClausesPathFor(policyFile);
  if (!existsSync(file)) return undefined;
  try {
    return { file, raw: JSON.parse(readFileSync(file, 'utf8')) as unknown };
  } catch (error) {
    throw new PolicyFormatError(file, error instanceof SyntaxError ? `not valid JSON (${error.message})` : 'cannot read the file');
  }
}
