import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The live CAP chain state of one authority (messages in effect, ids replaced or cancelled), as the domain keeps it. */
@Entity('signal_cap_chains')
export class SignalCapChainEntity {
  @PrimaryColumn('text')
  authority: string;

  @Column('jsonb')
  state: unknown;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt: Date;
}
