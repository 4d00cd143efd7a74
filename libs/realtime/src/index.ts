export { RealtimeModule } from './realtime.module.js';
export { RealtimePublisher, type PublishOptions } from './realtime-publisher.js';
export { RealtimeEventRepository, type NewRealtimeEvent } from './realtime-event.repository.js';
export { RealtimeBackend } from './realtime-backend.js';
export { roomsFor, staffRoomOf } from './realtime-rooms.js';
