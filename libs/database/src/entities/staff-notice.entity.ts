import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { NoticeAudience } from '@app/contracts';

/** A short message from the command to a group of staff. */
@Entity('staff_notices')
export class StaffNoticeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  audience: NoticeAudience;

  @Column('text')
  message: string;

  @Column('uuid', { name: 'author_id', nullable: true })
  authorId: string | null;

  /** Kept with the notice so it still reads right after the account is renamed or removed. */
  @Column('text', { name: 'author_name' })
  authorName: string;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;
}
