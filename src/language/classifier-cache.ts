import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { ClassifierCache } from '../policy/clause-classifier';
import type { SoftmaxWeights } from '../policy/sparse-softmax';
import { readVectorFile, writeVectorFile } from './vector-file';

/**
 * Adapter: the clause classifier's trained weights on disk (clause-classifier.ts), one file per training set, named
 * by a SHA-256 of the key the engine gives (options, every training text and its clause) and the word-vector table's
 * id. Stored as a vector file of rows `[feature id, weight per class]` after a first row `[-1, bias per class]`
 * (feature ids are below 2^24, exact in float32). A damaged or mismatched file reads as a miss and the classifier is
 * trained again, so the cache can only save start-up time.
 */
export function createClassifierCache(cacheDir: string, tableId: string): ClassifierCache {
  const fileFor = (key: string) => join(cacheDir, `clause-classifier-${createHash('sha256').update(tableId).update('\u0000').update(key).digest('hex').slice(0, 32)}.bin`);
  return {
    load(key) {
      const vectors = readVectorFile(fileFor(key), undefined);
      if (!vectors?.length || vectors[0][0] !== -1) return undefined;
      const classes = vectors[0].length - 1;
      const rows = new Float32Array((vectors.length - 1) * classes);
      const featureIds = new Int32Array(vectors.length - 1);
      for (let r = 1; r < vectors.length; r++) {
        featureIds[r - 1] = vectors[r][0];
        rows.set(vectors[r].subarray(1), (r - 1) * classes);
      }
      return { featureIds, rows, bias: vectors[0].slice(1) };
    },
    save(key, weights: SoftmaxWeights) {
      // An id float32 cannot hold exactly (a featurizer with over 2^24 buckets) is not cached rather than cached wrong.
      if (weights.featureIds.some((id) => id < 0 || id >= 1 << 24)) return;
      const classes = weights.bias.length;
      const head = new Float32Array(classes + 1);
      head[0] = -1;
      head.set(weights.bias, 1);
      const body = Array.from(weights.featureIds, (id, r) => {
        const v = new Float32Array(classes + 1);
        v[0] = id;
        v.set(weights.rows.subarray(r * classes, (r + 1) * classes), 1);
        return v;
      });
      writeVectorFile(fileFor(key), [head, ...body]);
    },
  };
}
