import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { TeamKind, TeamMember, TeamReadiness, Vehicle, VehicleType } from '@app/contracts';

/** A unit as stored, with what the dashboard derives: headcount, last check-in, and what silence is counted from. */
export interface TeamRecord extends TeamValues {
  id: string;
  readinessAt: Date;
  updatedAt: Date;
  members: TeamMember[];
  vehicles: Vehicle[];
  headcount: number;
  lastCheckIn: { lat: number; lon: number; at: Date; byName: string } | null;
  openTasks: number;
  /** The oldest open task's creation time: a unit with work is out from then. */
  oldestOpenTaskAt: Date | null;
}

export interface TeamValues {
  kind: TeamKind;
  name: string;
  basePlaceId: string | null;
  baseNote: string | null;
  phone: string | null;
  readiness: TeamReadiness;
}

export interface MemberValues {
  name: string;
  phone: string | null;
  staffUserId: string | null;
  leader: boolean;
}

export interface VehicleValues {
  plate: string;
  type: VehicleType;
  capacity: number;
}

export interface ReadinessActor {
  id: string | null;
  name: string;
}

/** Units on standby and their people, by kind: the HQ's "crews on standby" and "people on standby". */
export interface ReadinessCounts {
  kind: TeamKind;
  readiness: TeamReadiness;
  teams: number;
  people: number;
}

interface TeamRow {
  id: string;
  kind: TeamKind;
  name: string;
  base_place_id: string | null;
  base_note: string | null;
  phone: string | null;
  readiness: TeamReadiness;
  readiness_at: Date;
  updated_at: Date;
  headcount: number;
  last_lat: number | null;
  last_lon: number | null;
  last_at: Date | null;
  last_by: string | null;
  open_tasks: number;
  oldest_open_at: Date | null;
}

// The same SQL key as the vehicles_plate_key index: case and spacing do not make another vehicle.
const PLATE_KEY = (column: string) => `upper(regexp_replace(${column}, '[[:space:]-]+', '', 'g'))`;

const TEAM_SELECT = `
  SELECT t.id, t.kind, t.name, t.base_place_id, t.base_note, t.phone, t.readiness, t.readiness_at, t.updated_at,
         (SELECT count(*)::int FROM team_members m WHERE m.team_id = t.id) AS headcount,
         c.lat AS last_lat, c.lon AS last_lon, c.recorded_at AS last_at, c.user_name AS last_by,
         o.open_tasks, o.oldest_open_at
    FROM field_teams t
    LEFT JOIN LATERAL (SELECT lat, lon, recorded_at, user_name FROM check_ins WHERE team_id = t.id ORDER BY recorded_at DESC LIMIT 1) c ON true
    LEFT JOIN LATERAL (SELECT count(*)::int AS open_tasks, min(created_at) AS oldest_open_at FROM field_tasks WHERE team_id = t.id AND closed_at IS NULL) o ON true`;

/**
 * Field units, their members and vehicles (tables field_teams, team_members, vehicles, team_readiness_changes).
 * The figures other views need (standby counts, who is in which team) are read here too, so every view counts alike.
 */
