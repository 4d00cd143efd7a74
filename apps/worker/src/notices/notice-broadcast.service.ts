import { Injectable } from '@nestjs/common';
import { STAFF_ROOMS, type Notice, type StaffRoom } from '@app/contracts';
import { RealtimePublisher } from '@app/realtime';
import { NoticeOutboxRepository } from './notice-outbox.repository.js';

/** The staff rooms a notice goes to; staff rooms do not overlap, so each recipient gets it once. */
export function noticeRooms(notice: Notice): StaffRoom[] {
  return notice.audience === 'all-staff' ? [...STAFF_ROOMS] : [notice.audience];
}

/**
 * Broadcasts a stored notice once: the row is locked while it is sent and marked broadcast in the same transaction,
 * so a repeated or re-enqueued job finds it done (or held) and sends nothing. A crash between the broadcast and the
 * commit sends it again later; that is the only repeat.
 */
@Injectable()
export class NoticeBroadcastService {
  constructor(
    private readonly publisher: RealtimePublisher,
    private readonly outbox: NoticeOutboxRepository,
  ) {}

  /** Returns false when there was nothing to send (already broadcast, or being broadcast by another job). */
  broadcast(notice: Notice): Promise<boolean> {
    return this.outbox.transaction(async (manager) => {
      if (!(await this.outbox.lockUnbroadcast(manager, notice.id))) return false;
      await this.publisher.publish(noticeRooms(notice), 'notice.created', notice);
      await this.outbox.markBroadcast(manager, notice.id);
      return true;
    });
  }
}
