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
let PlaceEntity = class PlaceEntity {
};
__decorate([
    PrimaryColumn('text'),
    __metadata("design:type", String)
], PlaceEntity.prototype, "id", void 0);
__decorate([
    Column('text'),
    __metadata("design:type", String)
], PlaceEntity.prototype, "kind", void 0);
__decorate([
    Column('jsonb'),
    __metadata("design:type", Object)
], PlaceEntity.prototype, "names", void 0);
__decorate([
    Column('double precision'),
    __metadata("design:type", Number)
], PlaceEntity.prototype, "lat", void 0);
__decorate([
    Column('double precision'),
    __metadata("design:type", Number)
], PlaceEntity.prototype, "lon", void 0);
__decorate([
    Column('text', { name: 'area_id', nullable: true }),
    __metadata("design:type", Object)
], PlaceEntity.prototype, "areaId", void 0);
__decorate([
    Column('integer', { nullable: true }),
    __metadata("design:type", Object)
], PlaceEntity.prototype, "capacity", void 0);
__decorate([
    Column('timestamptz', { name: 'updated_at', default: () => 'now()' }),
    __metadata("design:type", Date)
], PlaceEntity.prototype, "updatedAt", void 0);
PlaceEntity = __decorate([
    Entity('places')
], PlaceEntity);
export { PlaceEntity };
//# sourceMappingURL=place.entity.js.map