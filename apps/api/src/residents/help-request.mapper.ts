import type { HelpRequest } from '@app/contracts';
import type { ResidentStatusEntity } from '@app/database';

/** A stored help request as the HQ sees it (contact included: only HQ roles reach this). */
export function toHelpRequest(row: ResidentStatusEntity): HelpRequest {
  return {
    id: row.id,
    alertId: row.alertId,
    areaId: row.areaId,
    location: row.lat === null || row.lon === null ? null : { lat: row.lat, lon: row.lon },
    contact: row.contact,
    message: row.message,
    receivedAt: row.receivedAt.toISOString(),
    handledBy: row.handledBy,
    handledAt: row.handledAt ? row.handledAt.toISOString() : null,
  };
}
