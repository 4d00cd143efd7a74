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
let AreaEntity = class AreaEntity {
};
__decorate([
    PrimaryColumn('text'),
    __metadata("design:type", String)
], AreaEntity.prototype, "id", void 0);
__decorate([
    Column('text'),
    __metadata("design:type", String)
], AreaEntity.prototype, "kind", void 0);
__decorate([
    Column('jsonb'),
    __metadata("design:type", Object)
], AreaEntity.prototype, "names", void 0);
__decorate([
    Column('jsonb'),
    __metadata("design:type", Object)
], AreaEntity.prototype, "geometry", void 0);
__decorate([
    Column('double precision', { name: 'centroid_lat' }),
    __metadata("design:type", Number)
], AreaEntity.prototype, "centroidLat", void 0);
__decorate([
    Column('double precision', { name: 'centroid_lon' }),
    __metadata("design:type", Number)
], AreaEntity.prototype, "centroidLon", void 0);
__decorate([
    Column('timestamptz', { name: 'updated_at', default: () => 'now()' }),
    __metadata("design:type", Date)
], AreaEntity.prototype, "updatedAt", void 0);
AreaEntity = __decorate([
    Entity('areas')
], AreaEntity);
export { AreaEntity };
//# sourceMappingURL=area.entity.js.map