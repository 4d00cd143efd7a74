import { TEAM_KINDS, TEAM_MEMBERS_MAX, TEAM_NAME_MAX, VEHICLE_TYPES, type RosterRowError, type TeamKind, type VehicleType } from '@app/contracts';
import { parseCsv } from './csv.js';

/** The roster file's columns; the first three are required, the order is free. */
export const ROSTER_COLUMNS = ['team', 'kind', 'member', 'phone', 'leader', 'vehicle_plate', 'vehicle_type', 'vehicle_capacity', 'base_place'] as const;
type RosterColumn = (typeof ROSTER_COLUMNS)[number];
const REQUIRED: readonly RosterColumn[] = ['team', 'kind', 'member'];

export const MEMBER_NAME_MAX = 100;
export const PHONE_PATTERN = /^\+?[0-9][0-9 ()-]{2,39}$/;
export const PLATE_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N} -]{0,19}$/u;
export const VEHICLE_CAPACITY_MAX = 100;
// Control characters and text-direction overrides can disguise a name on HQ screens.
const PRINTABLE = /^[^\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]*$/u;
const YES = ['yes', 'y', 'true', '1', '是', 'sim'];
const NO = ['no', 'n', 'false', '0', '', '否', 'não', 'nao'];

export interface RosterMemberPlan {
  line: number;
  name: string;
  phone: string | null;
  leader: boolean;
}

export interface RosterVehiclePlan {
  line: number;
  plate: string;
  type: VehicleType;
  capacity: number;
}

export interface RosterTeamPlan {
  /** First line naming the team: where an error about the team as a whole points. */
  line: number;
  name: string;
  kind: TeamKind;
  /** Null when no row gives a base: an existing team keeps its own. */
  basePlaceId: string | null;
  members: RosterMemberPlan[];
  vehicles: RosterVehiclePlan[];
}

export type RosterPlan = { ok: true; teams: RosterTeamPlan[] } | { ok: false; errors: RosterRowError[] };

/** Plates compare without case and spacing: "MK-12 34" and "mk-1234" are one vehicle. */
export const plateKey = (plate: string) => plate.toUpperCase().replace(/[\s-]+/g, '');
export const teamKey = (name: string) => name.trim().toLowerCase();

/**
 * Reads a roster file into one plan per team, or every problem found (line and column of each), so the HQ fixes
 * the file in one go. `placeIds` are the known places a `base_place` may name.
 */
