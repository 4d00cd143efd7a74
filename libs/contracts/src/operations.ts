import type { CheckIn } from './check-ins.js';
import type { Shelter } from './evacuation.js';
import type { FieldTask } from './field-tasks.js';
import type { Team } from './field-teams.js';
import type { HazardReport } from './hazard-reports.js';
import type { Language } from './languages.js';

/**
 * Activity figures (trips, rectified hazards, people moved, warnings sent) count from `since`: by default the last
 * `OPERATIONS_KPI_WINDOW_HOURS` hours, about one typhoon; state figures (teams out, standby, open, occupancy) are now.
 */
export const OPERATIONS_KPI_WINDOW_HOURS = 72;

/** The HQ's headline figures, all computed from stored data (`GET /api/operations/kpis?since=`; liaisons see these too). */
export interface OperationsKpis {
  inspectionTeamsOut: number;
  inspectorTrips: number;
  vehicleTrips: number;
  crewsOnStandby: number;
  peopleOnStandby: number;
  openHazards: number;
  rectifiedHazards: number;
  peopleMoved: number;
  shelterOccupancy: number;
  shelterCapacity: number;
  /** Web Push deliveries accepted by push services for Actual alerts. */
  warningsSent: number;
  silentTeams: number;
  /** Start of the activity window. */
  since: string;
  at: string;
}

/** `GET /api/operations/overview` (HQ roles): everything the operations map and lists draw, in one answer. */
export interface OperationsOverview {
  kpis: OperationsKpis;
  teams: Team[];
  openTasks: FieldTask[];
  hazards: HazardReport[];
  shelters: Shelter[];
  at: string;
}

/** Realtime (room hq; `ops.kpis` also to liaison; task/report changes also to `user:<id>` of the team's members). */
export interface OpsTeamEvent { team: Team }
export interface OpsTaskEvent { task: FieldTask }
export interface OpsCheckInEvent { checkIn: CheckIn }
export interface OpsReportEvent { report: HazardReport }
export interface OpsShelterEvent { shelter: Shelter }
export interface OpsKpisEvent { kpis: OperationsKpis }

/**
 * `GET /api/after-action?from=&to=&format=json|csv&lang=` (HQ roles): the summary the HQ publishes for one event
 * (a typhoon), computed from stored data for the period.
 */
export const AFTER_ACTION_FORMATS = ['json', 'csv'] as const;
export type AfterActionFormat = (typeof AFTER_ACTION_FORMATS)[number];

export interface AfterActionReport {
  from: string;
  to: string;
  generatedAt: string;
  language: Language;
  warnings: {
    alerts: number;
    sent: number;
    failed: number;
    byChannel: { channel: string; sent: number }[];
    byLanguage: { language: Language; sent: number }[];
  };
  signalTimeline: { at: string; authority: string; hazard: string; level: string | null; label: string }[];
  teams: { inspectionTeams: number; rescueCrews: number; tasks: number; tasksDone: number; inspectorTrips: number; vehicleTrips: number; vehicles: number };
  crews: { peakCrewsOnStandby: number; peakPeopleOnStandby: number };
  hazards: { found: number; rectified: number; verified: number; open: number; byCategory: { category: string; found: number; rectified: number }[] };
  evacuation: { peopleMoved: number; transfers: number; sheltersUsed: number; peakOccupancy: number; vulnerableChecked: number; welfareOutcomes: { outcome: string; count: number }[] };
  residents: { safe: number; needHelp: number; helpRequestsHandled: number };
}
