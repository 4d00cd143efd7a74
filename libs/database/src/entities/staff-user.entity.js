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
let StaffUserEntity = class StaffUserEntity {
};
__decorate([
    PrimaryGeneratedColumn('uuid'),
    __metadata("design:type", String)
], StaffUserEntity.prototype, "id", void 0);
__decorate([
    Column('text'),
    __metadata("design:type", String)
], StaffUserEntity.prototype, "username", void 0);
__decorate([
    Column('text', { name: 'display_name' }),
    __metadata("design:type", String)
], StaffUserEntity.prototype, "displayName", void 0);
__decorate([
    Column('text'),
    __metadata("design:type", String)
], StaffUserEntity.prototype, "role", void 0);
__decorate([
    Column('text', { name: 'password_hash', select: false }),
    __metadata("design:type", String)
], StaffUserEntity.prototype, "passwordHash", void 0);
__decorate([
    Column('text', { nullable: true }),
    __metadata("design:type", Object)
], StaffUserEntity.prototype, "phone", void 0);
__decorate([
    Column('boolean', { default: true }),
    __metadata("design:type", Boolean)
], StaffUserEntity.prototype, "active", void 0);
__decorate([
    Column('timestamptz', { name: 'created_at', default: () => 'now()' }),
    __metadata("design:type", Date)
], StaffUserEntity.prototype, "createdAt", void 0);
__decorate([
    Column('timestamptz', { name: 'updated_at', default: () => 'now()' }),
    __metadata("design:type", Date)
], StaffUserEntity.prototype, "updatedAt", void 0);
StaffUserEntity = __decorate([
    Entity('staff_users')
], StaffUserEntity);
export { StaffUserEntity };
//# sourceMappingURL=staff-user.entity.js.map