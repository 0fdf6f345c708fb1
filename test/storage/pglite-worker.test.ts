import { afterEach, describe, expect, it } from 'vitest';
import { openPgliteWorkerDatabase } from '../../src/storage/pglite-worker-database';
import type { PgliteDatabase } from '../../src/storage/pglite-database';

/**
 * The worker adapter's own promises (the storage contract runs against it too): statements keep
 * their order, a transaction is never interleaved, driver errors keep their code, and the
 * prepared-statement cache survives eviction.
 */
describe('PGlite on a worker thread', () => {
  let db: PgliteDatabase | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  async function open() {
    db = await openPgliteWorkerDatabase({});
    await db.query('CREATE TABLE t (id integer PRIMARY KEY, v text NOT NULL)');
    return db;
  }

  it('returns typed rows: numbers, text, dates, JSON and arrays survive the thread hop', async () => {
    const d = await open();
    const at = new Date('2026-11-24T10:00:00.000Z');
    const { rows } = await d.query<{ n: number; s: string; at: Date; j: unknown; a: string[] }>(
      `SELECT 42::int AS n, $1::text AS s, $2::timestamptz AS at, $3::jsonb AS j, $4::text[] AS a`,
      ['hello', at, JSON.stringify({ k: [1, 'two'] }), ['x', 'y']],
    );
    expect(rows).toEqual([{ n: 42, s: 'hello', at, j: { k: [1, 'two'] }, a: ['x', 'y'] }]);
  });

  it('holds other statements back while a transaction is open, then runs them after it commits', async () => {
    const d = await open();
    const order: string[] = [];
    let outside: Promise<unknown> | undefined;
    await d.transaction(async (tx) => {
      await tx.query('INSERT INTO t VALUES (1, $1)', ['inside']);
      outside = d.query<{ v: string }>('SELECT v FROM t WHERE id = 1').then((r) => order.push(`outside saw ${r.rows[0]?.v}`));
      await new Promise((r) => setTimeout(r, 50));
      await tx.query('UPDATE t SET v = $1 WHERE id = 1', ['committed']);
      order.push('transaction done');
    });
    await outside;
    expect(order).toEqual(['transaction done', 'outside saw committed']);
  });

  it('rolls a failed transaction back and passes the driver error code and constraint through', async () => {
    const d = await open();
    await d.query('INSERT INTO t VALUES (1, $1)', ['first']);
    const error = await d
      .transaction(async (tx) => {
        await tx.query('INSERT INTO t VALUES (2, $1)', ['second']);
        await tx.query('INSERT INTO t VALUES (1, $1)', ['duplicate']);
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: '23505', constraint: 't_pkey' });
    expect((await d.query('SELECT id FROM t ORDER BY id')).rows).toEqual([{ id: 1 }]);
    // The connection is usable again after the error (the exchange ended with a Sync).
    expect((await d.query<{ n: number }>('SELECT count(*)::int AS n FROM t')).rows[0]!.n).toBe(1);
  });

  it('keeps working when more distinct statements run than it keeps prepared', async () => {
    const d = await open();
    for (let i = 0; i < 260; i++) await d.query(`SELECT ${i}::int AS n, $1::text AS s`, ['x']);
    expect((await d.query<{ n: number }>('SELECT 0::int AS n, $1::text AS s', ['again'])).rows).toEqual([{ n: 0, s: 'again' }]);
    expect((await d.query('SELECT $1::int + 1 AS n', [1])).rows).toEqual([{ n: 2 }]);
  });

  it('reports a syntax error as an error and carries on', async () => {
    const d = await open();
    await expect(d.query('SELEC nonsense')).rejects.toMatchObject({ code: '42601' });
    expect((await d.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  });

  it('refuses work after close', async () => {
    const d = await open();
    await d.close();
    await expect(d.query('SELECT 1')).rejects.toThrow('store is closed');
    db = undefined;
  });
});