export function planRoster(text: string, placeIds: ReadonlySet<string>): RosterPlan {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { ok: false, errors: [{ line: parsed.line, column: null, message: parsed.message }] };
  const [header, ...rows] = parsed.records;
  if (!header) return { ok: false, errors: [{ line: 1, column: null, message: `the file is empty; the first line must name the columns: ${ROSTER_COLUMNS.join(',')}` }] };

  const errors: RosterRowError[] = [];
  const columns = header.fields.map((f) => f.trim().toLowerCase());
  const index = new Map<RosterColumn, number>();
  columns.forEach((name, i) => {
    if (!(ROSTER_COLUMNS as readonly string[]).includes(name)) {
      errors.push({ line: header.line, column: name || null, message: `unknown column "${name}"; the columns are: ${ROSTER_COLUMNS.join(', ')}` });
    } else if (index.has(name as RosterColumn)) {
      errors.push({ line: header.line, column: name, message: `column "${name}" appears twice` });
    } else {
      index.set(name as RosterColumn, i);
    }
  });
  for (const column of REQUIRED) {
    if (!index.has(column)) errors.push({ line: header.line, column, message: `the header has no "${column}" column` });
  }
  if (errors.length) return { ok: false, errors };
  if (rows.length === 0) return { ok: false, errors: [{ line: header.line + 1, column: null, message: 'the file has a header but no rows' }] };

  const teams = new Map<string, RosterTeamPlan>();
  const plateOwner = new Map<string, { team: string; vehicle: RosterVehiclePlan }>();

  for (const row of rows) {
    const rowErrors: RosterRowError[] = [];
    const fail = (column: RosterColumn | null, message: string) => rowErrors.push({ line: row.line, column, message });
    if (row.fields.length !== columns.length) {
      fail(null, `expected ${columns.length} fields like the header, found ${row.fields.length}`);
      errors.push(...rowErrors);
      continue;
    }
    const get = (column: RosterColumn) => {
      const at = index.get(column);
      return at === undefined ? '' : row.fields[at].trim();
    };
    const text = (column: RosterColumn, value: string, max: number) => {
      if (value.length > max) fail(column, `${column} must be at most ${max} characters long`);
      else if (!PRINTABLE.test(value)) fail(column, `${column} must not contain control or text-direction characters`);
    };

    const teamName = get('team');
    if (!teamName) fail('team', 'team is required (the call sign, e.g. INS-07)');
    else text('team', teamName, TEAM_NAME_MAX);

    const kind = get('kind').toLowerCase();
    if (!(TEAM_KINDS as readonly string[]).includes(kind)) fail('kind', `kind must be one of: ${TEAM_KINDS.join(', ')}`);

    const member = get('member');
    if (!member) fail('member', 'member is required (the person\'s name)');
    else text('member', member, MEMBER_NAME_MAX);

    const phone = get('phone');
    if (phone && !PHONE_PATTERN.test(phone)) fail('phone', 'phone must be digits with an optional leading +, spaces, dashes or brackets (3 to 40 characters)');

    const leaderText = get('leader').toLowerCase();
    const leader = YES.includes(leaderText);
    if (!leader && !NO.includes(leaderText)) fail('leader', 'leader must be yes or no (or empty for no)');

    const plate = get('vehicle_plate');
    const vehicleType = get('vehicle_type').toLowerCase();
    const capacityText = get('vehicle_capacity');
    let vehicle: RosterVehiclePlan | null = null;
    if (plate || vehicleType || capacityText) {
      if (!plate) fail('vehicle_plate', 'vehicle_plate is required when a vehicle type or capacity is given');
      else if (!PLATE_PATTERN.test(plate)) fail('vehicle_plate', 'vehicle_plate must be 1 to 20 letters, digits, spaces or dashes');
      if (!(VEHICLE_TYPES as readonly string[]).includes(vehicleType)) fail('vehicle_type', `vehicle_type must be one of: ${VEHICLE_TYPES.join(', ')}`);
      const capacity = /^\d{1,3}$/.test(capacityText) ? Number(capacityText) : NaN;
      if (!(capacity >= 1 && capacity <= VEHICLE_CAPACITY_MAX)) fail('vehicle_capacity', `vehicle_capacity must be a whole number of seats from 1 to ${VEHICLE_CAPACITY_MAX}`);
      if (!rowErrors.length) vehicle = { line: row.line, plate, type: vehicleType as VehicleType, capacity };
    }

    const basePlace = get('base_place');
    if (basePlace && !placeIds.has(basePlace)) fail('base_place', `unknown place "${basePlace}"; use a place id from GET /api/places`);

    if (rowErrors.length) {
      errors.push(...rowErrors);
      continue;
    }

    const key = teamKey(teamName);
    let team = teams.get(key);
    if (!team) {
      team = { line: row.line, name: teamName, kind: kind as TeamKind, basePlaceId: basePlace || null, members: [], vehicles: [] };
      teams.set(key, team);
    } else {
      if (team.kind !== kind) fail('kind', `team ${team.name} is ${team.kind} on line ${team.line}; one team has one kind`);
      if (basePlace && team.basePlaceId && team.basePlaceId !== basePlace) fail('base_place', `team ${team.name} has base ${team.basePlaceId} on an earlier line; one team has one base`);
    }
    const duplicate = team.members.find((m) => m.name.toLowerCase() === member.toLowerCase() && (m.phone ?? '') === phone);
    if (duplicate) fail('member', `${member} is already listed for team ${team.name} on line ${duplicate.line}`);
    if (vehicle) {
      const owner = plateOwner.get(plateKey(vehicle.plate));
      if (owner && owner.team !== key) fail('vehicle_plate', `vehicle ${vehicle.plate} is already given to team ${teams.get(owner.team)?.name} on line ${owner.vehicle.line}`);
      else if (owner && (owner.vehicle.type !== vehicle.type || owner.vehicle.capacity !== vehicle.capacity)) {
        fail('vehicle_plate', `vehicle ${vehicle.plate} is listed on line ${owner.vehicle.line} with another type or capacity`);
      }
    }
    const otherLeader = leader ? team.members.find((m) => m.leader) : undefined;
    if (otherLeader) fail('leader', `team ${team.name} already has a leader: ${otherLeader.name} on line ${otherLeader.line}`);
    if (team.members.length >= TEAM_MEMBERS_MAX) fail('member', `team ${team.name} has more than ${TEAM_MEMBERS_MAX} members`);
    if (rowErrors.length) {
      errors.push(...rowErrors);
      continue;
    }
    if (basePlace) team.basePlaceId = basePlace;
    team.members.push({ line: row.line, name: member, phone: phone || null, leader });
    if (vehicle && !plateOwner.has(plateKey(vehicle.plate))) {
      team.vehicles.push(vehicle);
      plateOwner.set(plateKey(vehicle.plate), { team: key, vehicle });
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, teams: [...teams.values()] };
}
