/** Settings port: small named values admins change at run time (see src/storage/config-cache.ts). */
export interface SettingsRepo {
  get<T = unknown>(key: string): Promise<T | undefined>;
  /**
   * Reads a setting for a read-modify-write: inside `store.transaction`, every other transaction
   * that reads the same key this way waits until this one ends, so two admins changing one setting
   * at once (several instances on PostgreSQL, READ COMMITTED) cannot lose an update. Also when the
   * setting does not exist yet. Outside a transaction it is a plain read.
   */
  getForUpdate<T = unknown>(key: string): Promise<T | undefined>;
  /** Upsert. `updatedBy` is an actor id (kept for admins; not personal data beyond an id). */
  set<T = unknown>(key: string, value: T, updatedBy?: string): Promise<void>;
  delete(key: string): Promise<boolean>;
}
