import { hostname } from 'node:os';
import { Injectable } from '@nestjs/common';
import { STAFF_ROOMS } from '@app/contracts';
import { RealtimePublisher } from '@app/realtime';

/** Tells staff screens a worker is alive. Ephemeral: never stored, never replayed. */
@Injectable()
export class WorkerHeartbeatService {
  readonly workerId = `${hostname()}-${process.pid}`;

  constructor(private readonly publisher: RealtimePublisher) {}

  async beat(): Promise<void> {
    await this.publisher.publish([...STAFF_ROOMS], 'system.heartbeat', { workerId: this.workerId, at: new Date().toISOString() }, { persist: false });
  }
}
