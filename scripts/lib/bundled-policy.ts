import { join } from 'node:path';
import { loadPolicyFile } from '../../src/app/load-policy-file';
import { defaultCacheDir } from '../../src/language/cache-dir';
import { loadLanguageResources, shippedIndexOptions, type LanguageResources, type ShippedIndexOptions } from '../../src/language/load-language-resources';
import { loadSentenceEncoder, type SentenceEncoder } from '../../src/language/sentence-encoder';
import type { PolicyDocument, PolicyIndex } from '../../src/policy';

/**
 * The bundled policy and the general language resources as the bot loads them, for the dev scripts that answer
 * questions the way the bot does (each had its own copy of these lines). `base` holds the options the bot passes to
 * createPolicyIndex; `language` all of them (the word relations too, for scripts that trace every resource).
 */
export async function loadBundledPolicy(root: string): Promise<{
  doc: PolicyDocument;
  language: LanguageResources;
  base: ShippedIndexOptions;
}> {
  const doc = loadPolicyFile(join(root, 'policies', 'social-media-policy.txt'));
  const language = await loadLanguageResources(defaultCacheDir(root), [doc]);
  return { doc, language, base: shippedIndexOptions(language) };
}

/** The sentence encoder over an index's texts, its vectors cached where the bot caches them. */
export function encoderFor(root: string, index: PolicyIndex): Promise<SentenceEncoder> {
  return loadSentenceEncoder(defaultCacheDir(root), index.encoderTexts);
}
