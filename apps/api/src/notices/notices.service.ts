import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser, CreateNoticeRequest, Notice, NoticeAudience } from '@app/contracts';
import { AuditRepository, type StaffNoticeEntity } from '@app/database';
import { JobProducer } from '@app/queue';
import { staffRoomOf } from '@app/realtime';
import { auditActor } from '../audit/audit-actor.js';
import type { RequestMeta } from '../http/request-meta.decorator.js';
import { NoticeRepository } from './notice.repository.js';

export const NOTICE_LIST_LIMIT = 50;

function toNotice(row: StaffNoticeEntity): Notice {
  return { id: row.id, audience: row.audience, message: row.message, authorId: row.authorId, authorName: row.authorName, createdAt: row.createdAt.toISOString() };
}

/**
 * Staff notices: stored and audited together, then handed to the worker, which broadcasts them and marks them
 * broadcast. A notice whose job is lost (queue down, Redis wiped) is found in PostgreSQL and sent by the reconciler.
 */
@Injectable()
export class NoticesService {
  private readonly logger = new Logger(NoticesService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly notices: NoticeRepository,
    private readonly audit: AuditRepository,
    private readonly jobs: JobProducer,
  ) {}

  async create(input: CreateNoticeRequest, author: AuthUser, meta: RequestMeta): Promise<Notice> {
    const message = input.message.trim();
    const notice = await this.dataSource.transaction(async (manager) => {
      const row = await this.notices.insert(manager, { audience: input.audience, message, authorId: author.id, authorName: author.displayName });
      await this.audit.append(manager, {
        ...auditActor(meta),
        action: 'notice.created',
        entityType: 'staff_notice',
        entityId: row.id,
        summary: { after: { audience: row.audience, message: row.message } },
      });
      return toNotice(row);
    });
    try {
      // The notice id as job id: adding the same notice twice makes one job.
      await this.jobs.add('notices', 'notice.broadcast', { notice }, { jobId: `notice-${notice.id}` });
    } catch (err) {
      // Stored is enough: the worker's reconciler sends every notice not yet broadcast once its grace period is over.
      this.logger.warn({ err, noticeId: notice.id }, 'notice stored but not queued; the reconciler will broadcast it');
    }
    return notice;
  }

  /** The newest notices the caller's group may read: those to all staff and those to their own group. */
  async listFor(user: AuthUser): Promise<Notice[]> {
    const audiences: NoticeAudience[] = ['all-staff', staffRoomOf(user.role)];
    return (await this.notices.listForAudiences(audiences, NOTICE_LIST_LIMIT)).map(toNotice);
  }
}
