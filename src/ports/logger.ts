/**
 * The slice of pino the domain is allowed to use. Adapters pass a real pino logger
 * (which satisfies this shape); the domain never imports pino itself.
 * Never put message text or personal data in a log call: pass ids and counts.
 */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  child(bindings: Record<string, unknown>): Logger;
}

/** A logger that drops everything: for CLI commands and unit tests that do not assert on logs. */
export const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  child: () => silentLogger,
};
