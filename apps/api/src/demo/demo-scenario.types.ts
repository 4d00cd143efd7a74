import type {
  CheckInStatus,
  HazardCategory,
  HazardReportState,
  HazardSeverity,
  TaskKind,
  TaskState,
  TeamKind,
  TeamReadiness,
  VehicleType,
  VulnerabilityKind,
  WelfareOutcome,
} from '@app/contracts';

/**
 * The shape of the demo scenario. Times are minutes before the moment it is loaded, so the operation always looks
 * current; people are the seeded demo accounts (by username) wherever the schema needs a staff account.
 */
export type DemoAccount = 'inspector' | 'crewlead' | 'operator' | 'commander';

export interface DemoTeam {
  key: string;
  kind: TeamKind;
  name: string;
  basePlaceId: string;
  phone: string;
  readiness: TeamReadiness;
  /** When it took its current readiness. */
  readinessMinutesAgo: number;
  readinessNote?: string;
  members: { name: string; phone: string; leader?: boolean }[];
  /** A seeded account on the roster (listed after the named members), so it sees this unit's work on /field. */
  account?: { username: DemoAccount; leader?: boolean };
  vehicles: { plate: string; type: VehicleType; capacity: number }[];
}

export interface DemoTask {
  key: string;
  team: string;
  kind: TaskKind;
  title: string;
  areaId?: string;
  placeId?: string;
  location?: { lat: number; lon: number };
  checklist: { text: string; done: boolean }[];
  state: TaskState;
  reason?: string;
  people: number;
  vehicles: number;
  createdMinutesAgo: number;
  enRouteMinutesAgo?: number;
  onSiteMinutesAgo?: number;
  closedMinutesAgo?: number;
  assignedBy: DemoAccount;
  /** Who moved it on (the unit's own account, or the HQ on its behalf). */
  movedBy: DemoAccount;
  resident?: string;
  report?: string;
}

export interface DemoCheckIn {
  team: string;
  by: DemoAccount;
  lat: number;
  lon: number;
  accuracyMeters: number;
  status: CheckInStatus;
  note?: string;
  minutesAgo: number;
}

export interface DemoResident {
  key: string;
  name: string;
  phone: string | null;
  address: string;
  areaId: string;
  lat: number;
  lon: number;
  kinds: VulnerabilityKind[];
  needs: string | null;
  caseworker: string | null;
}

export interface DemoWelfareCheck {
  resident: string;
  outcome: WelfareOutcome;
  note?: string;
  task?: string;
  by: DemoAccount;
  minutesAgo: number;
}

export interface DemoTransfer {
  shelterPlaceId: string;
  people: number;
  fromAreaId?: string;
  fromNote?: string;
  resident?: string;
  team?: string;
  task?: string;
  by: DemoAccount;
  minutesAgo: number;
}

export interface DemoDeparture {
  shelterPlaceId: string;
  people: number;
  note: string;
  by: DemoAccount;
  minutesAgo: number;
}

export interface DemoReportStep {
  to: HazardReportState;
  by: DemoAccount;
  minutesAgo: number;
  reason?: string;
  /** The unit it is assigned to (step `assigned`). */
  team?: string;
}

export interface DemoReport {
  key: string;
  category: HazardCategory;
  severity: HazardSeverity;
  description: string;
  lat: number;
  lon: number;
  accuracyMeters: number;
  /** The task the reporter was on. */
  task?: string;
  reportedBy: DemoAccount;
  recordedMinutesAgo: number;
  /** After `reported`, which every report starts with. */
  steps: DemoReportStep[];
  duplicateOf?: string;
  /** A small generated picture stored as the report's photo. */
  photo?: 'fallen-tree' | 'flooding';
}

export interface DemoScenario {
  teams: DemoTeam[];
  tasks: DemoTask[];
  checkIns: DemoCheckIn[];
  /** Reference places of kind shelter that the HQ has opened. */
  openShelters: string[];
  residents: DemoResident[];
  welfareChecks: DemoWelfareCheck[];
  transfers: DemoTransfer[];
  departures: DemoDeparture[];
  reports: DemoReport[];
}
