/** Roles port: grants made in Teams (bootstrap ids from configuration are added by moderation/roles.ts). */
import type { Role, RoleAssignment } from '../moderation/role';

export interface RolesRepo {
  /** Returns true if newly granted (false if the user already had the role). */
  grant(input: { userId: string; role: Role; name?: string | null; grantedBy: string; grantedAt?: Date }): Promise<boolean>;
  revoke(userId: string, role: Role): Promise<boolean>;
  list(role?: Role): Promise<RoleAssignment[]>;
  rolesOf(userId: string): Promise<Role[]>;
}
