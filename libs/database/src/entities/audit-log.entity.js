var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
import { Column, Entity, PrimaryColumn } from 'typeorm';
/** Append-only: the database assigns id, time and hashes, and rejects UPDATE, DELETE and TRUNCATE. */
let AuditLogEntity = class AuditLogEntity {
};
__decorate([
    PrimaryColumn('bigint'),
    __metadata("design:type", String)
], AuditLogEntity.prototype, "id", void 0);
__decorate([
    Column('timestamptz', { name: 'occurred_at' }),
    __metadata("design:type", Date)
], AuditLogEntity.prototype, "occurredAt", void 0);
__decorate([
    Column('uuid', { name: 'actor_id', nullable: true }),
    __metadata("design:type", Object)
], AuditLogEntity.prototype, "actorId", void 0);
__decorate([
    Column('text', { name: 'actor_name' }),
    __metadata("design:type", String)
], AuditLogEntity.prototype, "actorName", void 0);
__decorate([
    Column('text'),
    __metadata("design:type", String)
], AuditLogEntity.prototype, "action", void 0);
__decorate([
    Column('text', { name: 'entity_type' }),
    __metadata("design:type", String)
], AuditLogEntity.prototype, "entityType", void 0);
__decorate([
    Column('text', { name: 'entity_id', nullable: true }),
    __metadata("design:type", Object)
], AuditLogEntity.prototype, "entityId", void 0);
__decorate([
    Column('jsonb'),
    __metadata("design:type", Object)
], AuditLogEntity.prototype, "summary", void 0);
__decorate([
    Column('text', { name: 'request_id', nullable: true }),
    __metadata("design:type", Object)
], AuditLogEntity.prototype, "requestId", void 0);
__decorate([
    Column('text', { nullable: true }),
    __metadata("design:type", Object)
], AuditLogEntity.prototype, "ip", void 0);
__decorate([
    Column('text', { name: 'prev_hash' }),
    __metadata("design:type", String)
], AuditLogEntity.prototype, "prevHash", void 0);
__decorate([
    Column('text'),
    __metadata("design:type", String)
], AuditLogEntity.prototype, "hash", void 0);
AuditLogEntity = __decorate([
    Entity('audit_log')
], AuditLogEntity);
export { AuditLogEntity };
//# sourceMappingURL=audit-log.entity.js.map