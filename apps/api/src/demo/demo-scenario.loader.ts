import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import { TeamRepository } from '@app/database';
import { PhotoStorage } from '../reports/storage/photo-storage.js';
import { DEMO_ID_PATTERN, demoId } from './demo-ids.js';
import { buildDemoRows, demoPhotoFiles, type DemoActor, type DemoRows } from './demo-rows.js';
import type { DemoAccount, DemoScenario } from './demo-scenario.types.js';
import {
  CHECK_INS,
  DEPARTURES,
  MEMBERS,
  PHOTOS,
  READINESS_CHANGES,
  REPORTS,
  RESIDENTS,
  STEPS,
  TASKS,
  TEAMS,
  TRANSFERS,
  TRANSITIONS,
  VEHICLES,
  WELFARE_CHECKS,
  writeRows,
} from './demo-sql.js';
import { TYPHOON_HENGQIN } from './typhoon-hengqin.scenario.js';

/** What a load wrote, for the command to print. */
export interface DemoLoadSummary {
  replaced: boolean;
  inspectionTeams: number;
  rescueCrews: number;
  members: number;
  vehicles: number;
  tasks: Record<string, number>;
  checkIns: number;
  /** Demo units flagged silent right after the load (TEAM_SILENT_AFTER_MINUTES). */
  silentTeams: string[];
  openShelters: { name: string; occupancy: number; capacity: number }[];
  peopleMoved: number;
  residents: number;
  welfareChecks: number;
  reports: Record<string, number>;
  photos: number;
  /** The roster names the seeded accounts are listed under, by username. */
  accountTeams: Record<string, string[]>;
}

export class DemoLoadError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DemoLoadError';
  }
}

const ACCOUNTS: readonly DemoAccount[] = ['inspector', 'crewlead', 'operator', 'commander'];

/**
 * Loads the demo scenario: photos into the photo storage first (fixed keys, same bytes each run), then every row in
 * one transaction, set-based, one statement per table. Demo rows have fixed ids, so a second run replaces them
 * (upserts the units, tasks, reports and residents; rewrites what hangs off them) instead of adding more. The audit
 * trail is never touched: demo rows are not user actions.
 */