@Injectable()
export class TeamRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Every unit (or those named), kind then name; with members, vehicles and last position. */
  async list(ids?: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<TeamRecord[]> {
    const rows = await manager.query<TeamRow[]>(
      `${TEAM_SELECT} WHERE $1::uuid[] IS NULL OR t.id = ANY($1::uuid[]) ORDER BY t.kind, lower(t.name)`,
      [ids ? [...ids] : null],
    );
    return this.withCrew(manager, rows);
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<TeamRecord | null> {
    const [team] = await this.list([id], manager);
    return team ?? null;
  }

  async exists(id: string): Promise<boolean> {
    return (await this.dataSource.query(`SELECT 1 FROM field_teams WHERE id = $1`, [id])).length > 0;
  }

  /** Locks the unit's row until the transaction ends: changes to one unit happen one after the other. */
  async lock(manager: EntityManager, id: string): Promise<{ id: string; kind: TeamKind; name: string; readiness: TeamReadiness } | null> {
    const rows = await manager.query(`SELECT id, kind, name, readiness FROM field_teams WHERE id = $1 FOR UPDATE`, [id]);
    return rows[0] ?? null;
  }

  /** Units by call sign (case-insensitive), locked: the roster import decides create or update from this. */
  async lockByNames(manager: EntityManager, names: readonly string[]): Promise<{ id: string; kind: TeamKind; name: string; readiness: TeamReadiness }[]> {
    return manager.query(`SELECT id, kind, name, readiness FROM field_teams WHERE lower(name) = ANY($1::text[]) FOR UPDATE`, [names.map((n) => n.toLowerCase())]);
  }

  async nameTaken(name: string, exceptId: string | null): Promise<boolean> {
    const rows = await this.dataSource.query(`SELECT 1 FROM field_teams WHERE lower(name) = lower($1) AND ($2::uuid IS NULL OR id <> $2::uuid)`, [name, exceptId]);
    return rows.length > 0;
  }

  async insert(manager: EntityManager, values: TeamValues): Promise<string> {
    const rows = await manager.query<{ id: string }[]>(
      `INSERT INTO field_teams (kind, name, base_place_id, base_note, phone, readiness) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [values.kind, values.name, values.basePlaceId, values.baseNote, values.phone, values.readiness],
    );
    return rows[0].id;
  }

  /** Writes the named fields (readiness changes go through setReadiness, which keeps their history). */
  async update(manager: EntityManager, id: string, values: Partial<Omit<TeamValues, 'readiness'>>): Promise<void> {
    const columns: Record<keyof Omit<TeamValues, 'readiness'>, string> = { kind: 'kind', name: 'name', basePlaceId: 'base_place_id', baseNote: 'base_note', phone: 'phone' };
    const sets: string[] = ['updated_at = now()'];
    const params: unknown[] = [id];
    for (const [key, column] of Object.entries(columns) as [keyof typeof columns, string][]) {
      if (values[key] === undefined) continue;
      params.push(values[key]);
      sets.push(`${column} = $${params.length}`);
    }
    await manager.query(`UPDATE field_teams SET ${sets.join(', ')} WHERE id = $1`, params);
  }

  /** Sets readiness and records the change with the headcount at that moment. */
  async setReadiness(manager: EntityManager, id: string, readiness: TeamReadiness, note: string | null, actor: ReadinessActor): Promise<void> {
    await manager.query(
      `WITH old AS (SELECT readiness FROM field_teams WHERE id = $1),
            upd AS (UPDATE field_teams SET readiness = $2, readiness_note = $3, readiness_at = now(), updated_at = now() WHERE id = $1 RETURNING id, kind)
       INSERT INTO team_readiness_changes (team_id, kind, from_readiness, to_readiness, headcount, by_id, by_name, note)
       SELECT upd.id, upd.kind, (SELECT readiness FROM old), $2, (SELECT count(*)::int FROM team_members WHERE team_id = $1), $4, $5, $3 FROM upd`,
      [id, readiness, note, actor.id, actor.name],
    );
  }

  /**
   * Records the unit's readiness and headcount as they are now, without a change of readiness: on creation (from
   * null) and after its roster changed, so a period's standby peaks count the people really listed then.
   */
  async recordReadinessSnapshot(manager: EntityManager, id: string, actor: ReadinessActor, created: boolean): Promise<void> {
    await manager.query(
      `INSERT INTO team_readiness_changes (team_id, kind, from_readiness, to_readiness, headcount, by_id, by_name)
       SELECT t.id, t.kind, CASE WHEN $4 THEN NULL ELSE t.readiness END, t.readiness, (SELECT count(*)::int FROM team_members WHERE team_id = t.id), $2, $3
         FROM field_teams t WHERE t.id = $1`,
      [id, actor.id, actor.name, created],
    );
  }

  /**
   * Replaces the roster. A staff account stays linked to a member who is listed again under the same name (or
   * phone) without one, so a re-imported roster keeps its members' /field access.
   */
  async replaceMembers(manager: EntityManager, teamId: string, members: readonly MemberValues[]): Promise<void> {
    const old = await manager.query<{ name: string; phone: string | null; staff_user_id: string | null }[]>(
      `WITH gone AS (DELETE FROM team_members WHERE team_id = $1 RETURNING name, phone, staff_user_id, position) SELECT name, phone, staff_user_id FROM gone ORDER BY position`,
      [teamId],
    );
    const linked = old.filter((m) => m.staff_user_id);
    const used = new Set(members.map((m) => m.staffUserId).filter(Boolean));
    const rows = members.map((m) => {
      let staffUserId = m.staffUserId;
      if (!staffUserId) {
        const match = linked.find((o) => !used.has(o.staff_user_id) && (o.name.toLowerCase() === m.name.toLowerCase() || (m.phone !== null && o.phone === m.phone)));
        if (match) {
          staffUserId = match.staff_user_id;
          used.add(staffUserId);
        }
      }
      return { ...m, staffUserId };
    });
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO team_members (team_id, position, name, phone, staff_user_id, leader)
       SELECT $1, r.position, r.name, r.phone, r.staff_user_id, r.leader
         FROM unnest($2::text[], $3::text[], $4::uuid[], $5::boolean[]) WITH ORDINALITY AS r(name, phone, staff_user_id, leader, position)`,
      [teamId, rows.map((r) => r.name), rows.map((r) => r.phone), rows.map((r) => r.staffUserId), rows.map((r) => r.leader)],
    );
  }

  /** Plates already given to another unit than `teamId` (to refuse taking a vehicle silently). */
  async platesOwnedElsewhere(manager: EntityManager, teamId: string | null, plates: readonly string[]): Promise<{ plate: string; teamName: string }[]> {
    if (plates.length === 0) return [];
    return manager.query(
      `SELECT v.plate, t.name AS "teamName" FROM vehicles v JOIN field_teams t ON t.id = v.team_id
        WHERE ${PLATE_KEY('v.plate')} = ANY(SELECT ${PLATE_KEY('p')} FROM unnest($2::text[]) p) AND ($1::uuid IS NULL OR v.team_id <> $1::uuid)`,
      [teamId, [...plates]],
    );
  }

  /**
   * Gives the unit exactly these vehicles: known plates are updated and moved to it, new ones created, and its
   * vehicles not listed are released (kept, with no unit), since the trips they made stay on record.
   */
  async replaceVehicles(manager: EntityManager, teamId: string, vehicles: readonly VehicleValues[]): Promise<void> {
    await manager.query(
      `UPDATE vehicles SET team_id = NULL, updated_at = now()
        WHERE team_id = $1 AND ${PLATE_KEY('plate')} <> ALL(SELECT ${PLATE_KEY('p')} FROM unnest($2::text[]) p)`,
      [teamId, vehicles.map((v) => v.plate)],
    );
    if (vehicles.length === 0) return;
    await manager.query(
      `INSERT INTO vehicles (team_id, plate, type, capacity)
       SELECT $1, r.plate, r.type, r.capacity FROM unnest($2::text[], $3::text[], $4::int[]) AS r(plate, type, capacity)
       ON CONFLICT (${PLATE_KEY('plate')}) DO UPDATE SET team_id = EXCLUDED.team_id, plate = EXCLUDED.plate, type = EXCLUDED.type,
         capacity = EXCLUDED.capacity, updated_at = now()`,
      [teamId, vehicles.map((v) => v.plate), vehicles.map((v) => v.type), vehicles.map((v) => v.capacity)],
    );
  }

  /** The units a staff account is a member of. */
  async teamIdsOf(staffUserId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows = await manager.query<{ team_id: string }[]>(`SELECT team_id FROM team_members WHERE staff_user_id = $1 ORDER BY team_id`, [staffUserId]);
    return rows.map((r) => r.team_id);
  }

  /** Staff accounts on a unit's roster: task events also go to their own rooms. */
  async memberStaffIds(teamId: string, manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const rows = await manager.query<{ staff_user_id: string }[]>(
      `SELECT DISTINCT staff_user_id FROM team_members WHERE team_id = $1 AND staff_user_id IS NOT NULL`,
      [teamId],
    );
    return rows.map((r) => r.staff_user_id);
  }

  /** Those of the given place ids that exist (or every place id, for the roster import). */
  async knownPlaceIds(ids: readonly string[] | null): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(`SELECT id FROM places WHERE $1::text[] IS NULL OR id = ANY($1::text[])`, [ids ? [...ids] : null]);
    return rows.map((r) => r.id);
  }

  /** Staff accounts that do not exist or are inactive, of those given. */
  async unknownStaff(ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await this.dataSource.query<{ id: string }[]>(`SELECT id FROM staff_users WHERE id = ANY($1::uuid[]) AND active`, [[...ids]]);
    const found = new Set(rows.map((r) => r.id));
    return ids.filter((id) => !found.has(id));
  }

  /** Units and people by kind and readiness, now. */
  async readinessCounts(manager: EntityManager = this.dataSource.manager): Promise<ReadinessCounts[]> {
    return manager.query(
      `SELECT t.kind, t.readiness, count(*)::int AS teams, coalesce(sum((SELECT count(*) FROM team_members m WHERE m.team_id = t.id)), 0)::int AS people
         FROM field_teams t GROUP BY t.kind, t.readiness ORDER BY t.kind, t.readiness`,
    );
  }

  /**
   * The most rescue crews, and people in them, that were on standby at once during the period: the state of every
   * crew is replayed from team_readiness_changes at the period's start and at each change within it.
   */
  async standbyPeaks(period: { from: Date; to: Date }, manager: EntityManager = this.dataSource.manager): Promise<{ peakCrewsOnStandby: number; peakPeopleOnStandby: number }> {
    const [row] = await manager.query(
      `WITH instants AS (
         SELECT $1::timestamptz AS t
         UNION SELECT at FROM team_readiness_changes WHERE at > $1 AND at < $2 AND kind = 'rescue'),
       states AS (
         SELECT i.t, c.to_readiness, c.headcount
           FROM instants i
           CROSS JOIN LATERAL (SELECT DISTINCT ON (team_id) to_readiness, headcount FROM team_readiness_changes
                                WHERE kind = 'rescue' AND at <= i.t ORDER BY team_id, at DESC, id DESC) c),
       totals AS (
         SELECT t, count(*) FILTER (WHERE to_readiness = 'standby') AS crews, coalesce(sum(headcount) FILTER (WHERE to_readiness = 'standby'), 0) AS people
           FROM states GROUP BY t)
       SELECT coalesce(max(crews), 0)::int AS "peakCrewsOnStandby", coalesce(max(people), 0)::int AS "peakPeopleOnStandby" FROM totals`,
      [period.from, period.to],
    );
    return row;
  }

  /**
   * Units that are out (deployed, or with an open task) and not heard from since `silentAfterMinutes` before `now`:
   * neither a check-in nor going out in that time. Same rule as isTeamSilent in the domain library.
   */
  async silentTeamIds(silentAfterMinutes: number, now: Date = new Date(), manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    // greatest/least skip NULLs: a unit never heard from and never out has no time at all, hence -infinity.
    const rows = await manager.query<{ id: string }[]>(
      `SELECT t.id FROM field_teams t
         LEFT JOIN LATERAL (SELECT count(*)::int AS open_tasks, min(created_at) AS oldest_open_at FROM field_tasks WHERE team_id = t.id AND closed_at IS NULL) o ON true
         LEFT JOIN LATERAL (SELECT max(recorded_at) AS last_at FROM check_ins WHERE team_id = t.id) c ON true
        WHERE (t.readiness = 'deployed' OR o.open_tasks > 0)
          AND coalesce(greatest(c.last_at, least(CASE WHEN t.readiness = 'deployed' THEN t.readiness_at END, o.oldest_open_at)), '-infinity')
              < $1::timestamptz - make_interval(mins => $2::int)
        ORDER BY t.id`,
      [now, silentAfterMinutes],
    );
    return rows.map((r) => r.id);
  }

  private async withCrew(manager: EntityManager, rows: TeamRow[]): Promise<TeamRecord[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const members = await manager.query<{ id: string; team_id: string; name: string; phone: string | null; staff_user_id: string | null; leader: boolean }[]>(
      `SELECT id, team_id, name, phone, staff_user_id, leader FROM team_members WHERE team_id = ANY($1::uuid[]) ORDER BY team_id, position`,
      [ids],
    );
    const vehicles = await manager.query<{ id: string; team_id: string; plate: string; type: VehicleType; capacity: number }[]>(
      `SELECT id, team_id, plate, type, capacity FROM vehicles WHERE team_id = ANY($1::uuid[]) ORDER BY team_id, plate`,
      [ids],
    );
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      name: r.name,
      basePlaceId: r.base_place_id,
      baseNote: r.base_note,
      phone: r.phone,
      readiness: r.readiness,
      readinessAt: r.readiness_at,
      updatedAt: r.updated_at,
      members: members.filter((m) => m.team_id === r.id).map((m) => ({ id: m.id, name: m.name, phone: m.phone, staffUserId: m.staff_user_id, leader: m.leader })),
      vehicles: vehicles.filter((v) => v.team_id === r.id).map((v) => ({ id: v.id, plate: v.plate, type: v.type, capacity: v.capacity, teamId: v.team_id })),
      headcount: r.headcount,
      lastCheckIn: r.last_at && r.last_lat !== null && r.last_lon !== null ? { lat: r.last_lat, lon: r.last_lon, at: r.last_at, byName: r.last_by ?? '' } : null,
      openTasks: r.open_tasks,
      oldestOpenTaskAt: r.oldest_open_at,
    }));
  }
}

/** When a unit went out: its deployment, or its oldest open task, whichever came first. */
export function outSince(team: Pick<TeamRecord, 'readiness' | 'readinessAt' | 'oldestOpenTaskAt'>): Date | null {
  const times = [team.readiness === 'deployed' ? team.readinessAt : null, team.oldestOpenTaskAt].filter((d): d is Date => d !== null);
  return times.length ? new Date(Math.min(...times.map((d) => d.getTime()))) : null;
}
