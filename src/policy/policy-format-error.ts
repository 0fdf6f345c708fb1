/** Raised when a policy document cannot be turned into clauses; the message names the file so admins can fix it. */
export class PolicyFormatError extends Error {
  readonly file: string;
  readonly problem: string;

  constructor(file: string, problem: string) {
    super(`Policy file "${file}" could not be read: ${problem}`);
    this.name = 'PolicyFormatError';
    this.file = file;
    this.problem = problem;
  }
}
