import { Injectable, Logger } from '@nestjs/common';
import { REALTIME_RETENTION_HOURS } from '@app/contracts';
import { RealtimeEventRepository } from '@app/realtime';

/** Stored realtime events are for catching up after short disconnects; older ones are deleted. */
@Injectable()
export class RealtimeRetentionService {
  private readonly logger = new Logger(RealtimeRetentionService.name);

  constructor(private readonly events: RealtimeEventRepository) {}

  async prune(): Promise<number> {
    const deleted = await this.events.deleteOlderThan(REALTIME_RETENTION_HOURS);
    if (deleted > 0) this.logger.log({ deleted }, `deleted realtime events older than ${REALTIME_RETENTION_HOURS} h`);
    return deleted;
  }
}
