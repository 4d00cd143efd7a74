import { createHash } from 'node:crypto';
import type { HazardReportState, TaskState, TeamReadiness } from '@app/contracts';
import { areaContaining, HENGQIN_AREAS } from '@app/domain';
import { demoId } from './demo-ids.js';
import { demoPhoto, DEMO_PHOTO_HEIGHT, DEMO_PHOTO_WIDTH } from './demo-photo.js';
import type { DemoAccount, DemoScenario, DemoTask, DemoTeam } from './demo-scenario.types.js';

/** A seeded staff account as the rows name it. */
export interface DemoActor {
  id: string;
  name: string;
}

/** What the scenario refers to that the seed made: the demo accounts and the shelters of the reference places. */
export interface DemoContext {
  accounts: Record<DemoAccount, DemoActor>;
  /** Shelter id by reference place id. */
  shelters: Record<string, string>;
  now: Date;
}

/** A photo to store before the rows that name it are written. */
export interface DemoPhotoFile {
  key: string;
  body: Buffer;
  contentType: 'image/png';
}

/** The scenario as table rows (column names as keys), ready for jsonb_to_recordset; timestamps as ISO strings. */
export interface DemoRows {
  teams: Record<string, unknown>[];
  members: Record<string, unknown>[];
  vehicles: Record<string, unknown>[];
  readinessChanges: Record<string, unknown>[];
  residents: Record<string, unknown>[];
  tasks: Record<string, unknown>[];
  taskReports: { id: string; hazard_report_id: string }[];
  transitions: Record<string, unknown>[];
  reports: Record<string, unknown>[];
  steps: Record<string, unknown>[];
  photos: Record<string, unknown>[];
  checkIns: Record<string, unknown>[];
  welfareChecks: Record<string, unknown>[];
  transfers: Record<string, unknown>[];
  departures: Record<string, unknown>[];
  /** People in minus people out, per shelter id, from the demo's own transfers and departures. */
  shelterDeltas: Record<string, number>;
  openShelterIds: string[];
}

/** The team rosters were drawn up at the start of the shift, this long before the load. */
const ROSTER_MINUTES_AGO = 720;
const AREAS = HENGQIN_AREAS.map((area) => ({ id: area.id, geometry: area.outline }));

/** The photos of the scenario's reports: fixed ids, so a second run writes the same keys with the same bytes. */
export function demoPhotoFiles(scenario: DemoScenario): (DemoPhotoFile & { id: string; reportId: string })[] {
  return scenario.reports.flatMap((report, i) => {
    if (!report.photo) return [];
    const id = demoId('photo', i + 1);
    const reportId = demoId('report', i + 1);
    return [{ id, reportId, key: `reports/${reportId}/${id}.png`, body: demoPhoto(report.photo), contentType: 'image/png' as const }];
  });
}

/**
 * Every position in the scenario must lie in a seeded area (the map draws them there, reports are filed under them);
 * a task or resident naming an area must lie in that very area. Returns one line per problem.
 */
export function demoScenarioProblems(scenario: DemoScenario): string[] {
  const problems: string[] = [];
  const check = (what: string, point: { lat: number; lon: number }, expected?: string) => {
    const area = areaContaining(point, AREAS);
    if (!area) problems.push(`${what} at ${point.lat},${point.lon} is outside every area`);
    else if (expected && area !== expected) problems.push(`${what} at ${point.lat},${point.lon} lies in ${area}, not ${expected}`);
  };
  for (const task of scenario.tasks) if (task.location) check(`task ${task.key}`, task.location, task.areaId);
  scenario.checkIns.forEach((c, i) => check(`check-in ${i + 1} of ${c.team}`, c));
  for (const resident of scenario.residents) check(`resident ${resident.key}`, resident, resident.areaId);
  for (const report of scenario.reports) check(`report ${report.key}`, report);
  return problems;
}

