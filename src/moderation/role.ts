/** The roles a person can hold, in one place: commands, role checks and storage all use this type. */
export type Role = 'admin' | 'moderator' | 'psd';
export const ROLES: readonly Role[] = ['admin', 'moderator', 'psd'];
export interface RoleAssignment {
  /** AAD object id. */
  userId: string;
  role: Role;
  name: string | null;
  grantedBy: string;
  grantedAt: Date;
}
