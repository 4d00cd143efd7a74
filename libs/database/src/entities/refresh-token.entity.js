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
let RefreshTokenEntity = class RefreshTokenEntity {
};
__decorate([
    PrimaryGeneratedColumn('uuid'),
    __metadata("design:type", String)
], RefreshTokenEntity.prototype, "id", void 0);
__decorate([
    Column('uuid', { name: 'user_id' }),
    __metadata("design:type", String)
], RefreshTokenEntity.prototype, "userId", void 0);
__decorate([
    Column('uuid', { name: 'family_id' }),
    __metadata("design:type", String)
], RefreshTokenEntity.prototype, "familyId", void 0);
__decorate([
    Column('text', { name: 'token_hash' }),
    __metadata("design:type", String)
], RefreshTokenEntity.prototype, "tokenHash", void 0);
__decorate([
    Column('timestamptz', { name: 'expires_at' }),
    __metadata("design:type", Date)
], RefreshTokenEntity.prototype, "expiresAt", void 0);
__decorate([
    Column('timestamptz', { name: 'created_at', default: () => 'now()' }),
    __metadata("design:type", Date)
], RefreshTokenEntity.prototype, "createdAt", void 0);
__decorate([
    Column('timestamptz', { name: 'used_at', nullable: true }),
    __metadata("design:type", Object)
], RefreshTokenEntity.prototype, "usedAt", void 0);
__decorate([
    Column('timestamptz', { name: 'revoked_at', nullable: true }),
    __metadata("design:type", Object)
], RefreshTokenEntity.prototype, "revokedAt", void 0);
__decorate([
    Column('text', { name: 'revoked_reason', nullable: true }),
    __metadata("design:type", Object)
], RefreshTokenEntity.prototype, "revokedReason", void 0);
RefreshTokenEntity = __decorate([
    Entity('refresh_tokens')
], RefreshTokenEntity);
export { RefreshTokenEntity };
//# sourceMappingURL=refresh-token.entity.js.map