/**
 * The tiny SQL surface the repositories need. Both drivers (PGlite, pg) fit it, so the
 * repositories are written once and behave identically on both adapters.
 */
export interface SqlResult<R> {
  rows: R[];
  /** Rows inserted/updated/deleted (or returned, for SELECT). */
  rowCount: number;
}

export interface SqlClient {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<SqlResult<R>>;
}

/** A connection source: plain queries plus transactions. Implemented per driver. */
export interface SqlDatabase extends SqlClient {
  readonly kind: 'pglite' | 'postgres';
  transaction<T>(fn: (client: SqlClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** pg returns int8/numeric as strings, PGlite as numbers: normalise in one place. */
export function toNumber(v: unknown): number {
  return typeof v === 'number' ? v : Number(v);
}

export function toNullableNumber(v: unknown): number | null {
  return v === null || v === undefined ? null : toNumber(v);
}

/** Both drivers return timestamptz as Date; be defensive about strings anyway. */
export function toDate(v: unknown): Date {
  return v instanceof Date ? v : new Date(String(v));
}

export function toNullableDate(v: unknown): Date | null {
  return v === null || v === undefined ? null : toDate(v);
}

/** jsonb params are always sent as text: pg would otherwise turn JS arrays into Postgres arrays. */
export function json(v: unknown): string {
  return JSON.stringify(v);
}

/** Quotes an identifier (schema names come from config/tests). */
export function quoteIdent(name: string): string {
  return '"' + name.replace(/"/g, '""') + '"';
}

/** Runs `fn` in a transaction (or, for a transaction's repositories, in the one already open). */
export type InTransaction = <T>(fn: (c: SqlClient) => Promise<T>) => Promise<T>;
