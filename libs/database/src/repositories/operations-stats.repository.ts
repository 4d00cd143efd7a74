import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { OperationsKpis } from '@app/contracts';

/** The KPI figures as the database gives them; the caller adds the window start and the time of reading. */
export type OperationsKpiRow = Omit<OperationsKpis, 'since' | 'at'>;

export interface AfterActionRows {
  warnings: { alerts: number; sent: number; failed: number };
  sentByLanguage: { language: string; sent: number }[];
  signalChanges: { at: Date; authority: string; area: string; hazard: string; level: string | null }[];
  teams: { inspectionTeams: number; rescueCrews: number; tasks: number; tasksDone: number; inspectorTrips: number; vehicleTrips: number; vehicles: number };
  crews: { peakCrewsOnStandby: number; peakPeopleOnStandby: number };
  hazards: { found: number; rectified: number; verified: number; open: number };
  hazardsByCategory: { category: string; found: number; rectified: number }[];
  evacuation: { peopleMoved: number; transfers: number; sheltersUsed: number; peakOccupancy: number; vulnerableChecked: number };
  welfareOutcomes: { outcome: string; count: number }[];
  residents: { safe: number; needHelp: number; helpRequestsHandled: number };
}

/**
 * Read-only figures across the field-operation, alert and resident tables. Every number is one aggregate query
 * over the rows, so the dashboard, the liaison's aggregates and the after-action report agree with the data.
 */