export function buildDemoRows(scenario: DemoScenario, context: DemoContext): DemoRows {
  const problems = demoScenarioProblems(scenario);
  if (problems.length > 0) throw new Error(`The demo scenario is inconsistent:\n${problems.map((p) => `  - ${p}`).join('\n')}`);

  const at = (minutesAgo: number) => new Date(context.now.getTime() - minutesAgo * 60_000).toISOString();
  const actor = (account: DemoAccount) => context.accounts[account];
  const shelter = (placeId: string) => {
    const id = context.shelters[placeId];
    if (!id) throw new Error(`There is no shelter for the place ${placeId}; run \`npm run seed\` first.`);
    return id;
  };
  const keyed = <T extends { key: string }>(items: T[], table: Parameters<typeof demoId>[0]) => {
    const ids = new Map(items.map((item, i) => [item.key, demoId(table, i + 1)]));
    return (key: string | undefined) => {
      if (key === undefined) return null;
      const id = ids.get(key);
      if (!id) throw new Error(`The demo scenario refers to an unknown ${table} "${key}".`);
      return id;
    };
  };
  const teamId = keyed(scenario.teams, 'team');
  const taskId = keyed(scenario.tasks, 'task');
  const residentId = keyed(scenario.residents, 'resident');
  const reportId = keyed(scenario.reports, 'report');
  const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
  const counter = () => {
    let n = 0;
    return () => ++n;
  };

  const teams = scenario.teams.map((team) => ({
    id: teamId(team.key),
    kind: team.kind,
    name: team.name,
    base_place_id: team.basePlaceId,
    phone: team.phone,
    readiness: team.readiness,
    readiness_note: team.readinessNote ?? null,
    // Since the last change of its history (a unit on standby all shift has been so since the roster).
    readiness_at: at(readinessHistory(team, scenario.tasks).at(-1)!.minutesAgo),
    created_at: at(ROSTER_MINUTES_AGO),
    updated_at: at(0),
  }));

  const nextMember = counter();
  const members = scenario.teams.flatMap((team) => {
    const roster: { name: string; phone: string | null; staff_user_id: string | null; leader: boolean }[] = team.members.map((m) => ({
      name: m.name,
      phone: m.phone,
      staff_user_id: null,
      leader: m.leader ?? false,
    }));
    if (team.account) {
      const account = actor(team.account.username);
      roster.push({ name: account.name, phone: null, staff_user_id: account.id, leader: team.account.leader ?? false });
    }
    return roster.map((m, i) => ({ id: demoId('member', nextMember()), team_id: teamId(team.key), position: i + 1, ...m }));
  });

  const nextVehicle = counter();
  const vehicles = scenario.teams.flatMap((team) => team.vehicles.map((v) => ({ id: demoId('vehicle', nextVehicle()), team_id: teamId(team.key), ...v })));

  const nextChange = counter();
  const readinessChanges = scenario.teams.flatMap((team) =>
    readinessHistory(team, scenario.tasks).map((change) => ({
      id: demoId('readiness', nextChange()),
      team_id: teamId(team.key),
      kind: team.kind,
      from_readiness: change.from,
      to_readiness: change.to,
      headcount: team.members.length + (team.account ? 1 : 0),
      by_id: actor('commander').id,
      by_name: actor('commander').name,
      at: at(change.minutesAgo),
    })),
  );

  // Each resident's latest check and the shelter a transfer took them to.
  const latestCheck = new Map<string, { outcome: string; minutesAgo: number }>();
  for (const check of scenario.welfareChecks) {
    const seen = latestCheck.get(check.resident);
    if (!seen || check.minutesAgo < seen.minutesAgo) latestCheck.set(check.resident, check);
  }
  const residents = scenario.residents.map((r) => {
    const last = latestCheck.get(r.key);
    const movedTo = scenario.transfers.find((t) => t.resident === r.key);
    return {
      id: residentId(r.key),
      name: r.name,
      phone: r.phone,
      address: r.address,
      area_id: r.areaId,
      lat: r.lat,
      lon: r.lon,
      kinds: r.kinds,
      needs: r.needs,
      caseworker: r.caseworker,
      last_outcome: last?.outcome ?? null,
      last_checked_at: last ? at(last.minutesAgo) : null,
      shelter_id: movedTo ? shelter(movedTo.shelterPlaceId) : null,
      updated_at: at(0),
    };
  });

  const nextItem = counter();
  const nextTransition = counter();
  const transitions: Record<string, unknown>[] = [];
  const tasks = scenario.tasks.map((task) => {
    const id = taskId(task.key)!;
    const mover = actor(task.movedBy);
    const doneAt = at((task.onSiteMinutesAgo ?? task.createdMinutesAgo) - 5);
    for (const step of taskSteps(task)) {
      transitions.push({
        id: demoId('transition', nextTransition()),
        task_id: id,
        from_state: step.from,
        to_state: step.to,
        by_id: step.to === 'assigned' ? actor(task.assignedBy).id : mover.id,
        by_name: step.to === 'assigned' ? actor(task.assignedBy).name : mover.name,
        reason: step.to === 'cannot-complete' ? (task.reason ?? null) : null,
        at: at(step.minutesAgo),
      });
    }
    return {
      id,
      kind: task.kind,
      team_id: teamId(task.team),
      title: task.title,
      area_id: task.areaId ?? null,
      place_id: task.placeId ?? null,
      lat: task.location?.lat ?? null,
      lon: task.location?.lon ?? null,
      checklist: task.checklist.map((item) => ({
        id: demoId('checklistItem', nextItem()),
        text: item.text,
        done: item.done,
        doneBy: item.done ? mover.name : null,
        doneAt: item.done ? doneAt : null,
      })),
      state: task.state,
      reason: task.reason ?? null,
      people: task.people,
      vehicles: task.vehicles,
      vulnerable_resident_id: residentId(task.resident),
      assigned_by_id: actor(task.assignedBy).id,
      assigned_by_name: actor(task.assignedBy).name,
      en_route_at: task.enRouteMinutesAgo === undefined ? null : at(task.enRouteMinutesAgo),
      on_site_at: task.onSiteMinutesAgo === undefined ? null : at(task.onSiteMinutesAgo),
      closed_at: task.closedMinutesAgo === undefined ? null : at(task.closedMinutesAgo),
      created_at: at(task.createdMinutesAgo),
      updated_at: at(Math.min(...[task.createdMinutesAgo, task.enRouteMinutesAgo, task.onSiteMinutesAgo, task.closedMinutesAgo].filter((m) => m !== undefined))),
    };
  });
  const taskReports = scenario.tasks.filter((t) => t.report).map((t) => ({ id: taskId(t.key)!, hazard_report_id: reportId(t.report)! }));

  const photoFiles = demoPhotoFiles(scenario);
  const photos = photoFiles.map((photo) => ({
    id: photo.id,
    report_id: photo.reportId,
    position: 1,
    storage_key: photo.key,
    content_type: photo.contentType,
    bytes: photo.body.length,
    width: DEMO_PHOTO_WIDTH,
    height: DEMO_PHOTO_HEIGHT,
    sha256: createHash('sha256').update(photo.body).digest('hex'),
  }));

  const nextStep = counter();
  const steps: Record<string, unknown>[] = [];
  const reports = scenario.reports.map((report, i) => {
    const id = reportId(report.key)!;
    const reporter = actor(report.reportedBy);
    const clientId = `demo-report-${String(i + 1).padStart(4, '0')}`;
    let state: HazardReportState = 'reported';
    let team: string | null = null;
    let reason: string | null = null;
    steps.push({ id: demoId('step', nextStep()), report_id: id, from_state: null, to_state: 'reported', by_id: reporter.id, by_name: reporter.name, reason: null, team_id: null, at: at(report.recordedMinutesAgo) });
    for (const step of report.steps) {
      if (step.team) team = teamId(step.team);
      if (step.reason) reason = step.reason;
      steps.push({
        id: demoId('step', nextStep()),
        report_id: id,
        from_state: state,
        to_state: step.to,
        by_id: actor(step.by).id,
        by_name: actor(step.by).name,
        reason: step.reason ?? null,
        team_id: step.team ? teamId(step.team) : null,
        at: at(step.minutesAgo),
      });
      state = step.to;
    }
    const photo = photos.find((p) => p.report_id === id);
    return {
      id,
      client_id: clientId,
      category: report.category,
      severity: report.severity,
      description: report.description,
      lat: report.lat,
      lon: report.lon,
      accuracy_m: report.accuracyMeters,
      area_id: areaContaining(report, AREAS),
      task_id: taskId(report.task),
      team_id: team,
      state,
      reason: state === 'duplicate' || state === 'rejected' ? reason : null,
      duplicate_of: reportId(report.duplicateOf),
      reported_by_id: reporter.id,
      reported_by_name: reporter.name,
      body_hash: hash({ clientId, report: { ...report, steps: undefined }, photos: photo ? [photo.sha256] : [] }),
      recorded_at: at(report.recordedMinutesAgo),
      received_at: at(report.recordedMinutesAgo),
      updated_at: at(report.steps.at(-1)?.minutesAgo ?? report.recordedMinutesAgo),
    };
  });

  const checkIns = scenario.checkIns.map((c, i) => {
    const clientId = `demo-check-in-${String(i + 1).padStart(4, '0')}`;
    return {
      id: demoId('checkIn', i + 1),
      client_id: clientId,
      team_id: teamId(c.team),
      user_id: actor(c.by).id,
      user_name: actor(c.by).name,
      lat: c.lat,
      lon: c.lon,
      accuracy_m: c.accuracyMeters,
      status: c.status,
      note: c.note ?? null,
      body_hash: hash({ clientId, ...c }),
      recorded_at: at(c.minutesAgo),
      received_at: at(c.minutesAgo),
    };
  });

  const welfareChecks = scenario.welfareChecks.map((w, i) => {
    const clientId = `demo-welfare-${String(i + 1).padStart(4, '0')}`;
    return {
      id: demoId('welfareCheck', i + 1),
      client_id: clientId,
      body_hash: hash({ clientId, ...w }),
      vulnerable_resident_id: residentId(w.resident),
      outcome: w.outcome,
      note: w.note ?? null,
      task_id: taskId(w.task),
      by_id: actor(w.by).id,
      by_name: actor(w.by).name,
      recorded_at: at(w.minutesAgo),
      received_at: at(w.minutesAgo),
    };
  });

  const shelterDeltas: Record<string, number> = {};
  const transfers = scenario.transfers.map((t, i) => {
    const clientId = `demo-transfer-${String(i + 1).padStart(4, '0')}`;
    const shelterId = shelter(t.shelterPlaceId);
    shelterDeltas[shelterId] = (shelterDeltas[shelterId] ?? 0) + t.people;
    return {
      id: demoId('transfer', i + 1),
      client_id: clientId,
      body_hash: hash({ clientId, ...t }),
      shelter_id: shelterId,
      people: t.people,
      from_area_id: t.fromAreaId ?? null,
      from_note: t.fromNote ?? null,
      vulnerable_resident_id: residentId(t.resident),
      team_id: teamId(t.team),
      task_id: taskId(t.task),
      by_id: actor(t.by).id,
      by_name: actor(t.by).name,
      recorded_at: at(t.minutesAgo),
      received_at: at(t.minutesAgo),
    };
  });
  const departures = scenario.departures.map((d, i) => {
    const shelterId = shelter(d.shelterPlaceId);
    shelterDeltas[shelterId] = (shelterDeltas[shelterId] ?? 0) - d.people;
    return { id: demoId('departure', i + 1), shelter_id: shelterId, people: d.people, note: d.note, by_id: actor(d.by).id, by_name: actor(d.by).name, recorded_at: at(d.minutesAgo) };
  });

  return {
    teams,
    members,
    vehicles,
    readinessChanges,
    residents,
    tasks,
    taskReports,
    transitions,
    reports,
    steps,
    photos,
    checkIns,
    welfareChecks,
    transfers,
    departures,
    shelterDeltas,
    openShelterIds: scenario.openShelters.map(shelter),
  };
}

