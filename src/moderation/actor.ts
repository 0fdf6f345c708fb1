import type { Role } from './role';

/** The person acting, as the server established it from the activity (never from card data). */
export interface ModerationActor {
  /** Entra object id (lower case); roles and audit entries are keyed on it. */
  id: string;
  name: string;
  roles: ReadonlySet<Role>;
}

export type Refusal = { ok: false; reason: 'forbidden' | 'not_found' | 'invalid'; message: string };

export const forbidden = (message: string): Refusal => ({ ok: false, reason: 'forbidden', message });