@Injectable()
export class OperationsStatsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Current state (teams out, standby, open hazards, occupancy) and activity since `since` (trips, moves, warnings). */
  async kpis(since: Date, silentAfterMinutes: number): Promise<OperationsKpiRow> {
    const [row] = await this.dataSource.query(
      `SELECT
         (SELECT count(*)::int FROM field_teams t WHERE t.kind = 'inspection' AND (t.readiness = 'deployed'
            OR EXISTS (SELECT 1 FROM field_tasks k WHERE k.team_id = t.id AND k.state IN ('en-route','on-site')))) AS "inspectionTeamsOut",
         (SELECT coalesce(sum(people), 0)::int FROM field_tasks WHERE en_route_at >= $1) AS "inspectorTrips",
         (SELECT coalesce(sum(vehicles), 0)::int FROM field_tasks WHERE en_route_at >= $1) AS "vehicleTrips",
         (SELECT count(*)::int FROM field_teams WHERE kind = 'rescue' AND readiness = 'standby') AS "crewsOnStandby",
         (SELECT count(*)::int FROM team_members m JOIN field_teams t ON t.id = m.team_id
            WHERE t.kind = 'rescue' AND t.readiness = 'standby') AS "peopleOnStandby",
         (SELECT count(*)::int FROM hazard_reports WHERE state IN ('reported','assigned','rectifying')) AS "openHazards",
         (SELECT count(DISTINCT s.report_id)::int FROM hazard_report_steps s WHERE s.to_state = 'rectified' AND s.at >= $1) AS "rectifiedHazards",
         (SELECT coalesce(sum(people), 0)::int FROM transfers WHERE recorded_at >= $1) AS "peopleMoved",
         (SELECT coalesce(sum(occupancy), 0)::int FROM shelters) AS "shelterOccupancy",
         (SELECT coalesce(sum(capacity), 0)::int FROM shelters WHERE open) AS "shelterCapacity",
         (SELECT count(*)::int FROM deliveries d JOIN alerts a ON a.id = d.alert_id
            WHERE a.status = 'Actual' AND d.state = 'sent' AND d.sent_at >= $1) AS "warningsSent",
         -- The same rule as a team's \`silent\` flag (isTeamSilent): out, and not heard from since the limit.
         (SELECT count(*)::int FROM (
            SELECT t.readiness, t.readiness_at,
                   (SELECT min(k.created_at) FROM field_tasks k WHERE k.team_id = t.id AND k.closed_at IS NULL) AS oldest_open,
                   (SELECT max(c.recorded_at) FROM check_ins c WHERE c.team_id = t.id) AS last_check_in
              FROM field_teams t) u
           WHERE (u.readiness = 'deployed' OR u.oldest_open IS NOT NULL)
             AND coalesce(greatest(u.last_check_in, least(CASE WHEN u.readiness = 'deployed' THEN u.readiness_at END, u.oldest_open)), '-infinity')
                 < now() - make_interval(mins => $2))::int AS "silentTeams"`,
      [since, silentAfterMinutes],
    );
    return row as OperationsKpiRow;
  }

  /** Everything the after-action report states about [from, to). */
  async afterAction(from: Date, to: Date): Promise<AfterActionRows> {
    const q = async <T>(sql: string): Promise<T[]> => (await this.dataSource.query(sql, [from, to])) as T[];
    const one = async <T>(sql: string): Promise<T> => (await q<T>(sql))[0]!;

    // Alerts published in the period and what their deliveries became (whenever they were sent).
    const warnings = await one<AfterActionRows['warnings']>(
      `SELECT count(DISTINCT a.id)::int AS alerts,
              count(d.id) FILTER (WHERE d.state = 'sent')::int AS sent,
              count(d.id) FILTER (WHERE d.state IN ('failed','expired'))::int AS failed
         FROM alerts a LEFT JOIN deliveries d ON d.alert_id = a.id
        WHERE a.status = 'Actual' AND a.published_at >= $1 AND a.published_at < $2`,
    );
    const sentByLanguage = await q<{ language: string; sent: number }>(
      `SELECT d.language, count(*)::int AS sent
         FROM deliveries d JOIN alerts a ON a.id = d.alert_id
        WHERE a.status = 'Actual' AND a.published_at >= $1 AND a.published_at < $2 AND d.state = 'sent'
        GROUP BY d.language ORDER BY sent DESC, d.language`,
    );
    const signalChanges = await q<AfterActionRows['signalChanges'][number]>(
      `SELECT coalesce(issued_at, received_at) AS at, authority, area, hazard, level
         FROM signal_history
        WHERE coalesce(issued_at, received_at) >= $1 AND coalesce(issued_at, received_at) < $2
        ORDER BY at, id`,
    );
    const teams = await one<AfterActionRows['teams']>(
      `WITH went AS (SELECT k.*, t.kind AS team_kind FROM field_tasks k JOIN field_teams t ON t.id = k.team_id
                      WHERE k.en_route_at >= $1 AND k.en_route_at < $2)
       SELECT (SELECT count(DISTINCT team_id)::int FROM went WHERE team_kind = 'inspection') AS "inspectionTeams",
              (SELECT count(DISTINCT team_id)::int FROM went WHERE team_kind = 'rescue') AS "rescueCrews",
              (SELECT count(*)::int FROM field_tasks WHERE created_at >= $1 AND created_at < $2) AS tasks,
              (SELECT count(*)::int FROM field_tasks WHERE state = 'done' AND closed_at >= $1 AND closed_at < $2) AS "tasksDone",
              (SELECT coalesce(sum(people), 0)::int FROM went) AS "inspectorTrips",
              (SELECT coalesce(sum(vehicles), 0)::int FROM went) AS "vehicleTrips",
              (SELECT count(*)::int FROM vehicles v WHERE v.team_id IN (SELECT team_id FROM went)) AS vehicles`,
    );
    // Standby over time: at the start of the period and after each readiness change in it, count the rescue crews
    // whose latest change by then is `standby`; the peak is the largest of those counts.
    const crews = await one<AfterActionRows['crews']>(
      `WITH instants AS (
         SELECT $1::timestamptz AS at
         UNION SELECT at FROM team_readiness_changes WHERE at >= $1 AND at < $2 AND kind = 'rescue'),
       states AS (
         SELECT i.at, latest.to_readiness, latest.headcount
           FROM instants i
           CROSS JOIN field_teams t
           CROSS JOIN LATERAL (SELECT c.to_readiness, c.headcount FROM team_readiness_changes c
                                WHERE c.team_id = t.id AND c.at <= i.at ORDER BY c.at DESC LIMIT 1) latest
          WHERE t.kind = 'rescue')
       SELECT coalesce(max(crews), 0)::int AS "peakCrewsOnStandby", coalesce(max(people), 0)::int AS "peakPeopleOnStandby"
         FROM (SELECT at, count(*) FILTER (WHERE to_readiness = 'standby') AS crews,
                      coalesce(sum(headcount) FILTER (WHERE to_readiness = 'standby'), 0) AS people
                 FROM states GROUP BY at) per_instant`,
    );
    const hazards = await one<AfterActionRows['hazards']>(
      `WITH found AS (SELECT * FROM hazard_reports WHERE recorded_at >= $1 AND recorded_at < $2 AND state NOT IN ('duplicate','rejected'))
       SELECT (SELECT count(*)::int FROM found) AS found,
              (SELECT count(*)::int FROM found WHERE state IN ('rectified','verified')) AS rectified,
              (SELECT count(*)::int FROM found WHERE state = 'verified') AS verified,
              (SELECT count(*)::int FROM found WHERE state IN ('reported','assigned','rectifying')) AS open`,
    );
    const hazardsByCategory = await q<AfterActionRows['hazardsByCategory'][number]>(
      `SELECT category, count(*)::int AS found, count(*) FILTER (WHERE state IN ('rectified','verified'))::int AS rectified
         FROM hazard_reports WHERE recorded_at >= $1 AND recorded_at < $2 AND state NOT IN ('duplicate','rejected')
        GROUP BY category ORDER BY found DESC, category`,
    );
    // Occupancy over time per shelter from its arrivals and departures; the peak is the largest total at any event.
    const evacuation = await one<AfterActionRows['evacuation']>(
      `WITH movements AS (
         SELECT recorded_at AS at, people AS delta FROM transfers
         UNION ALL SELECT recorded_at, -people FROM shelter_departures),
       running AS (SELECT at, sum(delta) OVER (ORDER BY at ROWS UNBOUNDED PRECEDING) AS total FROM movements)
       SELECT (SELECT coalesce(sum(people), 0)::int FROM transfers WHERE recorded_at >= $1 AND recorded_at < $2) AS "peopleMoved",
              (SELECT count(*)::int FROM transfers WHERE recorded_at >= $1 AND recorded_at < $2) AS transfers,
              (SELECT count(DISTINCT shelter_id)::int FROM transfers WHERE recorded_at >= $1 AND recorded_at < $2) AS "sheltersUsed",
              (SELECT coalesce(max(total), 0)::int FROM running WHERE at >= $1 AND at < $2) AS "peakOccupancy",
              (SELECT count(DISTINCT vulnerable_resident_id)::int FROM welfare_checks WHERE recorded_at >= $1 AND recorded_at < $2) AS "vulnerableChecked"`,
    );
    // Each resident's last outcome in the period: a resident first not reached and then found safe counts as safe.
    const welfareOutcomes = await q<{ outcome: string; count: number }>(
      `SELECT outcome, count(*)::int AS count FROM (
         SELECT DISTINCT ON (vulnerable_resident_id) outcome FROM welfare_checks
          WHERE recorded_at >= $1 AND recorded_at < $2 ORDER BY vulnerable_resident_id, recorded_at DESC) last
        GROUP BY outcome ORDER BY count DESC, outcome`,
    );
    const residents = await one<AfterActionRows['residents']>(
      `SELECT count(*) FILTER (WHERE status = 'safe')::int AS safe,
              count(*) FILTER (WHERE status = 'need-help')::int AS "needHelp",
              count(*) FILTER (WHERE status = 'need-help' AND handled_at IS NOT NULL)::int AS "helpRequestsHandled"
         FROM resident_statuses WHERE received_at >= $1 AND received_at < $2`,
    );
    return { warnings, sentByLanguage, signalChanges, teams, crews, hazards, hazardsByCategory, evacuation, welfareOutcomes, residents };
  }
}
