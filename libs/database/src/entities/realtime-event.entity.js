var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
let RealtimeEventEntity = class RealtimeEventEntity {
};
__decorate([
    PrimaryGeneratedColumn({ type: 'bigint' }),
    __metadata("design:type", String)
], RealtimeEventEntity.prototype, "seq", void 0);
__decorate([
    Column('text'),
    __metadata("design:type", String)
], RealtimeEventEntity.prototype, "room", void 0);
__decorate([
    Column('text'),
    __metadata("design:type", String)
], RealtimeEventEntity.prototype, "event", void 0);
__decorate([
    Column('jsonb'),
    __metadata("design:type", Object)
], RealtimeEventEntity.prototype, "payload", void 0);
__decorate([
    Column('timestamptz', { name: 'created_at', default: () => 'now()' }),
    __metadata("design:type", Date)
], RealtimeEventEntity.prototype, "createdAt", void 0);
RealtimeEventEntity = __decorate([
    Entity('realtime_events')
], RealtimeEventEntity);
export { RealtimeEventEntity };
//# sourceMappingURL=realtime-event.entity.js.map