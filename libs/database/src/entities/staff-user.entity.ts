import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@app/contracts';

@Entity('staff_users')
export class StaffUserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  username: string;

  @Column('text', { name: 'display_name' })
  displayName: string;

  @Column('text')
  role: Role;

  @Column('text', { name: 'password_hash', select: false })
  passwordHash: string;

  @Column('text', { nullable: true })
  phone: string | null;

  @Column('boolean', { default: true })
  active: boolean;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;
}
