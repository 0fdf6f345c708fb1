import { rmSync } from 'node:fs';

/**
 * Removes the audit's temporary folders however the process ends: normally (dispose), on an
 * error (the 'exit' event), or on Ctrl-C / a kill (SIGINT, SIGTERM, SIGHUP), after which the
 * signal is raised again so the process still ends the way it would have. The folders may
 * hold PSD's post text (--include-text), so none is left behind. Signal handlers are installed
 * only while a folder exists, so the bot and other commands keep Node's default behaviour.
 */
const folders = new Set<string>();
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

function removeAll(): void {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  folders.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removeAll();
  uninstall();
  // With our handler gone, the signal does what it would have done without us (or what another handler decides).
  process.kill(process.pid, signal);
}

function install(): void {
  process.on('exit', removeAll);
  for (const signal of SIGNALS) process.on(signal, onSignal);
}

function uninstall(): void {
  process.off('exit', removeAll);
  for (const signal of SIGNALS) process.off(signal, onSignal);
}

/** Deletes `folder` when the process ends, unless released first. */
export function removeOnExit(folder: string): void {
  if (folders.size === 0) install();
  folders.add(folder);
}

/** Deletes `folder` now and stops watching it. */
export function removeNow(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  if (folders.delete(folder) && folders.size === 0) uninstall();
}
