import { AppError } from './app-error';

/**
 * Errors raised by the store. Every one of them, while an activity is being recorded, means the
 * activity was not (fully) stored, so the HTTP answer must be 5xx and Teams must redeliver. Both
 * adapters (PGlite and pg, through storage/sql-store.ts) throw this STORAGE_UNAVAILABLE error
 * themselves, so nothing upstream has to guess (no "ping the database after any error"). The
 * driver's error stays as `cause`, and its SQLSTATE and constraint are copied, so a repository can
 * still react to one statement's outcome (a unique-key clash is retried in place, for example).
 */
export class StorageError extends AppError {
  /** The driver's SQLSTATE (e.g. '23505'), when it had one. */
  readonly sqlState: string | undefined;
  readonly constraint: string | undefined;

  constructor(cause: unknown) {
    const sqlState = sqlStateOf(cause);
    super('STORAGE_UNAVAILABLE', `storage error${sqlState ? ` (SQLSTATE ${sqlState})` : ''}`, { cause });
    this.name = 'StorageError';
    this.sqlState = sqlState;
    const constraint = (cause as { constraint?: unknown } | null)?.constraint;
    this.constraint = typeof constraint === 'string' ? constraint : undefined;
  }
}

/** True for the store's own errors (also when another error wraps one as its cause). */
export function isStorageError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  if (error instanceof AppError && error.code === 'STORAGE_UNAVAILABLE') return true;
  const cause = (error as { cause?: unknown }).cause;
  return cause !== undefined && cause !== error && isStorageError(cause);
}

/** SQLSTATE of a driver error, when it has one. */
export function sqlStateOf(error: unknown): string | undefined {
  if (error instanceof StorageError) return error.sqlState;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/**
 * Faults of the store itself rather than of one statement: insufficient resources (53xxx, 53100
 * is "disk full"), system errors (58xxx), connection failures (08xxx), internal errors (XX),
 * operator intervention (57xxx: shutdown, terminated connection), and driver errors with no
 * SQLSTATE at all (a dead worker, a cut socket, a timeout).
 */
export function isStoreFault(error: unknown): boolean {
  if (error instanceof StorageError) return isStoreFault(error.cause);
  const state = sqlStateOf(error);
  if (!state) return true;
  return /^(53|58|08|XX|57)/.test(state);
}

/** "No space left on device", from PostgreSQL's SQLSTATE or the OS error. */
export function isDiskFull(error: unknown): boolean {
  if (error instanceof StorageError) return isDiskFull(error.cause);
  if (sqlStateOf(error) === '53100') return true;
  const e = error as { code?: unknown; message?: unknown } | null;
  return e?.code === 'ENOSPC' || (typeof e?.message === 'string' && /no space left on device|ENOSPC/i.test(e.message));
}
