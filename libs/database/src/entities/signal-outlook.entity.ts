import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { SignalOutlookRow } from '@app/contracts';

/** The probability table of upcoming signals an operator entered for one authority's hazard. */
@Entity('signal_outlooks')
export class SignalOutlookEntity {
  @PrimaryColumn('text')
  authority: string;

  @PrimaryColumn('text')
  hazard: string;

  @Column('jsonb')
  rows: SignalOutlookRow[];

  @Column('timestamptz', { name: 'published_at' })
  publishedAt: Date;

  @Column('uuid', { name: 'entered_by_id', nullable: true })
  enteredById: string | null;

  @Column('text', { name: 'entered_by_name', nullable: true })
  enteredByName: string | null;

  @Column('timestamptz', { name: 'entered_at' })
  enteredAt: Date;
}
