import type { Clock } from '../../ports/clock';
import type { Role, RoleAssignment } from '../../moderation/role';
import type { RolesRepo } from '../../ports/roles-repo';
import { type SqlClient, toDate } from '../sql-client';

interface Row { user_id: string; role: Role; name: string | null; granted_by: string; granted_at: unknown }
const map = (r: Row): RoleAssignment => ({
  userId: r.user_id, role: r.role, name: r.name, grantedBy: r.granted_by, grantedAt: toDate(r.granted_at),
});

export function rolesRepo(c: SqlClient, clock: Clock): RolesRepo {
  return {
    async grant(input) {
      const res = await c.query(
        `INSERT INTO role_assignments (user_id, role, name, granted_by, granted_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (user_id, role) DO NOTHING`,
        [input.userId, input.role, input.name ?? null, input.grantedBy, input.grantedAt ?? clock.now()],
      );
      return res.rowCount > 0;
    },
    async revoke(userId, role) {
      return (await c.query('DELETE FROM role_assignments WHERE user_id = $1 AND role = $2', [userId, role])).rowCount > 0;
    },
    async list(role) {
      const { rows } = role
        ? await c.query<Row>('SELECT * FROM role_assignments WHERE role = $1 ORDER BY granted_at, user_id', [role])
        : await c.query<Row>('SELECT * FROM role_assignments ORDER BY role, granted_at, user_id');
      return rows.map(map);
    },
    async rolesOf(userId) {
      const { rows } = await c.query<{ role: Role }>('SELECT role FROM role_assignments WHERE user_id = $1 ORDER BY role', [userId]);
      return rows.map((r) => r.role);
    },
  };
}
