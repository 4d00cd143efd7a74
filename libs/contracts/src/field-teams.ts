import type { LatLon } from './reference.js';

/**
 * Field units: inspection teams sweep areas and get hazards fixed; rescue crews wait on standby and deploy.
 * Members are staff accounts (they can sign in to /field) or roster entries (a name and a phone only).
 */
export const TEAM_KINDS = ['inspection', 'rescue'] as const;
export type TeamKind = (typeof TEAM_KINDS)[number];

/** Where a unit is; the HQ's "people on standby" counts members of units in `standby`. */
export const TEAM_READINESS = ['standby', 'deployed', 'resting', 'unavailable'] as const;
export type TeamReadiness = (typeof TEAM_READINESS)[number];

export const VEHICLE_TYPES = ['car', 'van', 'truck', 'boat', 'motorcycle', 'other'] as const;
export type VehicleType = (typeof VEHICLE_TYPES)[number];

export interface TeamMember {
  id: string;
  name: string;
  phone: string | null;
  /** Set when the member signs in to /field with a staff account. */
  staffUserId: string | null;
  leader: boolean;
}

export interface Vehicle {
  id: string;
  plate: string;
  type: VehicleType;
  /** Seats. */
  capacity: number;
  teamId: string | null;
}

/** The latest check-in a unit sent, and how long ago (the dashboard ages it). */
export interface TeamPosition extends LatLon {
  at: string;
  byName: string;
}

export interface Team {
  id: string;
  kind: TeamKind;
  /** Short call sign shown on maps, e.g. "INS-07" or "Crew 3". */
  name: string;
  /** Place id from the reference data, or null (see `baseNote`). */
  basePlaceId: string | null;
  baseNote: string | null;
  phone: string | null;
  readiness: TeamReadiness;
  members: TeamMember[];
  vehicles: Vehicle[];
  /** Members on the roster; what "people on standby" and trips count. */
  headcount: number;
  lastPosition: TeamPosition | null;
  /** True when the unit is deployed or has an open task and has not checked in for `silentAfterMinutes`. */
  silent: boolean;
  updatedAt: string;
}

export interface TeamList {
  items: Team[];
  /** The configured silence limit (`TEAM_SILENT_AFTER_MINUTES`). */
  silentAfterMinutes: number;
}

export interface TeamMemberInput {
  name: string;
  phone?: string | null;
  staffUserId?: string | null;
  leader?: boolean;
}

export interface VehicleInput {
  plate: string;
  type: VehicleType;
  capacity: number;
}

/** `POST /api/teams` (HQ roles). */
export interface CreateTeamRequest {
  kind: TeamKind;
  name: string;
  basePlaceId?: string | null;
  baseNote?: string | null;
  phone?: string | null;
  readiness?: TeamReadiness;
  members: TeamMemberInput[];
  vehicles?: VehicleInput[];
}

/** `PATCH /api/teams/:id` (HQ roles): replaces what it names. */
export type UpdateTeamRequest = Partial<CreateTeamRequest>;

/** `POST /api/teams/:id/readiness` (HQ roles; a crew lead for their own crew). */
export interface SetReadinessRequest {
  readiness: TeamReadiness;
  note?: string;
}

/**
 * `POST /api/teams/roster` (HQ roles), `text/csv` body with a header row:
 * `team,kind,member,phone,leader,vehicle_plate,vehicle_type,vehicle_capacity,base_place`.
 * One row per member (vehicle columns optional). Valid rows are applied in one transaction only when every row is
 * valid; otherwise nothing is stored and every bad row is reported.
 */
export interface RosterImportResult {
  applied: boolean;
  teamsCreated: number;
  teamsUpdated: number;
  members: number;
  vehicles: number;
  errors: RosterRowError[];
}

export interface RosterRowError {
  /** 1-based line number in the file, header = line 1. */
  line: number;
  column: string | null;
  message: string;
}

export const TEAM_NAME_MAX = 60;
export const TEAM_MEMBERS_MAX = 200;
export const ROSTER_CSV_MAX_BYTES = 1_000_000;