/** The task's transitions implied by its timestamps, oldest first. */
function taskSteps(task: DemoTask): { from: TaskState | null; to: TaskState; minutesAgo: number }[] {
  const steps: { from: TaskState | null; to: TaskState; minutesAgo: number }[] = [{ from: null, to: 'assigned', minutesAgo: task.createdMinutesAgo }];
  const move = (to: TaskState, minutesAgo: number | undefined) => {
    if (minutesAgo !== undefined) steps.push({ from: steps.at(-1)!.to, to, minutesAgo });
  };
  move('en-route', task.enRouteMinutesAgo);
  move('on-site', task.onSiteMinutesAgo);
  if (task.state === 'done' || task.state === 'cannot-complete') move(task.state, task.closedMinutesAgo);
  if (steps.at(-1)!.to !== task.state) throw new Error(`Demo task ${task.key} is ${task.state} but its times lead to ${steps.at(-1)!.to}.`);
  return steps;
}

/**
 * A unit's readiness over the shift: on standby when the roster was drawn up; out from its oldest task (or its
 * deployment); in its current readiness since `readinessMinutesAgo`. Feeds the after-action report's standby peaks.
 */
function readinessHistory(team: DemoTeam, tasks: DemoTask[]): { from: TeamReadiness | null; to: TeamReadiness; minutesAgo: number }[] {
  const changes: { from: TeamReadiness | null; to: TeamReadiness; minutesAgo: number }[] = [{ from: null, to: 'standby', minutesAgo: ROSTER_MINUTES_AGO }];
  const firstOut = Math.max(0, ...tasks.filter((t) => t.team === team.key).map((t) => t.createdMinutesAgo));
  const change = (to: TeamReadiness, minutesAgo: number) => {
    if (changes.at(-1)!.to !== to) changes.push({ from: changes.at(-1)!.to, to, minutesAgo });
  };
  if (team.readiness !== 'deployed' && firstOut > team.readinessMinutesAgo) change('deployed', firstOut);
  change(team.readiness, team.readinessMinutesAgo);
  return changes;
}
