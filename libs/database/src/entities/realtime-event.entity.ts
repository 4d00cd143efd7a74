import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('realtime_events')
export class RealtimeEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  seq: string;

  @Column('text')
  room: string;

  @Column('text')
  event: string;

  @Column('jsonb')
  payload: unknown;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;
}
