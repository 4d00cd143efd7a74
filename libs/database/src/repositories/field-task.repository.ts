import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { FieldTask, TaskChecklistItem, TaskKind, TaskListFilter, TaskState, TaskTransition } from '@app/contracts';

export interface NewFieldTask {
  kind: TaskKind;
  teamId: string;
  title: string;
  areaId: string | null;
  placeId: string | null;
  lat: number | null;
  lon: number | null;
  checklist: TaskChecklistItem[];
  people: number;
  vehicles: number;
  playbookRunId: string | null;
  vulnerableResidentId: string | null;
  hazardReportId: string | null;
  assignedById: string;
  assignedByName: string;
}

export interface TaskActor {
  id: string | null;
  name: string;
}

/** A task as locked for a change: what the state machine and the access check need. */
export interface LockedFieldTask {
  id: string;
  teamId: string;
  state: TaskState;
  checklist: TaskChecklistItem[];
}

export interface TripTotals {
  trips: number;
  inspectorTrips: number;
  vehicleTrips: number;
}

interface TaskRow {
  id: string;
  kind: TaskKind;
  team_id: string;
  team_name: string;
  title: string;
  area_id: string | null;
  place_id: string | null;
  lat: number | null;
  lon: number | null;
  checklist: TaskChecklistItem[];
  state: TaskState;
  reason: string | null;
  people: number;
  vehicles: number;
  playbook_run_id: string | null;
  vulnerable_resident_id: string | null;
  hazard_report_id: string | null;
  assigned_by_id: string | null;
  assigned_by_name: string;
  created_at: Date;
  updated_at: Date;
}

interface TransitionRow {
  task_id: string;
  from_state: TaskState | null;
  to_state: TaskState;
  by_id: string | null;
  by_name: string;
  reason: string | null;
  at: Date;
}

const TASK_SELECT = `
  SELECT f.id, f.kind, f.team_id, t.name AS team_name, f.title, f.area_id, f.place_id, f.lat, f.lon, f.checklist, f.state, f.reason,
         f.people, f.vehicles, f.playbook_run_id, f.vulnerable_resident_id, f.hazard_report_id, f.assigned_by_id, f.assigned_by_name,
         f.created_at, f.updated_at
    FROM field_tasks f JOIN field_teams t ON t.id = f.team_id`;

const STATE_FILTER: Record<TaskListFilter, string> = {
  open: 'f.closed_at IS NULL',
  closed: 'f.closed_at IS NOT NULL',
  all: 'true',
};

/**
 * Field tasks and their history (tables field_tasks, task_transitions). Trips are summed here from tasks that went
 * en route, the one definition every figure (dashboard, after-action report) uses.
 */
