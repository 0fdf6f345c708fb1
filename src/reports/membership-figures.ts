/** External members and leavers for PSD: how many were found, and what was done about them. */
import type { ExternalMemberCounts } from '../ports/member-checks';

export interface MembershipFigures extends ExternalMemberCounts {
  /** Role holders whose roles were removed because they left (distinct people). */
  leaversRemoved: number;
}

/** Where leaver removals are recorded (one audit entry per role removed). */
export const LEAVER_AUDIT_ACTION = 'role.leaver_removed';

/** The figures as labelled lines, shared by the report card, the HTML report and the CSV. */
export function membershipLines(f: MembershipFigures): Array<[string, string]> {
  const waiting = f.alerted - f.expected - f.raised;
  return [
    ['External members alerted (added to teams)', `${f.alerted}${waiting > 0 ? ` (${waiting} waiting)` : ''}`],
    ['Marked expected (partner team)', String(f.expected)],
    ['Raised with the team owner', String(f.raised)],
    ['Leavers whose roles were removed', String(f.leaversRemoved)],
  ];
}

export function hasMembershipActivity(f: MembershipFigures | undefined): f is MembershipFigures {
  return !!f && (f.alerted > 0 || f.leaversRemoved > 0);
}
