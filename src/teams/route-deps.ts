import type { RoleChecker } from '../moderation/roles';

/**
 * Small pieces several routes' dependency lists share. Each route and handler declares its own
 * list (an interface beside it, naming only the ports and use cases it calls); src/app builds
 * the objects. Nothing in teams/ receives a catch-all services object.
 */

/**
 * Wakes the outbox dispatcher so a new card goes out now rather than at the next poll. Naming
 * the conversation the item is for lets a busy dispatcher skip a claim that could not take it.
 */
export type KickDispatcher = (conversationKey?: string) => void;

/** The caller's roles, checked on the server from the activity's aadObjectId. */
export interface RoleLookup {
  readonly roles: RoleChecker;
}

/**
 * Use cases that take the whole store, bound to it (and the clock, and the configured role
 * holders) by src/app, so a handler names the use case it calls rather than holding the Store.
 */
export type BoundUseCase<F extends (store: never, clock: never, ...rest: never[]) => unknown> = F extends (store: never, clock: never, ...rest: infer A) => infer R ? (...args: A) => R : never;
