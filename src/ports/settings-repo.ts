/** Settings port: small named values admins change at run time (see src/storage/config-cache.ts). */
export interface SettingsRepo {
  get<T = unknown>(key: string): Promise<T | undefined>;
  /** Upsert. `updatedBy` is an actor id (kept for admins; not personal data beyond an id). */
  set<T = unknown>(key: string, value: T, updatedBy?: string): Promise<void>;
  delete(key: string): Promise<boolean>;
}
