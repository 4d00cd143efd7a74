import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { VulnerabilityKind, WelfareCheck, WelfareOutcome } from '@app/contracts';
import { findByClientId, insertOnceByClientId, type ClientIdTable } from './client-id-rows.js';

export interface NewWelfareCheckRow {
  clientId: string;
  bodyHash: Buffer;
  vulnerableResidentId: string;
  outcome: WelfareOutcome;
  note: string | null;
  taskId: string | null;
  byId: string;
  byName: string;
  recordedAt: Date;
}

export interface StoredWelfareCheck {
  check: WelfareCheck;
  bodyHash: Buffer;
}

/** Which residents a playbook run asks to have checked (null: any). */
export interface WelfareCheckRequestSelection {
  areas: string[] | null;
  kinds: VulnerabilityKind[] | null;
}

/** A welfare-check task the checks can point at, with what access and consistency checks need. */
export interface WelfareTaskRef {
  id: string;
  kind: string;
  teamId: string;
  vulnerableResidentId: string | null;
  open: boolean;
}

interface CheckRow {
  id: string;
  vulnerable_resident_id: string;
  outcome: WelfareOutcome;
  note: string | null;
  task_id: string | null;
  by_id: string;
  by_name: string;
  recorded_at: Date;
  body_hash: Buffer;
}

const WELFARE_CHECKS: ClientIdTable = {
  name: 'welfare_checks',
  columns: `id, vulnerable_resident_id, outcome, note, task_id, by_id, by_name, recorded_at, body_hash`,
};

function toStored(row: CheckRow): StoredWelfareCheck {
  return {
    check: {
      id: row.id,
      vulnerableResidentId: row.vulnerable_resident_id,
      outcome: row.outcome,
      note: row.note,
      taskId: row.task_id,
      byId: row.by_id,
      byName: row.by_name,
      recordedAt: row.recorded_at.toISOString(),
    },
    bodyHash: row.body_hash,
  };
}

/** Welfare checks and the requests playbook runs file for them (tables welfare_checks, welfare_check_requests). */
@Injectable()
export class WelfareCheckRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findByClientId(manager: EntityManager | DataSource, clientId: string): Promise<StoredWelfareCheck | null> {
    const row = await findByClientId<CheckRow>(manager, WELFARE_CHECKS, clientId);
    return row ? toStored(row) : null;
  }

  /** Inserts unless the client id is stored; `created` false means a copy (possibly concurrent) got there first. */
  async insertOnce(manager: EntityManager, values: NewWelfareCheckRow): Promise<{ stored: StoredWelfareCheck; created: boolean }> {
    const { row, created } = await insertOnceByClientId<CheckRow>(manager, WELFARE_CHECKS, {
      client_id: values.clientId,
      body_hash: values.bodyHash,
      vulnerable_resident_id: values.vulnerableResidentId,
      outcome: values.outcome,
      note: values.note,
      task_id: values.taskId,
      by_id: values.byId,
      by_name: values.byName,
      recorded_at: values.recordedAt,
    });
    return { stored: toStored(row), created };
  }

  async findTask(taskId: string): Promise<WelfareTaskRef | null> {
    const rows = await this.dataSource.query<{ id: string; kind: string; team_id: string; vulnerable_resident_id: string | null; open: boolean }[]>(
      `SELECT id, kind, team_id, vulnerable_resident_id, closed_at IS NULL AS open FROM field_tasks WHERE id = $1`,
      [taskId],
    );
    const row = rows[0];
    return row ? { id: row.id, kind: row.kind, teamId: row.team_id, vulnerableResidentId: row.vulnerable_resident_id, open: row.open } : null;
  }

  /** A check made at `recordedAt` or later answers the requests filed before it. */
  async resolveRequests(manager: EntityManager, residentId: string, recordedAt: Date): Promise<number> {
    const rows = await manager.query<{ id: string }[]>(
      `WITH u AS (UPDATE welfare_check_requests SET resolved_at = now(), resolved_by = 'check'
                   WHERE vulnerable_resident_id = $1 AND resolved_at IS NULL AND created_at <= $2 RETURNING id)
       SELECT id FROM u`,
      [residentId, recordedAt],
    );
    return rows.length;
  }

  /**
   * Files one request per selected resident who has neither an open welfare-check task nor a pending request, in
   * the caller's transaction (the run's). Requests answered since by a task are closed first, so the one pending
   * request a resident may have is always a live one. Returns the residents requested.
   */
  async requestForRun(manager: EntityManager, runId: string, selection: WelfareCheckRequestSelection): Promise<string[]> {
    await manager.query(
      `UPDATE welfare_check_requests r SET resolved_at = now(), resolved_by = 'task'
        WHERE r.resolved_at IS NULL
          AND EXISTS (SELECT 1 FROM field_tasks t
                       WHERE t.kind = 'welfare-check' AND t.vulnerable_resident_id = r.vulnerable_resident_id AND t.created_at >= r.created_at)`,
    );
    const rows = await manager.query<{ vulnerable_resident_id: string }[]>(
      `INSERT INTO welfare_check_requests (vulnerable_resident_id, playbook_run_id)
       SELECT v.id, $1 FROM vulnerable_residents v
        WHERE ($2::text[] IS NULL OR v.area_id = ANY($2))
          AND ($3::text[] IS NULL OR v.kinds && $3::text[])
          AND NOT EXISTS (SELECT 1 FROM field_tasks t WHERE t.kind = 'welfare-check' AND t.vulnerable_resident_id = v.id AND t.closed_at IS NULL)
        ORDER BY v.id
       ON CONFLICT (vulnerable_resident_id) WHERE resolved_at IS NULL DO NOTHING
       RETURNING vulnerable_resident_id`,
      [runId, selection.areas, selection.kinds],
    );
    return rows.map((row) => row.vulnerable_resident_id);
  }
}
