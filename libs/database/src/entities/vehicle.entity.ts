import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { VehicleType } from '@app/contracts';

/** A vehicle (table vehicles), one per plate; it belongs to at most one unit. */
@Entity('vehicles')
export class VehicleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'team_id', nullable: true })
  teamId: string | null;

  @Column('text')
  plate: string;

  @Column('text')
  type: VehicleType;

  @Column('integer')
  capacity: number;

  @Column('timestamptz', { name: 'created_at' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
