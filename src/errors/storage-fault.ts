/**
 * Errors raised by the store. Every one of them, while an activity is being recorded, means the
 * activity was not (fully) stored, so the HTTP answer must be 5xx and Teams must redeliver.
 * The store marks its errors here instead of wrapping them, so repositories can still read the
 * driver's SQLSTATE (a unique-key clash is retried in place, for example).
 */
const storageErrors = new WeakSet<object>();

export function markStorageError<E>(error: E): E {
  if (typeof error === 'object' && error !== null) storageErrors.add(error);
  return error;
}

export function isStorageError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  if (storageErrors.has(error)) return true;
  const cause = (error as { cause?: unknown }).cause;
  return cause !== undefined && cause !== error && isStorageError(cause);
}

/** SQLSTATE of a driver error, when it has one. */
export function sqlStateOf(error: unknown): string | undefined {
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
  const state = sqlStateOf(error);
  if (!state) return true;
  return /^(53|58|08|XX|57)/.test(state);
}

/** "No space left on device", from PostgreSQL's SQLSTATE or the OS error. */
export function isDiskFull(error: unknown): boolean {
  if (sqlStateOf(error) === '53100') return true;
  const e = error as { code?: unknown; message?: unknown } | null;
  return e?.code === 'ENOSPC' || (typeof e?.message === 'string' && /no space left on device|ENOSPC/i.test(e.message));
}
