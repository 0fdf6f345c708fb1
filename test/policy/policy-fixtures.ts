import { join } from 'node:path';

/** Paths shared by the policy tests; the bundled policy is the real, unedited document. */
export const repoRoot = join(__dirname, '..', '..');
export const bundledPolicyPath = join(repoRoot, 'policies', 'social-media-policy.txt');
export const evalSetPath = join(repoRoot, 'test', 'fixtures', 'policy-questions.jsonl');
export const heldOutPath = join(repoRoot, 'test', 'policy', 'held-out-questions.jsonl');
export const sharedExamplesPath = join(repoRoot, '..', 'shared', 'examples', 'policy-questions.jsonl');
