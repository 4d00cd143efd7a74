import type { INestApplication } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { Role } from '@app/contracts';
import { insertStaff, type TestStaff } from '../auth/testing/staff-fixtures.js';

/** A well-formed id that names nothing, for 404 and unknown-reference cases. */
export const UNKNOWN_ID = '0d9f4a52-6a53-4c6a-9a8e-00000000ffff';

export const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

/** The staff the field-operations tests work with: username prefix, role and, for most, a name to assert on. */
const FIELD_CAST = {
  operator: { prefix: 'op', role: 'operator', displayName: 'Chan Mei' },
  commander: { prefix: 'cmd', role: 'commander', displayName: 'Wong Ka Ho' },
  inspector: { prefix: 'insp', role: 'inspector', displayName: 'Ho Ka Yan' },
  otherInspector: { prefix: 'insp2', role: 'inspector', displayName: 'Lam Sio' },
  crewLead: { prefix: 'lead', role: 'crew_lead', displayName: 'Lei Sio Kei' },
  otherLead: { prefix: 'lead2', role: 'crew_lead', displayName: 'Ng Wai' },
  liaison: { prefix: 'liaison', role: 'liaison', displayName: undefined },
} satisfies Record<string, { prefix: string; role: Role; displayName: string | undefined }>;

export type FieldCastMember = keyof typeof FIELD_CAST;

/** Inserts the named members of the cast, in the order given, as `<prefix>.<suffix>` (the suffix keeps files apart). */
export async function insertFieldCast<K extends FieldCastMember>(app: INestApplication, suffix: string, members: readonly K[]): Promise<Record<K, TestStaff>> {
  const cast = {} as Record<K, TestStaff>;
  for (const member of members) {
    const { prefix, role, displayName } = FIELD_CAST[member];
    cast[member] = await insertStaff(app, { username: `${prefix}.${suffix}`, role, displayName });
  }
  return cast;
}

/** An inspection team straight into the tables the teams module owns, with the given staff as members in order. */
export async function insertTeamRows(sql: DataSource, name: string, members: TestStaff[]): Promise<string> {
  const [{ id }] = await sql.query<{ id: string }[]>(`INSERT INTO field_teams (kind, name) VALUES ('inspection', $1) RETURNING id`, [name]);
  for (const [index, member] of members.entries()) {
    await sql.query(`INSERT INTO team_members (team_id, position, name, staff_user_id) VALUES ($1, $2, $3, $4)`, [id, index + 1, member.displayName, member.id]);
  }
  return id;
}