@Injectable()
export class DemoScenarioLoader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly storage: PhotoStorage,
    private readonly teams: TeamRepository,
    private readonly config: AppConfig,
  ) {}

  async load(scenario: DemoScenario = TYPHOON_HENGQIN): Promise<DemoLoadSummary> {
    const accounts = await this.accounts();
    const shelters = await this.shelterIds();
    // Built once before anything is written, so a scenario that does not fit the database changes nothing.
    buildDemoRows(scenario, { accounts, shelters, now: new Date() });
    const photos = demoPhotoFiles(scenario);
    await Promise.all(photos.map((photo) => this.storage.put(photo.key, photo.body, photo.contentType)));

    const { replaced, orphanedPhotoKeys } = await this.dataSource
      .transaction(async (manager) => {
        // Two loads at once would otherwise race on the same fixed ids.
        await manager.query(`SELECT pg_advisory_xact_lock(hashtext('qinao-demo-scenario'))`);
        const [{ now }] = await manager.query<{ now: Date }[]>(`SELECT now() AS now`);
        const rows = buildDemoRows(scenario, { accounts, shelters, now });
        const cleared = await this.clear(manager, rows);
        await this.write(manager, rows);
        await this.adjustShelters(manager, rows, cleared.shelterDeltas);
        const kept = new Set(photos.map((p) => p.key));
        return { replaced: cleared.replaced, orphanedPhotoKeys: cleared.photoKeys.filter((key) => !kept.has(key)) };
      })
      .catch((err: unknown) => {
        throw explainWriteError(err);
      });
    // Photos people added to demo reports went with those reports' rows; their bytes go too (best effort).
    await Promise.all(orphanedPhotoKeys.map((key) => this.storage.delete(key).catch(() => undefined)));
    return this.summary(scenario, replaced, photos.length);
  }

  private async accounts(): Promise<Record<DemoAccount, DemoActor>> {
    const rows = await this.dataSource.query<{ username: string; id: string; name: string }[]>(
      `SELECT lower(username) AS username, id, display_name AS name FROM staff_users WHERE lower(username) = ANY($1::text[])`,
      [ACCOUNTS],
    );
    const missing = ACCOUNTS.filter((username) => !rows.some((r) => r.username === username));
    if (missing.length > 0) {
      throw new DemoLoadError(
        `The demo needs the seeded demo accounts, and ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing. ` +
          'Demo accounts are created by `npm run seed` outside production while SEED_DEMO_ACCOUNTS is true (the default).',
      );
    }
    return Object.fromEntries(rows.map((r) => [r.username, { id: r.id, name: r.name }])) as Record<DemoAccount, DemoActor>;
  }

  private async shelterIds(): Promise<Record<string, string>> {
    const rows = await this.dataSource.query<{ place_id: string; id: string }[]>(`SELECT place_id, id FROM shelters WHERE place_id IS NOT NULL`);
    return Object.fromEntries(rows.map((r) => [r.place_id, r.id]));
  }

  /**
   * Removes what hangs off the demo's units, tasks, reports and residents (including what people added to them
   * while trying the demo), and the demo's own transfers and departures, remembering how many people those had
   * put into each shelter.
   */
  private async clear(manager: EntityManager, rows: DemoRows): Promise<{ replaced: boolean; shelterDeltas: Record<string, number>; photoKeys: string[] }> {
    const ids = (list: readonly Record<string, unknown>[]) => list.map((r) => r.id as string);
    const teams = ids(rows.teams);
    const tasks = ids(rows.tasks);
    const reports = ids(rows.reports);
    const residents = ids(rows.residents);
    const [{ replaced }] = await manager.query<{ replaced: boolean }[]>(`SELECT EXISTS (SELECT 1 FROM field_teams WHERE id = ANY($1::uuid[])) AS replaced`, [teams]);
    const deltas = await manager.query<{ shelter_id: string; people: number }[]>(
      `SELECT shelter_id, sum(people)::int AS people FROM (
         SELECT shelter_id, people FROM transfers WHERE id::text LIKE $1
         UNION ALL SELECT shelter_id, -people FROM shelter_departures WHERE id::text LIKE $1) moved
        GROUP BY shelter_id`,
      [DEMO_ID_PATTERN],
    );
    await manager.query(`DELETE FROM transfers WHERE id::text LIKE $1`, [DEMO_ID_PATTERN]);
    await manager.query(`DELETE FROM shelter_departures WHERE id::text LIKE $1`, [DEMO_ID_PATTERN]);
    await manager.query(`DELETE FROM welfare_checks WHERE id::text LIKE $1 OR vulnerable_resident_id = ANY($2::uuid[])`, [DEMO_ID_PATTERN, residents]);
    await manager.query(`DELETE FROM check_ins WHERE id::text LIKE $1 OR team_id = ANY($2::uuid[])`, [DEMO_ID_PATTERN, teams]);
    const photos = await manager.query<{ storage_key: string }[]>(
      `DELETE FROM hazard_photos WHERE id::text LIKE $1 OR report_id = ANY($2::uuid[]) RETURNING storage_key`,
      [DEMO_ID_PATTERN, reports],
    );
    await manager.query(`DELETE FROM hazard_report_steps WHERE id::text LIKE $1 OR report_id = ANY($2::uuid[])`, [DEMO_ID_PATTERN, reports]);
    await manager.query(`DELETE FROM task_transitions WHERE id::text LIKE $1 OR task_id = ANY($2::uuid[])`, [DEMO_ID_PATTERN, tasks]);
    await manager.query(`DELETE FROM team_readiness_changes WHERE id::text LIKE $1 OR team_id = ANY($2::uuid[])`, [DEMO_ID_PATTERN, teams]);
    await manager.query(`DELETE FROM team_members WHERE id::text LIKE $1 OR team_id = ANY($2::uuid[])`, [DEMO_ID_PATTERN, teams]);
    await manager.query(`DELETE FROM vehicles WHERE id::text LIKE $1 OR team_id = ANY($2::uuid[])`, [DEMO_ID_PATTERN, teams]);
    return { replaced, shelterDeltas: Object.fromEntries(deltas.map((d) => [d.shelter_id, d.people])), photoKeys: photos.map((p) => p.storage_key) };
  }

  private async write(manager: EntityManager, rows: DemoRows): Promise<void> {
    await writeRows(manager, TEAMS, rows.teams);
    await writeRows(manager, MEMBERS, rows.members);
    await writeRows(manager, VEHICLES, rows.vehicles);
    await writeRows(manager, READINESS_CHANGES, rows.readinessChanges);
    await writeRows(manager, RESIDENTS, rows.residents);
    await writeRows(manager, TASKS, rows.tasks);
    await writeRows(manager, TRANSITIONS, rows.transitions);
    await writeRows(manager, REPORTS, rows.reports);
    await writeRows(manager, STEPS, rows.steps);
    await writeRows(manager, PHOTOS, rows.photos);
    await manager.query(
      `UPDATE field_tasks f SET hazard_report_id = x.hazard_report_id FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, hazard_report_id uuid) WHERE f.id = x.id`,
      [JSON.stringify(rows.taskReports)],
    );
    await writeRows(manager, CHECK_INS, rows.checkIns);
    await writeRows(manager, WELFARE_CHECKS, rows.welfareChecks);
    await writeRows(manager, TRANSFERS, rows.transfers);
    await writeRows(manager, DEPARTURES, rows.departures);
  }

  /**
   * Opens the scenario's shelters and moves their occupancy by the difference between the demo's movements now and
   * before, so people moved outside the demo stay counted and a second run counts the demo's people once.
   */
  private async adjustShelters(manager: EntityManager, rows: DemoRows, before: Record<string, number>): Promise<void> {
    const shelterIds = [...new Set([...Object.keys(before), ...Object.keys(rows.shelterDeltas), ...rows.openShelterIds])];
    const changes = shelterIds.map((id) => ({ id, delta: (rows.shelterDeltas[id] ?? 0) - (before[id] ?? 0), open: rows.openShelterIds.includes(id) }));
    await manager.query(
      `UPDATE shelters s SET occupancy = greatest(0, s.occupancy + x.delta), open = s.open OR x.open, updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, delta int, open boolean) WHERE s.id = x.id`,
      [JSON.stringify(changes)],
    );
  }

  private async summary(scenario: DemoScenario, replaced: boolean, photos: number): Promise<DemoLoadSummary> {
    const count = (values: string[]) => values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});
    const shelters = await this.dataSource.query<{ name: string; occupancy: number; capacity: number }[]>(
      `SELECT coalesce(names->>'en', names->>'zh-Hans') AS name, occupancy, capacity FROM shelters WHERE place_id = ANY($1::text[]) ORDER BY place_id`,
      [scenario.openShelters],
    );
    const silent = new Set(await this.teams.silentTeamIds(this.config.teamSilentAfterMinutes));
    const silentTeams = scenario.teams.filter((_, i) => silent.has(demoId('team', i + 1))).map((t) => t.name);
    const accountTeams: Record<string, string[]> = {};
    for (const team of scenario.teams) if (team.account) (accountTeams[team.account.username] ??= []).push(team.name);
    return {
      replaced,
      inspectionTeams: scenario.teams.filter((t) => t.kind === 'inspection').length,
      rescueCrews: scenario.teams.filter((t) => t.kind === 'rescue').length,
      members: scenario.teams.reduce((n, t) => n + t.members.length + (t.account ? 1 : 0), 0),
      vehicles: scenario.teams.reduce((n, t) => n + t.vehicles.length, 0),
      tasks: count(scenario.tasks.map((t) => t.state)),
      checkIns: scenario.checkIns.length,
      silentTeams,
      openShelters: shelters,
      peopleMoved: scenario.transfers.reduce((n, t) => n + t.people, 0),
      residents: scenario.residents.length,
      welfareChecks: scenario.welfareChecks.length,
      reports: count(scenario.reports.map((r) => (r.steps.at(-1)?.to ?? 'reported') as string)),
      photos,
      accountTeams,
    };
  }
}

/** A clash with rows people made (a team name, a plate or a client id the demo needs) said plainly. */
function explainWriteError(err: unknown): unknown {
  const pgError = err as { code?: string; detail?: string; constraint?: string };
  if (pgError.code !== '23505') return err;
  return new DemoLoadError(
    `The demo could not be loaded, nothing was changed: ${pgError.detail ?? pgError.constraint ?? 'a unique value is already taken'}. ` +
      'A team, vehicle or record that is not part of the demo uses a name, plate or id the demo needs; rename it and run again.',
    { cause: err },
  );
}
