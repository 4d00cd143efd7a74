import type { EntityManager } from 'typeorm';

/** A column as the rows carry it: its record type in JSON, and how it is stored when that differs (hex → bytea). */
type Column = readonly [name: string, type: string, stored?: 'hex'];

export interface TableWrite {
  table: string;
  columns: readonly Column[];
  /** Upsert on `id`: a demo row that is already there is brought back to the scenario's values (and times). */
  upsert?: boolean;
}

/** One statement for all rows of a table: the rows travel as one JSON array, read back with jsonb_to_recordset. */
export async function writeRows(manager: EntityManager, write: TableWrite, rows: readonly Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const names = write.columns.map(([name]) => name);
  const values = write.columns.map(([name, , stored]) => (stored === 'hex' ? `decode(x.${name}, 'hex')` : `x.${name}`));
  const record = write.columns.map(([name, type]) => `${name} ${type}`);
  const updates = names.filter((name) => name !== 'id').map((name) => `${name} = EXCLUDED.${name}`);
  await manager.query(
    `INSERT INTO ${write.table} (${names.join(', ')})
     SELECT ${values.join(', ')} FROM jsonb_to_recordset($1::jsonb) AS x(${record.join(', ')})
     ${write.upsert ? `ON CONFLICT (id) DO UPDATE SET ${updates.join(', ')}` : ''}`,
    [JSON.stringify(rows)],
  );
}

