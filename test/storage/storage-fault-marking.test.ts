import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors/app-error';
import { isStorageError, StorageError } from '../../src/errors/storage-fault';
import { faultyStore } from '../support/faulty-database';

/** The store throws STORAGE_UNAVAILABLE for its own errors (so the turn answers 503); the caller's own errors inside a transaction pass through. */
describe('storage error marking and readiness after a write fault', () => {
  let ctx: Awaited<ReturnType<typeof faultyStore>>;
  // One store for the file: a fresh PGlite runs initdb, which is slow on a busy machine.
  beforeAll(async () => {
    ctx = await faultyStore();
  }, 180_000);
  afterAll(async () => {
    await ctx?.close();
  });

  it('does not mark an error thrown by the caller inside a transaction, and readiness stays up', async () => {
    const refusal = new AppError('FORBIDDEN');
    const thrown = await ctx.store.transaction(async (tx) => {
      await tx.settings.set('k', 1);
      throw refusal;
    }).catch((e: unknown) => e);
    expect(thrown).toBe(refusal);
    expect(isStorageError(thrown)).toBe(false);
    await expect(ctx.store.ping()).resolves.toBeUndefined();
  });

  it('marks a disk-full write, fails ping until a probe write succeeds, then recovers', async () => {
    ctx.setFault('disk-full');
    const thrown = await ctx.store.transaction((tx) => tx.settings.set('k', 2)).catch((e: unknown) => e);
    expect(isStorageError(thrown)).toBe(true);
    // The adapter itself throws the catalogue's STORAGE_UNAVAILABLE, keeping the driver's error as its cause.
    expect(thrown).toBeInstanceOf(StorageError);
    expect(thrown).toMatchObject({ code: 'STORAGE_UNAVAILABLE', status: 503 });
    await expect(ctx.store.ping()).rejects.toThrow();
    ctx.setFault('none');
    await expect(ctx.store.ping()).resolves.toBeUndefined();
    await ctx.store.settings.set('k', 3);
    expect(await ctx.store.settings.get('k')).toBe(3);
  });
});
