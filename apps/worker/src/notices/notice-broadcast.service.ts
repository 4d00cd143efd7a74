import { Injectable } from '@nestjs/common';
import { STAFF_ROOMS, type Notice, type StaffRoom } from '@app/contracts';
import { RealtimePublisher } from '@app/realtime';

/** The staff rooms a notice goes to; staff rooms do not overlap, so each recipient gets it once. */
export function noticeRooms(notice: Notice): StaffRoom[] {
  return notice.audience === 'all-staff' ? [...STAFF_ROOMS] : [notice.audience];
}

@Injectable()
export class NoticeBroadcastService {
  constructor(private readonly publisher: RealtimePublisher) {}

  async broadcast(notice: Notice): Promise<void> {
    await this.publisher.publish(noticeRooms(notice), 'notice.created', notice);
  }
}
