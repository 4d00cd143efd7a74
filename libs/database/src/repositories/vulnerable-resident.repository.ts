import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { VulnerabilityKind, VulnerableResident, WelfareOutcome } from '@app/contracts';

/** The register's columns as the service writes them. */
export interface VulnerableResidentValues {
  name: string;
  phone: string | null;
  address: string;
  areaId: string;
  lat: number | null;
  lon: number | null;
  kinds: VulnerabilityKind[];
  needs: string | null;
  caseworker: string | null;
}

export interface VulnerableResidentFilter {
  areaId?: string;
  /** An outcome, or `none` for residents never checked. */
  outcome?: WelfareOutcome | 'none';
  /** Only residents with a pending welfare-check request. */
  due?: boolean;
  /** Field accounts: only residents on an open welfare-check task of one of this account's teams. */
  onOpenTaskOfMember?: string;
  limit: number;
}

interface ResidentRow {
  id: string;
  name: string;
  phone: string | null;
  address: string;
  area_id: string;
  lat: number | null;
  lon: number | null;
  kinds: VulnerabilityKind[];
  needs: string | null;
  caseworker: string | null;
  last_outcome: WelfareOutcome | null;
  last_checked_at: Date | null;
  shelter_id: string | null;
  due_since: Date | null;
}

/**
 * A request is pending until a check is recorded (it is then resolved) or a welfare-check task for the resident is
 * created after it (tasks are created elsewhere, so this is read from the tasks themselves).
 */
const DUE_SINCE = `(SELECT min(r.created_at) FROM welfare_check_requests r
                     WHERE r.vulnerable_resident_id = v.id AND r.resolved_at IS NULL
                       AND NOT EXISTS (SELECT 1 FROM field_tasks t
                                        WHERE t.kind = 'welfare-check' AND t.vulnerable_resident_id = v.id AND t.created_at >= r.created_at))`;

const SELECT_RESIDENT = `SELECT v.id, v.name, v.phone, v.address, v.area_id, v.lat, v.lon, v.kinds, v.needs, v.caseworker, v.last_outcome,
                                v.last_checked_at, v.shelter_id, ${DUE_SINCE} AS due_since
                           FROM vulnerable_residents v`;

function toResident(row: ResidentRow): VulnerableResident {
  return {
    id: row.id,
    name: row.name,
    phone: row.phone,
    address: row.address,
    areaId: row.area_id,
    location: row.lat === null || row.lon === null ? null : { lat: row.lat, lon: row.lon },
    kinds: row.kinds,
    needs: row.needs,
    caseworker: row.caseworker,
    lastOutcome: row.last_outcome,
    lastCheckedAt: row.last_checked_at?.toISOString() ?? null,
    shelterId: row.shelter_id,
    welfareCheckDueSince: row.due_since?.toISOString() ?? null,
  };
}

/** The register of vulnerable residents (table vulnerable_residents), read as the wire shows it. */
@Injectable()
export class VulnerableResidentRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(filter: VulnerableResidentFilter): Promise<VulnerableResident[]> {
    const rows = await this.dataSource.query<ResidentRow[]>(
      `SELECT * FROM (${SELECT_RESIDENT}
         WHERE ($1::text IS NULL OR v.area_id = $1)
           AND ($2::text IS NULL OR ($2 = 'none' AND v.last_outcome IS NULL) OR v.last_outcome = $2)
           AND ($3::uuid IS NULL OR EXISTS (SELECT 1 FROM field_tasks t JOIN team_members m ON m.team_id = t.team_id
                                             WHERE m.staff_user_id = $3 AND t.kind = 'welfare-check' AND t.closed_at IS NULL
                                               AND t.vulnerable_resident_id = v.id))) AS residents
        WHERE NOT $4::boolean OR due_since IS NOT NULL
        ORDER BY area_id, name, id
        LIMIT $5`,
      [filter.areaId ?? null, filter.outcome ?? null, filter.onOpenTaskOfMember ?? null, filter.due ?? false, filter.limit],
    );
    return rows.map(toResident);
  }

  async find(manager: EntityManager | DataSource, id: string): Promise<VulnerableResident | null> {
    const rows = await manager.query<ResidentRow[]>(`${SELECT_RESIDENT} WHERE v.id = $1`, [id]);
    return rows[0] ? toResident(rows[0]) : null;
  }

  /**
   * Locks the resident until the transaction ends (checks, transfers and edits of one resident run one at a time).
   * NO KEY UPDATE: rows already inserted in this transaction that refer to the resident hold a key-share lock on it,
   * which a plain FOR UPDATE of two such transactions would deadlock on.
   */
  async findForUpdate(manager: EntityManager, id: string): Promise<VulnerableResident | null> {
    const locked = await manager.query<{ id: string }[]>(`SELECT id FROM vulnerable_residents WHERE id = $1 FOR NO KEY UPDATE`, [id]);
    return locked.length === 0 ? null : this.find(manager, id);
  }

  async insert(manager: EntityManager, values: VulnerableResidentValues): Promise<VulnerableResident> {
    const [{ id }] = await manager.query<{ id: string }[]>(
      `INSERT INTO vulnerable_residents (name, phone, address, area_id, lat, lon, kinds, needs, caseworker)
       VALUES ($1, $2, $3, $4, $5, $6, $7::text[], $8, $9) RETURNING id`,
      [values.name, values.phone, values.address, values.areaId, values.lat, values.lon, values.kinds, values.needs, values.caseworker],
    );
    return (await this.find(manager, id))!;
  }

  async update(manager: EntityManager, id: string, values: VulnerableResidentValues): Promise<VulnerableResident> {
    await manager.query(
      `UPDATE vulnerable_residents SET name = $2, phone = $3, address = $4, area_id = $5, lat = $6, lon = $7, kinds = $8::text[], needs = $9,
              caseworker = $10, updated_at = now()
        WHERE id = $1`,
      [id, values.name, values.phone, values.address, values.areaId, values.lat, values.lon, values.kinds, values.needs, values.caseworker],
    );
    return (await this.find(manager, id))!;
  }

  /** Records a check's outcome as the latest unless a check made later is already recorded (queued checks arrive late). */
  async applyOutcome(manager: EntityManager, id: string, outcome: WelfareOutcome, recordedAt: Date): Promise<boolean> {
    const updated = await manager.query<{ id: string }[]>(
      `WITH u AS (UPDATE vulnerable_residents SET last_outcome = $2, last_checked_at = $3, updated_at = now()
                   WHERE id = $1 AND (last_checked_at IS NULL OR last_checked_at <= $3) RETURNING id)
       SELECT id FROM u`,
      [id, outcome, recordedAt],
    );
    return updated.length > 0;
  }

  async setShelter(manager: EntityManager, id: string, shelterId: string | null): Promise<void> {
    await manager.query(`UPDATE vulnerable_residents SET shelter_id = $2, updated_at = now() WHERE id = $1`, [id, shelterId]);
  }

  /** Whether the resident is on a welfare-check task of one of this account's teams (open ones only when asked). */
  async onTaskOfMember(residentId: string, staffUserId: string, openOnly: boolean): Promise<boolean> {
    const rows = await this.dataSource.query(
      `SELECT 1 FROM field_tasks t JOIN team_members m ON m.team_id = t.team_id
        WHERE m.staff_user_id = $2 AND t.vulnerable_resident_id = $1 AND t.kind = 'welfare-check' AND (NOT $3 OR t.closed_at IS NULL)
        LIMIT 1`,
      [residentId, staffUserId, openOnly],
    );
    return rows.length > 0;
  }
}
