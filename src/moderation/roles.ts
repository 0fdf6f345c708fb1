import type { RolesRepo } from '../ports/roles-repo';
import type { Role } from './role';

export interface BootstrapRoles {
  readonly admin: readonly string[];
  readonly moderator: readonly string[];
  readonly psd: readonly string[];
}

export interface RoleChecker {
  rolesOf(aadObjectId: string | undefined): Promise<Set<Role>>;
  has(aadObjectId: string | undefined, role: Role): Promise<boolean>;
}

/**
 * Roles come from two places: ids bootstrapped in configuration (so a fresh install has an admin)
 * and grants made in Teams (stored). Always checked on the server from the caller's identity in the
 * activity, never from card data.
 */
export function createRoleChecker(bootstrap: BootstrapRoles, roles: RolesRepo): RoleChecker {
  const normalise = (id: string) => id.trim().toLowerCase();
  const fromConfig = (id: string): Role[] =>
    (['admin', 'moderator', 'psd'] as const).filter((role) => bootstrap[role].some((entry) => normalise(entry) === id));
  return {
    async rolesOf(aadObjectId) {
      if (!aadObjectId) return new Set();
      const id = normalise(aadObjectId);
      const stored = await roles.rolesOf(id);
      return new Set<Role>([...fromConfig(id), ...stored]);
    },
    async has(aadObjectId, role) {
      return (await this.rolesOf(aadObjectId)).has(role);
    },
  };
}
