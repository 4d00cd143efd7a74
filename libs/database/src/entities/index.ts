import { AreaEntity } from './area.entity.js';
import { AuditLogEntity } from './audit-log.entity.js';
import { PlaceEntity } from './place.entity.js';
import { RealtimeEventEntity } from './realtime-event.entity.js';
import { RefreshTokenEntity } from './refresh-token.entity.js';
import { StaffUserEntity } from './staff-user.entity.js';
import { StaffNoticeEntity } from './staff-notice.entity.js';

export { AreaEntity, AuditLogEntity, PlaceEntity, RealtimeEventEntity, RefreshTokenEntity, StaffUserEntity };
export { StaffNoticeEntity };

/** Every entity the data source knows. New aggregates add their entity here. */
export const ENTITIES = [StaffUserEntity, RefreshTokenEntity, AuditLogEntity, AreaEntity, PlaceEntity, RealtimeEventEntity, StaffNoticeEntity];
