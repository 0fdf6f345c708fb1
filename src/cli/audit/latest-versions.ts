import { ExternalSorter } from './external-sort';

/** Bits in the filter of flagged ids: 2^24 bits is 2 MB, fixed whatever the export's size. */
const FILTER_BITS = 1 << 24;

/** Sizes, smaller in tests so that a few rows already go through several sort runs and filter collisions. */
export interface SpillTuning {
  /** Items a sort holds in memory before it writes a run. */
  runSize?: number;
  /** Bits in the filter of flagged ids: a power of two. */
  filterBits?: number;
}
const HASHES = 4;

/** [message id, row in export order, flagged version (-1: a clean, deleted or system row), findings]. */
type VersionEvent = [string, number, number, number];

/** Ids of any length and content, ordered by length then text (numeric ids come out in numeric order). */
export function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Decides, in bounded memory, which flagged version of each message is its latest (the export
 * holds every version of an edited message as its own row, and a later clean version or a
 * deletion clears earlier findings).
 *
 * Only rows that can matter are remembered, and on disk: every flagged version, and every later
 * row of an id that had one. To know whether a clean or deleted row's id had a flagged version,
 * a Bloom filter of flagged ids (fixed size, 2 MB) answers "certainly not" for almost every
 * clean row; a false "maybe" only costs one more line on disk, never a wrong result. At the end
 * the remembered rows are sorted on disk by id and export position (external-sort.ts), and the
 * last row of each id decides.
 */
export class LatestVersions {
  private readonly filter: Int32Array;
  private readonly mask: number;
  private readonly events: ExternalSorter<VersionEvent>;
  private row = 0;

  constructor(folder: string, tuning: SpillTuning = {}) {
    const bits = tuning.filterBits ?? FILTER_BITS;
    this.filter = new Int32Array(Math.max(1, bits / 32));
    this.mask = bits - 1;
    this.events = new ExternalSorter<VersionEvent>(folder, 'versions', (a, b) => compareIds(a[0], b[0]) || a[1] - b[1], tuning.runSize);
  }

  /** Rows remembered so far (flagged versions, and rows that may be later versions of one). */
  get remembered(): number {
    return this.events.size;
  }

  flagged(id: string, version: number, findings: number): void {
    this.mark(id);
    this.events.add([id, this.row++, version, findings]);
  }

  /** A clean, deleted or system row: a later version of `id` if it was flagged before. */
  cleared(id: string): void {
    const row = this.row++;
    if (this.mayHave(id)) this.events.add([id, row, -1, 0]);
  }

  /** Calls `keep` for each message whose latest row is a flagged version (in id order, not export order). */
  resolve(keep: (version: number, findings: number) => void): void {
    let last: VersionEvent | undefined;
    for (const event of this.events.sorted()) {
      if (last && last[0] !== event[0] && last[2] >= 0) keep(last[2], last[3]);
      last = event;
    }
    if (last && last[2] >= 0) keep(last[2], last[3]);
  }

  private mark(id: string): void {
    const [h1, h2] = hashes(id);
    for (let i = 0; i < HASHES; i++) {
      const bit = ((h1 + i * h2) >>> 0) & this.mask;
      this.filter[bit >>> 5] |= 1 << (bit & 31);
    }
  }

  private mayHave(id: string): boolean {
    const [h1, h2] = hashes(id);
    for (let i = 0; i < HASHES; i++) {
      const bit = ((h1 + i * h2) >>> 0) & this.mask;
      if ((this.filter[bit >>> 5] & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }
}

/** Two independent 32-bit hashes of a string (FNV-1a, and a multiplicative one), for double hashing. */
function hashes(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  // An odd step visits distinct bits for each of the filter's hashes.
  return [a >>> 0, (b | 1) >>> 0];
}
