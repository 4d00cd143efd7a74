import type { CheckIn, FieldTask, HazardReport, OperationsKpis, OperationsOverview, RealtimeEnvelope, Shelter, Team } from '@app/contracts';
import type { OpsEventName } from './operations.model.js';

export const T0 = '2026-09-05T10:00:00.000Z';
export const later = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

export function team(id: string, over: Partial<Team> = {}): Team {
  return {
    id,
    kind: 'inspection',
    name: id.toUpperCase(),
    basePlaceId: null,
    baseNote: null,
    phone: null,
    readiness: 'standby',
    members: [],
    vehicles: [],
    headcount: 4,
    lastPosition: null,
    silent: false,
    updatedAt: T0,
    ...over,
  };
}

export function task(id: string, over: Partial<FieldTask> = {}): FieldTask {
  return {
    id,
    kind: 'inspection',
    teamId: 'ins-1',
    teamName: 'INS-1',
    title: `Task ${id}`,
    areaId: 'hq-north',
    placeId: null,
    location: null,
    checklist: [],
    state: 'assigned',
    reason: null,
    people: 4,
    vehicles: 1,
    playbookRunId: null,
    vulnerableResidentId: null,
    hazardReportId: null,
    assignedById: 'u1',
    assignedByName: 'Commander',
    createdAt: T0,
    updatedAt: T0,
    history: [],
    ...over,
  };
}

export function report(id: string, over: Partial<HazardReport> = {}): HazardReport {
  return {
    id,
    clientId: `c-${id}`,
    category: 'fallen-tree',
    severity: 'medium',
    description: `Report ${id}`,
    location: { lat: 22.12, lon: 113.53, accuracyMeters: 10 },
    areaId: null,
    taskId: null,
    teamId: null,
    state: 'reported',
    reason: null,
    duplicateOf: null,
    photos: [],
    reportedById: 'u2',
    reportedByName: 'Inspector',
    recordedAt: T0,
    receivedAt: T0,
    updatedAt: T0,
    history: [],
    ...over,
  };
}

export function shelter(id: string, over: Partial<Shelter> = {}): Shelter {
  return {
    id,
    placeId: null,
    names: { 'zh-Hans': `避险 ${id}`, 'zh-Hant': `避險 ${id}`, pt: `Abrigo ${id}`, en: `Shelter ${id}` },
    areaId: null,
    location: { lat: 22.13, lon: 113.54 },
    capacity: 200,
    occupancy: 50,
    open: true,
    updatedAt: T0,
    ...over,
  };
}

export function kpis(over: Partial<OperationsKpis> = {}): OperationsKpis {
  return {
    inspectionTeamsOut: 3,
    inspectorTrips: 12,
    vehicleTrips: 4,
    crewsOnStandby: 2,
    peopleOnStandby: 16,
    openHazards: 5,
    rectifiedHazards: 7,
    peopleMoved: 120,
    shelterOccupancy: 90,
    shelterCapacity: 400,
    warningsSent: 183_422,
    silentTeams: 0,
    since: '2026-09-02T10:00:00.000Z',
    at: T0,
    ...over,
  };
}

export function overview(over: Partial<OperationsOverview> = {}): OperationsOverview {
  return { kpis: kpis(), teams: [], openTasks: [], hazards: [], shelters: [], at: T0, ...over };
}

export function checkIn(teamId: string, recordedAt: string, over: Partial<CheckIn> = {}): CheckIn {
  return {
    id: `ci-${recordedAt}`,
    clientId: `cl-${recordedAt}`,
    teamId,
    userId: 'u3',
    userName: 'Chan',
    location: { lat: 22.14, lon: 113.55, accuracyMeters: 8 },
    status: 'ok',
    note: null,
    recordedAt,
    receivedAt: recordedAt,
    ...over,
  };
}

let seq = 100;
export function envelope<E extends OpsEventName>(event: E, payload: RealtimeEnvelope<E>['payload'], at = T0): RealtimeEnvelope<OpsEventName> {
  return { seq: seq++, room: 'hq', event, payload, at } as RealtimeEnvelope<OpsEventName>;
}
