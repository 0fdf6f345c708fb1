import { join } from 'node:path';
import { loadLanguageResources, shippedIndexOptions } from '../../src/language/load-language-resources';
import type { PolicyIndexOptions } from '../../src/policy';

/** Paths shared by the policy tests; the bundled policy is the real, unedited document. */
export const repoRoot = join(__dirname, '..', '..');
export const bundledPolicyPath = join(repoRoot, 'policies', 'social-media-policy.txt');
/** Dev sets: tuned against. The team's two sets and the blind-written ones. */
export const devSetPaths = {
  teamEval: join(repoRoot, 'test', 'policy', 'dev', 'team-eval-questions.jsonl'),
  teamDev: join(repoRoot, 'test', 'policy', 'dev', 'team-dev-questions.jsonl'),
  blindDev: join(repoRoot, 'test', 'policy', 'dev', 'blind-dev-questions.jsonl'),
  blindDev3: join(repoRoot, 'test', 'policy', 'dev', 'blind-dev3-questions.jsonl'),
  blindDev4: join(repoRoot, 'test', 'policy', 'dev', 'blind-dev4-questions.jsonl'),
  blindDev5: join(repoRoot, 'test', 'policy', 'dev', 'blind-dev5-questions.jsonl'),
  blindDev6: join(repoRoot, 'test', 'policy', 'dev', 'blind-dev6-questions.jsonl'),
  blindDev8: join(repoRoot, 'test', 'policy', 'dev', 'blind-dev8-questions.jsonl'),
  blindDev9: join(repoRoot, 'test', 'policy', 'dev', 'blind-dev9-questions.jsonl'),
  blindDev10: join(repoRoot, 'test', 'policy', 'dev', 'blind-dev10-questions.jsonl'),
  blindDev11: join(repoRoot, 'test', 'policy', 'dev', 'blind-dev11-questions.jsonl'),
  blindDev12: join(repoRoot, 'test', 'policy', 'dev', 'blind-dev12-questions.jsonl'),
  blindDev13: join(repoRoot, 'test', 'policy', 'dev', 'blind-dev13-questions.jsonl'),
  blindDev14: join(repoRoot, 'test', 'policy', 'dev', 'blind-dev14-questions.jsonl'),
  blindDev15: join(repoRoot, 'test', 'policy', 'dev', 'blind-dev15-questions.jsonl'),
  blindDev16: join(repoRoot, 'test', 'policy', 'dev', 'blind-dev16-questions.jsonl'),
  blindDev17: join(repoRoot, 'test', 'policy', 'dev', 'blind-dev17-questions.jsonl'),
  blindDev18: join(repoRoot, 'test', 'policy', 'dev', 'blind-dev18-questions.jsonl'),
  blindDev19: join(repoRoot, 'test', 'policy', 'dev', 'blind-dev19-questions.jsonl'),
  blindDev20: join(repoRoot, 'test', 'policy', 'dev', 'blind-dev20-questions.jsonl'),
  blindDev21: join(repoRoot, 'test', 'policy', 'dev', 'blind-dev21-questions.jsonl'),
  blindDev23: join(repoRoot, 'test', 'policy', 'dev', 'blind-dev23-questions.jsonl'),
  blindDev24: join(repoRoot, 'test', 'policy', 'dev', 'blind-dev24-questions.jsonl'),
  blindDev25: join(repoRoot, 'test', 'policy', 'dev', 'blind-dev25-questions.jsonl'),
  blindDev26: join(repoRoot, 'test', 'policy', 'dev', 'blind-dev26-questions.jsonl'),
  blindDev27: join(repoRoot, 'test', 'policy', 'dev', 'blind-dev27-questions.jsonl'),
  blindDev28: join(repoRoot, 'test', 'policy', 'dev', 'blind-dev28-questions.jsonl'),
  blindDev29: join(repoRoot, 'test', 'policy', 'dev', 'blind-dev29-questions.jsonl'),
  blindDev30: join(repoRoot, 'test', 'policy', 'dev', 'blind-dev30-questions.jsonl'),
  blindDev31: join(repoRoot, 'test', 'policy', 'dev', 'blind-dev31-questions.jsonl'),
  blindDev32: join(repoRoot, 'test', 'policy', 'dev', 'blind-dev32-questions.jsonl'),
  blindDev33: join(repoRoot, 'test', 'policy', 'dev', 'blind-dev33-questions.jsonl'),
  blindDev34: join(repoRoot, 'test', 'policy', 'dev', 'blind-dev34-questions.jsonl'),
  blindDev36: join(repoRoot, 'test', 'policy', 'dev', 'blind-dev36-questions.jsonl'),
  blindDev37: join(repoRoot, 'test', 'policy', 'dev', 'blind-dev37-questions.jsonl'),
  blindDev22: join(repoRoot, 'test', 'policy', 'dev', 'blind-dev22-questions.jsonl'),
};
/** Sealed: written blind, never read item by item; only aggregate figures are printed. */
export const sealedSetPath = join(repoRoot, 'test', 'policy', 'sealed', 'sealed-questions.jsonl');
/**
 * A second sealed set, written blind in the fifth session (other voices) after the first had been measured many
 * times in aggregate; measured once before it was committed (docs/policy-answers.md).
 */
export const sealed2SetPath = join(repoRoot, 'test', 'policy', 'sealed', 'sealed2-questions.jsonl');
/**
 * A third sealed set, written blind in the sixth session (sixteen voices, 54 not covered), committed unread and
 * measured once for the final report (docs/policy-answers.md).
 */
export const sealed3SetPath = join(repoRoot, 'test', 'policy', 'sealed', 'sealed3-questions.jsonl');
/**
 * A fourth sealed set, written blind in the seventh session (seventeen new voices, 48 not covered), committed unread
 * and measured once for the final report (docs/policy-answers.md).
 */
export const sealed4SetPath = join(repoRoot, 'test', 'policy', 'sealed', 'sealed4-questions.jsonl');
export const sharedExamplesPath = join(repoRoot, '..', 'shared', 'examples', 'policy-questions.jsonl');
/** Shared across test runs so the word-vector table is built once per machine. */
export const testCacheDir = join(repoRoot, 'node_modules', '.cache', 'policy-bot');

/** The general language resources, as the bot loads them. */
export async function languageOptions(): Promise<PolicyIndexOptions> {
  return shippedIndexOptions(await loadLanguageResources(testCacheDir));
}
