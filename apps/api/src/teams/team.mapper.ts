import type { Team } from '@app/contracts';
import { outSince, type TeamRecord } from '@app/database';
import { isTeamSilent } from '@app/domain';

/** A stored unit as the api shows it: last position and whether it has gone silent, as of `now`. */
export function toTeam(record: TeamRecord, silentAfterMinutes: number, now: Date): Team {
  return {
    id: record.id,
    kind: record.kind,
    name: record.name,
    basePlaceId: record.basePlaceId,
    baseNote: record.baseNote,
    phone: record.phone,
    readiness: record.readiness,
    members: record.members,
    vehicles: record.vehicles,
    headcount: record.headcount,
    lastPosition: record.lastCheckIn
      ? { lat: record.lastCheckIn.lat, lon: record.lastCheckIn.lon, at: record.lastCheckIn.at.toISOString(), byName: record.lastCheckIn.byName }
      : null,
    silent: isTeamSilent(
      { readiness: record.readiness, hasOpenTask: record.openTasks > 0, lastCheckInAt: record.lastCheckIn?.at ?? null, outSince: outSince(record) },
      now,
      silentAfterMinutes,
    ),
    updatedAt: record.updatedAt.toISOString(),
  };
}
