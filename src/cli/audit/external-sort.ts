import { rmSync } from 'node:fs';
import path from 'node:path';
import { LineWriter, readLines } from './line-file';

/** Runs merged at once; more are first merged in groups, so the merge's read blocks are bounded too. */
const FAN_IN = 32;

/**
 * Sorts more items than the audit should hold in memory (an external merge sort): items are
 * buffered up to `runSize`, then sorted and written to a run file (one JSON line each) in the
 * audit's private temporary folder; sorted() merges the runs, reading each a block at a time.
 * Memory is `runSize` items plus at most FAN_IN read blocks, whatever the number of items.
 * The sort is stable: equal items come out in the order they were added.
 */
export class ExternalSorter<T> {
  private buffer: T[] = [];
  private runs: string[] = [];
  private made = 0;
  private count = 0;

  constructor(
    private readonly folder: string,
    private readonly name: string,
    private readonly compare: (a: T, b: T) => number,
    private readonly runSize = 4096,
  ) {}

  /** Items added so far. */
  get size(): number {
    return this.count;
  }

  /** Runs on disk so far (for tests: shows the sort went to disk). */
  get runFiles(): number {
    return this.runs.length;
  }

  add(item: T): void {
    this.buffer.push(item);
    this.count++;
    if (this.buffer.length >= this.runSize) this.writeRun(this.buffer.sort(this.compare));
  }

  /** Every item added, in order. Can be read again, and more items added between reads. */
  *sorted(): Generator<T> {
    if (this.runs.length === 0) {
      // Small enough to have stayed in memory: sort it there (Array.prototype.sort is stable).
      const items = this.buffer.sort(this.compare);
      for (let i = 0; i < items.length; i++) yield items[i];
      return;
    }
    if (this.buffer.length > 0) this.writeRun(this.buffer.sort(this.compare));
    while (this.runs.length > FAN_IN) {
      const group = this.runs.slice(0, FAN_IN);
      const merged = this.newRun();
      for (const item of this.merge(group)) merged.write(JSON.stringify(item));
      merged.close();
      for (const run of group) rmSync(run, { force: true });
      // The merged run takes the group's place, so equal items keep their order.
      this.runs = [merged.file, ...this.runs.slice(FAN_IN)];
    }
    yield* this.merge(this.runs);
  }

  private writeRun(items: T[]): void {
    const run = this.newRun();
    for (const item of items) run.write(JSON.stringify(item));
    run.close();
    this.runs.push(run.file);
    this.buffer = [];
  }

  private newRun(): LineWriter {
    return new LineWriter(path.join(this.folder, `${this.name}-${this.made++}.run`), 1 << 16);
  }

  /** K-way merge with a binary heap; ties go to the earlier run. */
  private *merge(runs: string[]): Generator<T> {
    const sources = runs.map((run) => readLines(run));
    const heap: Array<{ item: T; source: number }> = [];
    const before = (a: { item: T; source: number }, b: { item: T; source: number }) => {
      const c = this.compare(a.item, b.item);
      return c < 0 || (c === 0 && a.source < b.source);
    };
    const push = (entry: { item: T; source: number }) => {
      heap.push(entry);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!before(heap[i], heap[parent])) break;
        [heap[i], heap[parent]] = [heap[parent], heap[i]];
        i = parent;
      }
    };
    const pop = () => {
      const top = heap[0];
      const last = heap.pop()!;
      if (heap.length > 0) {
        heap[0] = last;
        for (let i = 0; ; ) {
          const l = 2 * i + 1;
          const r = l + 1;
          let least = i;
          if (l < heap.length && before(heap[l], heap[least])) least = l;
          if (r < heap.length && before(heap[r], heap[least])) least = r;
          if (least === i) break;
          [heap[i], heap[least]] = [heap[least], heap[i]];
          i = least;
        }
      }
      return top;
    };
    const next = (source: number) => {
      const line = sources[source].next();
      if (!line.done) push({ item: JSON.parse(line.value) as T, source });
    };
    try {
      sources.forEach((_, source) => next(source));
      while (heap.length > 0) {
        const { item, source } = pop();
        yield item;
        next(source);
      }
    } finally {
      // Closes the run files if the reader stopped early.
      for (const source of sources) source.return(undefined);
    }
  }
}
