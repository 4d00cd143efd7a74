import { AreaEntity } from './area.entity.js';
import { AuditLogEntity } from './audit-log.entity.js';
import { PlaceEntity } from './place.entity.js';
import { RealtimeEventEntity } from './realtime-event.entity.js';
import { RefreshTokenEntity } from './refresh-token.entity.js';
import { StaffUserEntity } from './staff-user.entity.js';
import { StaffNoticeEntity } from './staff-notice.entity.js';
import { SignalCapChainEntity } from './signal-cap-chain.entity.js';
import { SignalDocumentEntity, type SignalDocumentOutcome } from './signal-document.entity.js';
import { SignalFeedCursorEntity } from './signal-feed-cursor.entity.js';
import { SignalHistoryEntity } from './signal-history.entity.js';
import { SignalHoldEntity, type SignalHoldDecisionKind } from './signal-hold.entity.js';
import { SignalOutlookEntity } from './signal-outlook.entity.js';
import { SignalTrackEntity } from './signal-track.entity.js';
import { PlaybookRunEntity, type PlaybookRunClosedReason, type PlaybookRunStatus } from './playbook-run.entity.js';
import { PlaybookTaskEntity } from './playbook-task.entity.js';
import { AlertEntity } from './alert.entity.js';
import { OutboxEntity } from './outbox.entity.js';

export { AreaEntity, AuditLogEntity, PlaceEntity, RealtimeEventEntity, RefreshTokenEntity, StaffUserEntity };
export { StaffNoticeEntity };
export { SignalCapChainEntity, SignalDocumentEntity, SignalFeedCursorEntity, SignalHistoryEntity, SignalHoldEntity, SignalOutlookEntity, SignalTrackEntity };
export type { SignalDocumentOutcome, SignalHoldDecisionKind };
export { PlaybookRunEntity, PlaybookTaskEntity };
export type { PlaybookRunClosedReason, PlaybookRunStatus };
export { AlertEntity, OutboxEntity };
import { PushSubscriptionEntity } from './push-subscription.entity.js';
import { VapidKeyEntity } from './vapid-key.entity.js';
export { PushSubscriptionEntity, VapidKeyEntity };
import { ResidentStatusEntity } from './resident-status.entity.js';
export { ResidentStatusEntity };
import { DeliveryEntity } from './delivery.entity.js';
export { DeliveryEntity };

/** Every entity the data source knows. New aggregates add their entity here. */
export const ENTITIES = [StaffUserEntity, RefreshTokenEntity, AuditLogEntity, AreaEntity, PlaceEntity, RealtimeEventEntity, StaffNoticeEntity, SignalDocumentEntity, SignalTrackEntity, SignalHistoryEntity, SignalHoldEntity, SignalCapChainEntity, SignalOutlookEntity, SignalFeedCursorEntity, PlaybookRunEntity, PlaybookTaskEntity, AlertEntity, OutboxEntity, PushSubscriptionEntity, VapidKeyEntity, ResidentStatusEntity, DeliveryEntity];