@Injectable()
export class FieldTaskRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, task: NewFieldTask): Promise<string> {
    const rows = await manager.query<{ id: string }[]>(
      `INSERT INTO field_tasks (kind, team_id, title, area_id, place_id, lat, lon, checklist, people, vehicles, playbook_run_id,
                                vulnerable_resident_id, hazard_report_id, assigned_by_id, assigned_by_name)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
      [
        task.kind,
        task.teamId,
        task.title,
        task.areaId,
        task.placeId,
        task.lat,
        task.lon,
        JSON.stringify(task.checklist),
        task.people,
        task.vehicles,
        task.playbookRunId,
        task.vulnerableResidentId,
        task.hazardReportId,
        task.assignedById,
        task.assignedByName,
      ],
    );
    await this.insertTransition(manager, rows[0].id, null, 'assigned', { id: task.assignedById, name: task.assignedByName }, null, null);
    return rows[0].id;
  }

  async insertTransition(manager: EntityManager, taskId: string, from: TaskState | null, to: TaskState, actor: TaskActor, reason: string | null, clientId: string | null): Promise<void> {
    await manager.query(
      `INSERT INTO task_transitions (task_id, from_state, to_state, by_id, by_name, reason, client_id) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [taskId, from, to, actor.id, actor.name, reason, clientId],
    );
  }

  /** Locks the task until the transaction ends, so two phones moving one task apply one after the other. */
  async lock(manager: EntityManager, id: string): Promise<LockedFieldTask | null> {
    const rows = await manager.query<{ id: string; team_id: string; state: TaskState; checklist: TaskChecklistItem[] }[]>(
      `SELECT id, team_id, state, checklist FROM field_tasks WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ? { id: rows[0].id, teamId: rows[0].team_id, state: rows[0].state, checklist: rows[0].checklist } : null;
  }

  /** The transition a phone already sent under this client id, if any. */
  async transitionByClientId(manager: EntityManager, taskId: string, clientId: string): Promise<{ to: TaskState; reason: string | null } | null> {
    const rows = await manager.query<{ to_state: TaskState; reason: string | null }[]>(
      `SELECT to_state, reason FROM task_transitions WHERE task_id = $1 AND client_id = $2`,
      [taskId, clientId],
    );
    return rows[0] ? { to: rows[0].to_state, reason: rows[0].reason } : null;
  }

  /**
   * Moves the task. The first departure sets en_route_at (what trips are counted from); arrival sets on_site_at;
   * a final state sets closed_at.
   */
  async setState(manager: EntityManager, id: string, to: TaskState, reason: string | null, stamps: { enRoute: boolean; onSite: boolean; closed: boolean }): Promise<void> {
    await manager.query(
      `UPDATE field_tasks
          SET state = $2, reason = coalesce($3, reason), updated_at = now(),
              en_route_at = CASE WHEN $4 THEN coalesce(en_route_at, now()) ELSE en_route_at END,
              on_site_at = CASE WHEN $5 THEN coalesce(on_site_at, now()) ELSE on_site_at END,
              closed_at = CASE WHEN $6 THEN now() ELSE closed_at END
        WHERE id = $1`,
      [id, to, reason, stamps.enRoute, stamps.onSite, stamps.closed],
    );
  }

  async setChecklist(manager: EntityManager, id: string, checklist: TaskChecklistItem[]): Promise<void> {
    await manager.query(`UPDATE field_tasks SET checklist = $2::jsonb, updated_at = now() WHERE id = $1`, [id, JSON.stringify(checklist)]);
  }

  async get(id: string, manager: EntityManager = this.dataSource.manager): Promise<FieldTask | null> {
    const rows = await manager.query<TaskRow[]>(`${TASK_SELECT} WHERE f.id = $1`, [id]);
    if (rows.length === 0) return null;
    return (await this.withHistory(manager, rows))[0];
  }

  /**
   * Tasks newest first. `teamIds` null means every unit (HQ); an array limits to those units (a field member's),
   * whatever else was asked.
   */
  async list(filter: { state: TaskListFilter; teamIds: readonly string[] | null; teamId?: string; limit: number }): Promise<FieldTask[]> {
    const rows = await this.dataSource.query<TaskRow[]>(
      `${TASK_SELECT}
        WHERE ${STATE_FILTER[filter.state]}
          AND ($1::uuid[] IS NULL OR f.team_id = ANY($1::uuid[]))
          AND ($2::uuid IS NULL OR f.team_id = $2::uuid)
        ORDER BY f.created_at DESC, f.id
        LIMIT $3`,
      [filter.teamIds ? [...filter.teamIds] : null, filter.teamId ?? null, filter.limit],
    );
    return this.withHistory(this.dataSource.manager, rows);
  }

  /** Trips made between `from` and `to` (by departure time), or all of them. */
  async tripTotals(period: { from: Date; to: Date } | null = null, manager: EntityManager = this.dataSource.manager): Promise<TripTotals> {
    const [row] = await manager.query<TripTotals[]>(
      `SELECT count(*)::int AS trips, coalesce(sum(people), 0)::int AS "inspectorTrips", coalesce(sum(vehicles), 0)::int AS "vehicleTrips"
         FROM field_tasks
        WHERE en_route_at IS NOT NULL AND ($1::timestamptz IS NULL OR en_route_at >= $1) AND ($2::timestamptz IS NULL OR en_route_at < $2)`,
      [period?.from ?? null, period?.to ?? null],
    );
    return row;
  }

  async areaExists(id: string): Promise<boolean> {
    return (await this.dataSource.query(`SELECT 1 FROM areas WHERE id = $1`, [id])).length > 0;
  }

  /** A playbook run's checklist lines in order, in one language. Null when the run does not exist. */
  async playbookRunChecklist(runId: string, language: string): Promise<string[] | null> {
    const runs = await this.dataSource.query(`SELECT 1 FROM playbook_runs WHERE id = $1`, [runId]);
    if (runs.length === 0) return null;
    const rows = await this.dataSource.query<{ text: string }[]>(
      `SELECT coalesce(title ->> $2, title ->> 'en') AS text FROM playbook_tasks WHERE run_id = $1 ORDER BY position`,
      [runId, language],
    );
    return rows.map((r) => r.text);
  }

  private async withHistory(manager: EntityManager, rows: TaskRow[]): Promise<FieldTask[]> {
    if (rows.length === 0) return [];
    const history = await manager.query<TransitionRow[]>(
      `SELECT task_id, from_state, to_state, by_id, by_name, reason, at FROM task_transitions WHERE task_id = ANY($1::uuid[]) ORDER BY task_id, at, id`,
      [rows.map((r) => r.id)],
    );
    const byTask = new Map<string, TaskTransition[]>();
    for (const h of history) {
      const list = byTask.get(h.task_id) ?? [];
      list.push({ from: h.from_state, to: h.to_state, byId: h.by_id ?? '', byName: h.by_name, at: h.at.toISOString(), reason: h.reason });
      byTask.set(h.task_id, list);
    }
    return rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      teamId: r.team_id,
      teamName: r.team_name,
      title: r.title,
      areaId: r.area_id,
      placeId: r.place_id,
      location: r.lat !== null && r.lon !== null ? { lat: r.lat, lon: r.lon } : null,
      checklist: r.checklist,
      state: r.state,
      reason: r.reason,
      people: r.people,
      vehicles: r.vehicles,
      playbookRunId: r.playbook_run_id,
      vulnerableResidentId: r.vulnerable_resident_id,
      hazardReportId: r.hazard_report_id,
      assignedById: r.assigned_by_id ?? '',
      assignedByName: r.assigned_by_name,
      createdAt: r.created_at.toISOString(),
      updatedAt: r.updated_at.toISOString(),
      history: byTask.get(r.id) ?? [],
    }));
  }
}
