import type { HazardPhoto, HazardReport } from '@app/contracts';
import type { HazardPhotoEntity, HazardReportEntity, HazardReportStepEntity } from '@app/database';

export function photoUrl(reportId: string, photoId: string): string {
  return `/api/reports/${reportId}/photos/${photoId}`;
}

export function toHazardPhoto(row: HazardPhotoEntity): HazardPhoto {
  return { id: row.id, url: photoUrl(row.reportId, row.id), contentType: row.contentType, bytes: row.bytes, width: row.width, height: row.height };
}

/** A stored report with its photos and history as the api answers it. */
export function toHazardReport(row: HazardReportEntity, steps: HazardReportStepEntity[], photos: HazardPhotoEntity[]): HazardReport {
  return {
    id: row.id,
    clientId: row.clientId,
    category: row.category,
    severity: row.severity,
    description: row.description,
    location: { lat: row.lat, lon: row.lon, accuracyMeters: row.accuracyM },
    areaId: row.areaId,
    taskId: row.taskId,
    teamId: row.teamId,
    state: row.state,
    reason: row.reason,
    duplicateOf: row.duplicateOf,
    photos: photos.map(toHazardPhoto),
    reportedById: row.reportedById,
    reportedByName: row.reportedByName,
    recordedAt: row.recordedAt.toISOString(),
    receivedAt: row.receivedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    history: steps.map((step) => ({
      from: step.fromState,
      to: step.toState,
      byId: step.byId ?? '',
      byName: step.byName,
      at: step.at.toISOString(),
      reason: step.reason,
    })),
  };
}