export const TEAMS: TableWrite = {
  table: 'field_teams',
  upsert: true,
  columns: [
    ['id', 'uuid'],
    ['kind', 'text'],
    ['name', 'text'],
    ['base_place_id', 'text'],
    ['phone', 'text'],
    ['readiness', 'text'],
    ['readiness_note', 'text'],
    ['readiness_at', 'timestamptz'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ],
};

export const MEMBERS: TableWrite = {
  table: 'team_members',
  columns: [
    ['id', 'uuid'],
    ['team_id', 'uuid'],
    ['position', 'int'],
    ['name', 'text'],
    ['phone', 'text'],
    ['staff_user_id', 'uuid'],
    ['leader', 'boolean'],
  ],
};

export const VEHICLES: TableWrite = {
  table: 'vehicles',
  columns: [
    ['id', 'uuid'],
    ['team_id', 'uuid'],
    ['plate', 'text'],
    ['type', 'text'],
    ['capacity', 'int'],
  ],
};

export const READINESS_CHANGES: TableWrite = {
  table: 'team_readiness_changes',
  columns: [
    ['id', 'uuid'],
    ['team_id', 'uuid'],
    ['kind', 'text'],
    ['from_readiness', 'text'],
    ['to_readiness', 'text'],
    ['headcount', 'int'],
    ['by_id', 'uuid'],
    ['by_name', 'text'],
    ['at', 'timestamptz'],
  ],
};

export const RESIDENTS: TableWrite = {
  table: 'vulnerable_residents',
  upsert: true,
  columns: [
    ['id', 'uuid'],
    ['name', 'text'],
    ['phone', 'text'],
    ['address', 'text'],
    ['area_id', 'text'],
    ['lat', 'double precision'],
    ['lon', 'double precision'],
    ['kinds', 'text[]'],
    ['needs', 'text'],
    ['caseworker', 'text'],
    ['last_outcome', 'text'],
    ['last_checked_at', 'timestamptz'],
    ['shelter_id', 'uuid'],
    ['updated_at', 'timestamptz'],
  ],
};

/** Written without their hazard report, which is linked once the reports exist (reports point at tasks too). */
export const TASKS: TableWrite = {
  table: 'field_tasks',
  upsert: true,
  columns: [
    ['id', 'uuid'],
    ['kind', 'text'],
    ['team_id', 'uuid'],
    ['title', 'text'],
    ['area_id', 'text'],
    ['place_id', 'text'],
    ['lat', 'double precision'],
    ['lon', 'double precision'],
    ['checklist', 'jsonb'],
    ['state', 'text'],
    ['reason', 'text'],
    ['people', 'int'],
    ['vehicles', 'int'],
    ['playbook_run_id', 'uuid'],
    ['vulnerable_resident_id', 'uuid'],
    ['hazard_report_id', 'uuid'],
    ['assigned_by_id', 'uuid'],
    ['assigned_by_name', 'text'],
    ['en_route_at', 'timestamptz'],
    ['on_site_at', 'timestamptz'],
    ['closed_at', 'timestamptz'],
    ['created_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ],
};

export const TRANSITIONS: TableWrite = {
  table: 'task_transitions',
  columns: [
    ['id', 'uuid'],
    ['task_id', 'uuid'],
    ['from_state', 'text'],
    ['to_state', 'text'],
    ['by_id', 'uuid'],
    ['by_name', 'text'],
    ['reason', 'text'],
    ['at', 'timestamptz'],
  ],
};

export const REPORTS: TableWrite = {
  table: 'hazard_reports',
  upsert: true,
  columns: [
    ['id', 'uuid'],
    ['client_id', 'text'],
    ['category', 'text'],
    ['severity', 'text'],
    ['description', 'text'],
    ['lat', 'double precision'],
    ['lon', 'double precision'],
    ['accuracy_m', 'double precision'],
    ['area_id', 'text'],
    ['task_id', 'uuid'],
    ['team_id', 'uuid'],
    ['state', 'text'],
    ['reason', 'text'],
    ['duplicate_of', 'uuid'],
    ['reported_by_id', 'uuid'],
    ['reported_by_name', 'text'],
    ['body_hash', 'text', 'hex'],
    ['recorded_at', 'timestamptz'],
    ['received_at', 'timestamptz'],
    ['updated_at', 'timestamptz'],
  ],
};

export const STEPS: TableWrite = {
  table: 'hazard_report_steps',
  columns: [
    ['id', 'uuid'],
    ['report_id', 'uuid'],
    ['from_state', 'text'],
    ['to_state', 'text'],
    ['by_id', 'uuid'],
    ['by_name', 'text'],
    ['reason', 'text'],
    ['team_id', 'uuid'],
    ['at', 'timestamptz'],
  ],
};

export const PHOTOS: TableWrite = {
  table: 'hazard_photos',
  columns: [
    ['id', 'uuid'],
    ['report_id', 'uuid'],
    ['position', 'int'],
    ['storage_key', 'text'],
    ['content_type', 'text'],
    ['bytes', 'int'],
    ['width', 'int'],
    ['height', 'int'],
    ['sha256', 'text', 'hex'],
  ],
};

export const CHECK_INS: TableWrite = {
  table: 'check_ins',
  columns: [
    ['id', 'uuid'],
    ['client_id', 'text'],
    ['team_id', 'uuid'],
    ['user_id', 'uuid'],
    ['user_name', 'text'],
    ['lat', 'double precision'],
    ['lon', 'double precision'],
    ['accuracy_m', 'double precision'],
    ['status', 'text'],
    ['note', 'text'],
    ['body_hash', 'text', 'hex'],
    ['recorded_at', 'timestamptz'],
    ['received_at', 'timestamptz'],
  ],
};

export const WELFARE_CHECKS: TableWrite = {
  table: 'welfare_checks',
  columns: [
    ['id', 'uuid'],
    ['client_id', 'text'],
    ['body_hash', 'text', 'hex'],
    ['vulnerable_resident_id', 'uuid'],
    ['outcome', 'text'],
    ['note', 'text'],
    ['task_id', 'uuid'],
    ['by_id', 'uuid'],
    ['by_name', 'text'],
    ['recorded_at', 'timestamptz'],
    ['received_at', 'timestamptz'],
  ],
};

export const TRANSFERS: TableWrite = {
  table: 'transfers',
  columns: [
    ['id', 'uuid'],
    ['client_id', 'text'],
    ['body_hash', 'text', 'hex'],
    ['shelter_id', 'uuid'],
    ['people', 'int'],
    ['from_area_id', 'text'],
    ['from_note', 'text'],
    ['vulnerable_resident_id', 'uuid'],
    ['team_id', 'uuid'],
    ['task_id', 'uuid'],
    ['by_id', 'uuid'],
    ['by_name', 'text'],
    ['recorded_at', 'timestamptz'],
    ['received_at', 'timestamptz'],
  ],
};

export const DEPARTURES: TableWrite = {
  table: 'shelter_departures',
  columns: [
    ['id', 'uuid'],
    ['shelter_id', 'uuid'],
    ['people', 'int'],
    ['note', 'text'],
    ['by_id', 'uuid'],
    ['by_name', 'text'],
    ['recorded_at', 'timestamptz'],
  ],
};
