import { SingleBar } from 'cli-progress';

/**
 * Audit progress on stderr: a bar with messages a second and an ETA on a terminal (cli-progress),
 * plain lines every few seconds otherwise (a log file or CI stays readable). The ETA comes from
 * bytes read against the export's size, the only total known before the end.
 */
export interface Progress {
  update(bytes: number, messages: number): void;
  stop(): void;
}

export interface ProgressOptions {
  stream: NodeJS.WriteStream | NodeJS.WritableStream;
  totalBytes: number;
  isTty: boolean;
  now?: () => number;
  /** Plain mode: at most one line per interval. */
  intervalMs?: number;
}

export const silentProgress: Progress = { update: () => undefined, stop: () => undefined };

export function createProgress(options: ProgressOptions): Progress {
  const now = options.now ?? (() => Date.now());
  const started = now();
  const rate = (messages: number) => Math.round(messages / Math.max(0.001, (now() - started) / 1000));
  const eta = (bytes: number) => {
    const elapsed = (now() - started) / 1000;
    if (bytes <= 0 || options.totalBytes <= 0) return undefined;
    return Math.max(0, Math.round((elapsed * (options.totalBytes - bytes)) / bytes));
  };
  if (options.isTty) {
    const bar = new SingleBar({
      stream: options.stream as NodeJS.WriteStream,
      format: 'audit [{bar}] {percentage}% | {messages} messages | {rate} msgs/s | ETA {etaText}',
      hideCursor: true,
      clearOnComplete: false,
      fps: 5,
    });
    bar.start(Math.max(1, options.totalBytes), 0, { messages: 0, rate: 0, etaText: '-' });
    return {
      update(bytes, messages) {
        const left = eta(bytes);
        bar.update(Math.min(bytes, options.totalBytes), { messages: messages.toLocaleString('en-GB'), rate: rate(messages).toLocaleString('en-GB'), etaText: left === undefined ? '-' : `${left}s` });
      },
      stop: () => bar.stop(),
    };
  }
  const interval = options.intervalMs ?? 5000;
  let last = started;
  const line = (bytes: number, messages: number) => {
    const pct = options.totalBytes > 0 ? Math.min(100, Math.floor((bytes / options.totalBytes) * 100)) : 0;
    const left = eta(bytes);
    options.stream.write(`audit: ${messages.toLocaleString('en-GB')} messages read (${pct}%), ${rate(messages).toLocaleString('en-GB')} msgs/s, ETA ${left === undefined ? '-' : `${left} s`}\n`);
  };
  let lastBytes = 0;
  let lastMessages = 0;
  return {
    update(bytes, messages) {
      lastBytes = bytes;
      lastMessages = messages;
      if (now() - last >= interval) {
        last = now();
        line(bytes, messages);
      }
    },
    stop() {
      line(lastBytes, lastMessages);
    },
  };
}
