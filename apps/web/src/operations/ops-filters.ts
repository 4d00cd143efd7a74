import {
  HAZARD_OPEN_STATES,
  TASK_FINAL_STATES,
  type FieldTask,
  type HazardCategory,
  type HazardReport,
  type HazardReportState,
  type HazardSeverity,
  type TaskState,
  type Team,
  type TeamKind,
  type TeamReadiness,
} from '@app/contracts';

export interface TeamFilter {
  kind: TeamKind | 'all';
  readiness: TeamReadiness | 'all';
  silentOnly: boolean;
}

export const ALL_TEAMS: TeamFilter = { kind: 'all', readiness: 'all', silentOnly: false };

/** Silent units first (they need a call), then by name. */
export function filterTeams(teams: readonly Team[], f: TeamFilter): Team[] {
  return teams
    .filter((t) => (f.kind === 'all' || t.kind === f.kind) && (f.readiness === 'all' || t.readiness === f.readiness) && (!f.silentOnly || t.silent))
    .sort((a, b) => Number(b.silent) - Number(a.silent) || a.name.localeCompare(b.name));
}

/** `open` and `closed` group the states; a single state picks exactly that one. */
export type TaskStateFilter = 'open' | 'closed' | 'all' | TaskState;

export function filterTasks(tasks: readonly FieldTask[], f: TaskStateFilter): FieldTask[] {
  const final = (t: FieldTask) => TASK_FINAL_STATES.includes(t.state);
  return tasks
    .filter((t) => f === 'all' || (f === 'open' ? !final(t) : f === 'closed' ? final(t) : t.state === f))
    .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
}

export interface HazardFilter {
  state: 'open' | 'all' | HazardReportState;
  category: HazardCategory | 'all';
  severity: HazardSeverity | 'all';
}

export const OPEN_HAZARDS: HazardFilter = { state: 'open', category: 'all', severity: 'all' };

const SEVERITY_ORDER: Record<HazardSeverity, number> = { critical: 0, high: 1, medium: 2, low: 3 };

/** Worst first, then the oldest report (it has waited longest). */
export function filterHazards(reports: readonly HazardReport[], f: HazardFilter): HazardReport[] {
  return reports
    .filter(
      (r) =>
        (f.state === 'all' || (f.state === 'open' ? HAZARD_OPEN_STATES.includes(r.state) : r.state === f.state)) &&
        (f.category === 'all' || r.category === f.category) &&
        (f.severity === 'all' || r.severity === f.severity),
    )
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || Date.parse(a.recordedAt) - Date.parse(b.recordedAt));
}

/** Whether a filter can show something the overview does not carry (closed tasks or reports): then the list is fetched. */
export function needsClosedTasks(f: TaskStateFilter): boolean {
  return f === 'all' || f === 'closed' || TASK_FINAL_STATES.includes(f as TaskState);
}

export function needsClosedReports(f: HazardFilter): boolean {
  return f.state !== 'open' && !HAZARD_OPEN_STATES.includes(f.state as HazardReportState);
}

/**
 * The steps the HQ may take from a report's state: forward along reported → assigned → rectifying → rectified →
 * verified, or close it as a duplicate or rejected while it is open.
 */
export function nextReportStates(state: HazardReportState): HazardReportState[] {
  const forward: Partial<Record<HazardReportState, HazardReportState>> = {
    reported: 'assigned',
    assigned: 'rectifying',
    rectifying: 'rectified',
    rectified: 'verified',
  };
  const next = forward[state] ? [forward[state]!] : [];
  return HAZARD_OPEN_STATES.includes(state) ? [...next, 'duplicate', 'rejected'] : next;
}

/** What a transition must carry besides `to`. */
export function transitionNeeds(to: HazardReportState): { team: boolean; reason: boolean; duplicateOf: boolean } {
  return { team: to === 'assigned', reason: to === 'duplicate' || to === 'rejected', duplicateOf: to === 'duplicate' };
}
