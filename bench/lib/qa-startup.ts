/**
 * One start-up, in its own process so its memory and time are the bot's own:
 * `tsx bench/lib/qa-startup.ts <cacheDir>` prints {"ms","rss","fromCache"} as JSON.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createPolicyIndex } from '../../src/policy';
import { loadPolicyFile } from '../../src/app/load-policy-file';
import { loadLanguageResources } from '../../src/language/load-language-resources';

async function main() {
  const t0 = performance.now();
  const language = await loadLanguageResources(process.argv[2]!);
  const index = createPolicyIndex([loadPolicyFile(join(__dirname, '..', '..', 'policies', 'social-media-policy.txt'))], language);
  const ms = performance.now() - t0;
  index.answer('can I put my mobile number in my yammer status');
  global.gc?.();
  process.stdout.write(JSON.stringify({ ms, rss: process.memoryUsage().rss, fromCache: language.fromCache }));
}
void main();
